#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive `flock` on the board's `.lock` file, which is never replaced: a lock on a data
/// file would be lost when a save renames a new file over it.
///
/// Waiting is bounded: a lock held longer than `timeout` (a stuck process) is reported with
/// the holder's process id rather than waited on forever.
final class FileLock {
  private let fd: Int32

  /// Takes the lock, polling so the wait is bounded.
  init(path: String, timeout: Double) throws(StoreError) {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw .io(path: path, operation: "open lock", message: FileSystem.errorText(errno))
    }
    var waited = 0.0
    var pause = 0.001
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else {
        close(fd)
        throw .io(path: path, operation: "lock", message: FileSystem.errorText(code))
      }
      if waited >= timeout {
        let holder = FileLock.holder(fd)
        close(fd)
        throw .lockTimeout(path: path, seconds: timeout, holder: holder)
      }
      usleep(useconds_t(pause * 1_000_000))
      waited += pause
      pause = min(pause * 2, 0.05)
    }
    self.fd = fd
    // Say who holds it, for the message another writer gives when it times out.
    let pid = Array((String(getpid()) + "\n").utf8)
    if ftruncate(fd, 0) == 0 {
      _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }

  private static func holder(_ fd: Int32) -> String? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    guard got > 0 else { return nil }
    let text = String(decoding: buffer[..<got], as: UTF8.self).trimmingWhitespace()
    return text.isEmpty ? nil : text
  }
}
