import BoardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive `flock` on the board's `.lock` file, which is never replaced: a lock on a data
/// file would be lost when a save renames a new file over it.
///
/// The lock file is opened for writing (never through a symbolic link), so only an account
/// that may write the board can take the lock: one that may only read it cannot block the
/// writers. Waiting is bounded: a lock held longer than `timeout` is reported with the
/// process that holds it (from the kernel's lock table, not from the file) rather than
/// waited on forever. The wait polls at a short steady pace, not a growing one, so a writer
/// that has waited long is not starved by writers that have just arrived.
final class FileLock {
  private let fd: Int32

  /// Takes the lock; `holder` (the acting unit) is written into the lock file with the
  /// process id, so that a writer that times out can name the unit too.
  init(in folder: BoardFolder, timeout: Double, holder: String = "") throws(StoreError) {
    let name = BoardDirectory.lockName
    let fd: Int32
    do throws(StoreError) {
      guard let opened = try folder.open(name, O_RDWR | O_CREAT, mode: 0o660) else {
        throw StoreError.io(path: folder.display(name), operation: "open lock", message: "")
      }
      fd = opened
    } catch {
      if case .io(let path, _, let message) = error {
        throw .io(path: path, operation: "open lock", message: message)
      }
      throw error
    }
    let deadline = FileLock.monotonicSeconds() + timeout
    while Sys.flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else {
        Sys.close(fd)
        throw .io(
          path: folder.display(name), operation: "lock", message: FileSystem.errorText(code))
      }
      if FileLock.monotonicSeconds() >= deadline {
        let holder = FileLock.holder(fd)
        Sys.close(fd)
        throw .lockTimeout(path: folder.display(name), seconds: timeout, holder: holder)
      }
      // 1-3 ms, varied so that waiting writers do not poll in step.
      usleep(useconds_t(1000 + Int.random(in: 0..<2000)))
    }
    self.fd = fd
    let text = Array((String(getpid()) + (holder.isEmpty ? "" : " " + holder) + "\n").utf8)
    if Sys.ftruncate(fd, 0) == 0 {
      _ = text.withUnsafeBytes { raw in
        raw.baseAddress.map { Glibc.pwrite(fd, $0, raw.count, 0) }
      }
    }
  }

  /// The lock of the board directory `path` names the lock file of.
  convenience init(path: String, timeout: Double, holder: String = "") throws(StoreError) {
    try self.init(
      in: FileSystem.folder(FileSystem.split(path).directory), timeout: timeout, holder: holder)
  }

  deinit {
    _ = Sys.flock(fd, LOCK_UN)
    Sys.close(fd)
  }

  /// "process 1234 (unit qj-kjj)": the process the kernel says holds the lock, with the unit
  /// the lock file names when that process wrote it; nil when the kernel does not say.
  private static func holder(_ fd: Int32) -> String? {
    var info = stat()
    guard Sys.fstat(fd, &info) == 0, let pid = lockingProcess(inode: UInt64(info.st_ino))
    else { return nil }
    var buffer = [UInt8](repeating: 0, count: 128)
    let got = buffer.withUnsafeMutableBytes { raw -> Int in
      guard let base = raw.baseAddress else { return 0 }
      return Sys.pread(fd, base, raw.count, 0)
    }
    guard got > 0 else { return "process \(pid)" }
    let words = String(decoding: buffer[..<got], as: UTF8.self).trimmingWhitespace()
      .split(separator: " ", maxSplits: 1)
    guard words.count == 2, words[0] == String(pid), Unit.isValidID(String(words[1])) else {
      return "process \(pid)"
    }
    return "process \(pid) (unit \(words[1]))"
  }

  /// The process holding a `flock` on the file with this inode, from `/proc/locks`
  /// (`1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF`).
  private static func lockingProcess(inode: UInt64) -> Int? {
    guard let table = try? FileSystem.read("/proc/locks") else { return nil }
    for line in String(decoding: table, as: UTF8.self).split(separator: "\n")
    where !line.contains("->") {
      let words = line.split(separator: " ")
      guard words.count >= 6, words[1] == "FLOCK", let pid = Int(words[4]),
        let file = words[5].split(separator: ":").last, UInt64(file) == inode
      else { continue }
      return pid
    }
    return nil
  }

  private static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }
}
