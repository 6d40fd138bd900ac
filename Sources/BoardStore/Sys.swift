#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The thin layer under the store's system calls: each call can be failed by a test
/// (`FaultInjector`), and nothing else in the store calls these functions directly.
enum Sys {
  @inline(__always)
  private static func injected(_ call: SystemCall) -> Int32? {
    guard let injector = FaultInjector.current else { return nil }
    return injector.next(call)
  }

  static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
    if let code = injected(.open) {
      errno = code
      return -1
    }
    return Glibc.open(path, flags, mode)
  }

  static func openat(_ directory: Int32, _ name: String, _ flags: Int32, _ mode: mode_t = 0)
    -> Int32
  {
    if let code = injected(.open) {
      errno = code
      return -1
    }
    return Glibc.openat(directory, name, flags, mode)
  }

  static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    if let code = injected(.read) {
      errno = code
      return -1
    }
    return Glibc.read(fd, buffer, count)
  }

  static func pread(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ at: Int)
    -> Int
  {
    if let code = injected(.read) {
      errno = code
      return -1
    }
    return Glibc.pread(fd, buffer, count, off_t(at))
  }

  static func write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    if let code = injected(.write) {
      errno = code
      return -1
    }
    return Glibc.write(fd, buffer, count)
  }

  static func fsync(_ fd: Int32) -> Int32 {
    if let code = injected(.fsync) {
      errno = code
      return -1
    }
    return Glibc.fsync(fd)
  }

  static func fsyncDirectory(_ fd: Int32) -> Int32 {
    if let code = injected(.directoryFsync) {
      errno = code
      return -1
    }
    return Glibc.fsync(fd)
  }

  static func renameat(_ directory: Int32, _ from: String, _ to: String) -> Int32 {
    if let code = injected(.rename) {
      errno = code
      return -1
    }
    return Glibc.renameat(directory, from, directory, to)
  }

  static func ftruncate(_ fd: Int32, _ size: Int) -> Int32 {
    if let code = injected(.ftruncate) {
      errno = code
      return -1
    }
    return Glibc.ftruncate(fd, off_t(size))
  }

  /// Closes `fd`; an injected failure closes it all the same, as the kernel does.
  @discardableResult
  static func close(_ fd: Int32) -> Int32 {
    let result = Glibc.close(fd)
    if let code = injected(.close) {
      errno = code
      return -1
    }
    return result
  }

  static func fstat(_ fd: Int32, _ info: inout stat) -> Int32 {
    if let code = injected(.stat) {
      errno = code
      return -1
    }
    return Glibc.fstat(fd, &info)
  }

  /// `lstat` relative to the directory: a symbolic link is described, not followed.
  static func lstatat(_ directory: Int32, _ name: String, _ info: inout stat) -> Int32 {
    if let code = injected(.stat) {
      errno = code
      return -1
    }
    return Glibc.fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW)
  }

  static func mkdirat(_ directory: Int32, _ name: String, _ mode: mode_t) -> Int32 {
    if let code = injected(.mkdir) {
      errno = code
      return -1
    }
    return Glibc.mkdirat(directory, name, mode)
  }

  static func unlinkat(_ directory: Int32, _ name: String) -> Int32 {
    if let code = injected(.unlink) {
      errno = code
      return -1
    }
    return Glibc.unlinkat(directory, name, 0)
  }

  static func fchmod(_ fd: Int32, _ mode: mode_t) -> Int32 {
    if let code = injected(.chmod) {
      errno = code
      return -1
    }
    return Glibc.fchmod(fd, mode)
  }

  static func flock(_ fd: Int32, _ operation: Int32) -> Int32 {
    if let code = injected(.lock) {
      errno = code
      return -1
    }
    return systemFlock(fd, operation)
  }
}

/// libc's `flock`, which `Sys.flock` would otherwise hide.
private func systemFlock(_ fd: Int32, _ operation: Int32) -> Int32 {
  flock(fd, operation)
}
