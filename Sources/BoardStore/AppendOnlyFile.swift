#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file opened for appending only, such as the audit log: opened relative to the board
/// directory, never through a symbolic link, and only when it is a regular file.
///
/// Opened before a save replaces anything, so that a log the writer cannot append to refuses
/// the change instead of leaving it made but unlogged.
final class AppendOnlyFile {
  let path: String
  private let fd: Int32

  /// Opens the file, creating it (empty) when it does not exist.
  init(_ name: String, in folder: BoardFolder) throws(StoreError) {
    guard let fd = try folder.open(name, O_RDWR | O_CREAT | O_APPEND, mode: 0o664) else {
      throw .io(path: folder.display(name), operation: "open", message: "")
    }
    self.path = folder.display(name)
    self.fd = fd
  }

  deinit { Sys.close(fd) }

  /// The file's size now.
  func size() throws(StoreError) -> Int {
    var info = stat()
    guard Sys.fstat(fd, &info) == 0 else {
      throw .io(path: path, operation: "stat", message: FileSystem.errorText(errno))
    }
    return Int(info.st_size)
  }

  /// The file's last `count` bytes (fewer when it is shorter), read from the open file
  /// itself, so no other file can stand in for it.
  func tail(_ count: Int) throws(StoreError) -> [UInt8] {
    let size = try size()
    let length = min(count, size)
    guard length > 0 else { return [] }
    var bytes = [UInt8](repeating: 0, count: length)
    var filled = 0
    while filled < length {
      let got = bytes.withUnsafeMutableBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Sys.pread(fd, base + filled, length - filled, size - length + filled)
      }
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else {
        throw .io(path: path, operation: "read", message: FileSystem.errorText(errno))
      }
      filled += got
    }
    return bytes
  }

  /// The whole file.
  func contents() throws(StoreError) -> [UInt8] {
    try tail(Int.max)
  }

  /// Whether the file's last bytes are `suffix`.
  func ends(with suffix: [UInt8]) throws(StoreError) -> Bool {
    try tail(suffix.count) == suffix
  }

  /// Cuts the file back to `size` bytes, dropping what a writer half appended. The cut is
  /// made once `ftruncate` succeeds; the fsync after it only makes it durable.
  func truncate(to size: Int) throws(StoreError) {
    guard Sys.ftruncate(fd, size) == 0 else {
      throw .io(path: path, operation: "truncate", message: FileSystem.errorText(errno))
    }
    _ = Sys.fsync(fd)
  }

  /// Appends `bytes`. Throws `.write` when a write failed (the file may hold part of the
  /// bytes), `.sync` when every byte was written but the fsync failed.
  func append(_ bytes: [UInt8]) throws(AppendFailure) {
    do {
      try FileSystem.writeAll(fd, bytes, path: path)
    } catch {
      throw .write(error)
    }
    guard Sys.fsync(fd) == 0 else {
      throw .sync(.io(path: path, operation: "fsync", message: FileSystem.errorText(errno)))
    }
  }

  enum AppendFailure: Error {
    /// Some bytes may be missing.
    case write(StoreError)
    /// Every byte is in the file; it may not be durable.
    case sync(StoreError)
  }
}
