import BoardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive `flock` on the board's `.lock` file, which is never replaced: a lock on a data
/// file would be lost when a save renames a new file over it.
///
/// Waiting is bounded: a lock held longer than `timeout` (a stuck process) is reported with
/// the holder's process id and unit rather than waited on forever. The wait polls at a short
/// steady pace, not a growing one, so a writer that has waited long is not starved by writers
/// that have just arrived.
final class FileLock {
  private let fd: Int32

  /// Takes the lock; `holder` (the acting unit) is written into the lock file with the
  /// process id, so that a writer that times out can say who holds it.
  init(path: String, timeout: Double, holder: String = "") throws(StoreError) {
    var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o664)
    var canWrite = true
    if fd < 0 && errno == EACCES {
      // A lock file created by another account: flock needs no write access.
      fd = open(path, O_RDONLY | O_CLOEXEC)
      canWrite = false
    }
    guard fd >= 0 else {
      throw .io(path: path, operation: "open lock", message: FileSystem.errorText(errno))
    }
    let deadline = FileLock.monotonicSeconds() + timeout
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else {
        close(fd)
        throw .io(path: path, operation: "lock", message: FileSystem.errorText(code))
      }
      if FileLock.monotonicSeconds() >= deadline {
        let holder = FileLock.holder(fd)
        close(fd)
        throw .lockTimeout(path: path, seconds: timeout, holder: holder)
      }
      // 1-3 ms, varied so that waiting writers do not poll in step.
      usleep(useconds_t(1000 + Int.random(in: 0..<2000)))
    }
    self.fd = fd
    if canWrite {
      let text = Array((String(getpid()) + (holder.isEmpty ? "" : " " + holder) + "\n").utf8)
      if ftruncate(fd, 0) == 0 {
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
      }
    }
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }

  /// "process 1234 (unit qj-kjj)" from the lock file's `PID UNIT` line, or nil.
  private static func holder(_ fd: Int32) -> String? {
    var buffer = [UInt8](repeating: 0, count: 128)
    let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    guard got > 0 else { return nil }
    let words = String(decoding: buffer[..<got], as: UTF8.self).trimmingWhitespace()
      .split(separator: " ", maxSplits: 1)
    guard let pid = words.first, pid.allSatisfy(\.isNumber) else { return nil }
    guard words.count == 2, Unit.isValidID(String(words[1])) else { return "process \(pid)" }
    return "process \(pid) (unit \(words[1]))"
  }

  private static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }
}
