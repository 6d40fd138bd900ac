#if canImport(Glibc)
  import Glibc
#endif

/// The few file operations the benchmark makes itself; the board's own files are written as
/// bytes the store encoded.
enum BenchFiles {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Creates the directory and its missing parents.
  static func makeDirectory(_ path: String) throws(Failure) {
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      let parent = String(path[..<slash])
      if !exists(parent) { try makeDirectory(parent) }
    }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw Failure(description: "\(path): cannot create directory: \(errorText())")
    }
  }

  /// The absolute form of an existing path.
  static func absolute(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }

  static func write(_ path: String, _ bytes: [UInt8]) throws(Failure) {
    guard let file = fopen(path, "wb") else {
      throw Failure(description: "\(path): cannot create: \(errorText())")
    }
    let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    let closed = fclose(file)
    guard written == bytes.count, closed == 0 else {
      throw Failure(description: "\(path): cannot write: \(errorText())")
    }
  }

  static func write(_ path: String, _ text: String) throws(Failure) {
    try write(path, Array(text.utf8))
  }

  /// The whole file, or nil when it cannot be read.
  static func read(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if got == 0 { break }
      bytes.append(contentsOf: chunk[..<got])
    }
    return bytes
  }

  static func errorText() -> String {
    String(cString: strerror(errno))
  }
}
