#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file opened for appending only, such as the audit log.
///
/// Opened before a save replaces anything, so that a log the writer cannot append to refuses
/// the change instead of leaving it made but unlogged.
final class AppendOnlyFile {
  let path: String
  private let fd: Int32

  /// Opens the file, creating it (empty) when it does not exist.
  init(path: String) throws(StoreError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o664)
    guard fd >= 0 else {
      throw .io(path: path, operation: "open", message: FileSystem.errorText(errno))
    }
    self.path = path
    self.fd = fd
  }

  deinit { close(fd) }

  /// The file's size now.
  func size() throws(StoreError) -> Int {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .io(path: path, operation: "stat", message: FileSystem.errorText(errno))
    }
    return Int(info.st_size)
  }

  /// Whether the file's last bytes are `suffix`.
  func ends(with suffix: [UInt8]) throws(StoreError) -> Bool {
    let size = try size()
    guard size >= suffix.count else { return false }
    let reader = open(path, O_RDONLY | O_CLOEXEC)
    guard reader >= 0 else {
      throw .io(path: path, operation: "open", message: FileSystem.errorText(errno))
    }
    defer { close(reader) }
    var tail = [UInt8](repeating: 0, count: suffix.count)
    let got = tail.withUnsafeMutableBytes {
      pread(reader, $0.baseAddress, suffix.count, off_t(size - suffix.count))
    }
    return got == suffix.count && tail == suffix
  }

  /// Cuts the file back to `size` bytes, dropping what a killed writer half appended.
  func truncate(to size: Int) throws(StoreError) {
    guard ftruncate(fd, off_t(size)) == 0, fsync(fd) == 0 else {
      throw .io(path: path, operation: "truncate", message: FileSystem.errorText(errno))
    }
  }

  /// Appends `bytes`, preceded by `header` when the file is empty, and fsyncs the file (and
  /// the directory, the first time, so the new file's name is durable too).
  func append(_ bytes: [UInt8], header: [UInt8]) throws(StoreError) {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .io(path: path, operation: "stat", message: FileSystem.errorText(errno))
    }
    var data = info.st_size == 0 ? header : []
    data.append(contentsOf: bytes)
    try FileSystem.writeAll(fd, data, path: path)
    guard fsync(fd) == 0 else {
      throw .io(path: path, operation: "fsync", message: FileSystem.errorText(errno))
    }
    if info.st_size == 0 {
      try FileSystem.syncDirectory(FileSystem.split(path).directory)
    }
  }
}
