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
