#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Helpers for the store's files: whole reads and writes, names of temporary files, stamps.
/// Board files themselves are opened through `BoardFolder`.
public enum FileSystem {
  static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// The whole file, or nil when it does not exist (a file outside a board: a document).
  public static func read(_ path: String) throws(StoreError) -> [UInt8]? {
    let fd = Sys.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw .io(path: path, operation: "open", message: errorText(errno))
    }
    defer { Sys.close(fd) }
    var bytes: [UInt8] = []
    let count = try readAll(fd, into: &bytes, path: path)
    bytes.removeSubrange(count...)
    return bytes
  }

  /// Reads to the end of `fd` into `buffer`, which grows as needed and is reused from call to
  /// call; returns the number of bytes read.
  static func readAll(_ fd: Int32, into buffer: inout [UInt8], path: String) throws(StoreError)
    -> Int
  {
    var info = stat()
    guard Sys.fstat(fd, &info) == 0 else {
      throw .io(path: path, operation: "stat", message: errorText(errno))
    }
    // One byte more than the size, so that the end of the file is seen without growing.
    let expected = max(Int(info.st_size), 0) + 1
    if buffer.count < expected {
      // With room to spare, so that a slightly larger next file does not need new memory.
      buffer = [UInt8](repeating: 0, count: expected + expected / 2)
    }
    var filled = 0
    while true {
      if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
      let got = buffer.withUnsafeMutableBytes { raw -> Int in
        guard let start = raw.baseAddress else { return 0 }
        return Sys.read(fd, start + filled, raw.count - filled)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw .io(path: path, operation: "read", message: errorText(errno))
      }
      if got == 0 { return filled }
      filled += got
    }
  }

  /// Reads a board file by its path: as `BoardFolder.read`, never through a link, never
  /// blocking; nil when it does not exist.
  static func read(_ path: String, reusing buffer: inout [UInt8]) throws(StoreError) -> Int? {
    let (directory, name) = split(path)
    return try folder(directory).read(name, reusing: &buffer)
  }

  /// Names of a directory's entries, sorted.
  static func list(_ path: String) throws(StoreError) -> [String] {
    try folder(path).list()
  }

  /// Replaces `path` (a file a command writes for people, such as a report) so that a
  /// reader sees the old file or the new one: a temporary file created exclusively beside
  /// it, fsynced, renamed over it, the directory fsynced; no link is followed.
  static func replaceAtomically(_ path: String, with bytes: [UInt8]) throws(StoreError) {
    let (directory, name) = split(path)
    let folder = try folder(directory)
    let temporary = try folder.writeTemporary(for: name, bytes, save: saveName(offset: 0))
    do throws(StoreError) {
      try folder.rename(temporary, over: name)
    } catch {
      folder.remove(temporary)
      throw error
    }
    try folder.sync()
  }

  static func folder(_ path: String) throws(StoreError) -> BoardFolder {
    do {
      return try BoardFolder(path)
    } catch {
      if case .noBoard = error {
        throw .io(path: path, operation: "open directory", message: errorText(ENOENT))
      }
      throw error
    }
  }

  static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }

  /// Makes one directory (its parent must exist).
  static func makeDirectory(_ path: String) throws(StoreError) {
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
      throw .io(path: path, operation: "make the directory", message: errorText(errno))
    }
  }

  static func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Identity and change marks of a file, or nil when it does not exist.
  static func stamp(_ path: String) -> FileStamp? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return FileStamp(info)
  }

  /// What kind of file a mode describes, for messages.
  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO"
    case S_IFLNK: return "a symbolic link"
    case S_IFSOCK: return "a socket"
    case S_IFCHR, S_IFBLK: return "a device"
    default: return "not a regular file"
    }
  }

  static var processID: Int32 { getpid() }

  /// A save's name: `PID-OFFSET-RANDOM`, the writer's process id, the log's size before it
  /// appended, and 64 random bits, so that no other process can know a temporary file's
  /// name before the save creates it.
  static func saveName(offset: Int) -> String {
    var generator = SystemRandomNumberGenerator()
    let random = String(generator.next() as UInt64, radix: 16)
    return "\(processID)-\(offset)-" + String(repeating: "0", count: 16 - random.count) + random
  }

  /// `.ID.rec.tmp-SAVE`: hidden, so that no reader takes it for a plan.
  static func temporaryName(for name: String, save: String) -> String {
    "." + name + ".tmp-" + save
  }

  /// The file a temporary file stands for and the save that wrote it:
  /// `.x.rec.tmp-123-456-RANDOM` -> (`x.rec`, `123-456-RANDOM`).
  static func temporaryParts(_ name: String) -> (target: String, save: String)? {
    guard isTemporary(name) else { return nil }
    let parts = name.dropFirst().split(separator: ".tmp-", maxSplits: 1)
    guard parts.count == 2 else { return nil }
    return (String(parts[0]), String(parts[1]))
  }

  /// Whether a directory entry's name is that of a temporary file.
  static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") && name.contains(".rec.tmp-")
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Sys.write(fd, base + written, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw .io(path: path, operation: "write", message: errorText(errno))
      }
      written += result
    }
  }
}

/// What identifies one version of a file on disk; a rename over it changes the inode.
public struct FileStamp: Hashable, Sendable {
  public var inode: UInt64
  public var size: Int64
  public var modified: Int64

  init(_ info: stat) {
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
  }
}
