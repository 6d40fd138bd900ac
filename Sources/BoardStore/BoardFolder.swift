#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The board directory, opened once: every file of the board is opened relative to its
/// descriptor and with `O_NOFOLLOW`, so a symbolic link planted in the directory (at
/// `.lock`, `log.rec`, a plan file or a temporary file's name) is refused rather than
/// followed, and nothing outside the directory is ever written. Files are opened with
/// `O_NONBLOCK` and must be regular files, so a FIFO or a device never blocks a reader.
final class BoardFolder: Sendable {
  let path: String
  let fd: Int32

  init(_ path: String) throws(StoreError) {
    let fd = Sys.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .noBoard(path: path) }
      throw .io(path: path, operation: "open directory", message: FileSystem.errorText(code))
    }
    self.path = path
    self.fd = fd
  }

  private init(path: String, fd: Int32) {
    self.path = path
    self.fd = fd
  }

  deinit { Sys.close(fd) }

  /// A directory inside this one (the cache's), opened relative to it and never through a
  /// symbolic link; made first, with this directory's mode, when `creating` and absent. Nil
  /// when it cannot be opened or made: a read-only board has none, and needs none.
  func subfolder(_ name: String, creating: Bool) -> BoardFolder? {
    let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
    var fd = Sys.openat(self.fd, name, flags)
    if fd < 0 && errno == ENOENT && creating {
      var info = stat()
      let mode = Sys.fstat(self.fd, &info) == 0 ? info.st_mode & 0o777 : 0o755
      guard Sys.mkdirat(self.fd, name, mode) == 0 || errno == EEXIST else { return nil }
      fd = Sys.openat(self.fd, name, flags)
    }
    guard fd >= 0 else { return nil }
    return BoardFolder(path: display(name), fd: fd)
  }

  /// As `read(_:reusing:)`, with the file's status just before and just after the bytes
  /// were read (from the descriptor read, so they describe those bytes' file).
  func readWithStatus(_ name: String, reusing buffer: inout [UInt8]) throws(StoreError)
    -> (count: Int, before: stat, after: stat)?
  {
    guard let fd = try open(name, O_RDONLY) else { return nil }
    defer { Sys.close(fd) }
    var before = stat()
    guard Sys.fstat(fd, &before) == 0 else {
      throw .io(path: display(name), operation: "stat", message: FileSystem.errorText(errno))
    }
    let count = try FileSystem.readAll(fd, into: &buffer, path: display(name))
    var after = stat()
    guard Sys.fstat(fd, &after) == 0 else {
      throw .io(path: display(name), operation: "stat", message: FileSystem.errorText(errno))
    }
    return (count, before, after)
  }

  /// Replaces a file of derived data (a cache) with `bytes`: a temporary file created with
  /// `O_EXCL` beside it, given `mode`, renamed over it. Not fsynced: a cache lost or cut
  /// short by a crash is noticed and made again. False when it could not be written.
  @discardableResult
  func replaceDerived(_ name: String, with bytes: [UInt8], mode: mode_t) -> Bool {
    let temporary = FileSystem.temporaryName(for: name, save: FileSystem.saveName(offset: 0))
    guard let fd = try? open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600) else {
      return false
    }
    var written = (try? FileSystem.writeAll(fd, bytes, path: display(temporary))) != nil
    written = written && Sys.fchmod(fd, mode) == 0
    written = Sys.close(fd) == 0 && written
    guard written, Sys.renameat(self.fd, temporary, name) == 0 else {
      remove(temporary)
      return false
    }
    return true
  }

  func display(_ name: String) -> String { path + "/" + name }

  /// Opens a board file: relative to the directory, never through a symbolic link, never
  /// blocking, and only when it is a regular file; nil when it does not exist (and
  /// `O_CREAT` is not given).
  func open(_ name: String, _ flags: Int32, mode: mode_t = 0o644) throws(StoreError) -> Int32? {
    let fd = Sys.openat(self.fd, name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT && flags & O_CREAT == 0 { return nil }
      throw opening(name, code)
    }
    var info = stat()
    guard Sys.fstat(fd, &info) == 0 else {
      let code = errno
      Sys.close(fd)
      throw .io(path: display(name), operation: "stat", message: FileSystem.errorText(code))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      Sys.close(fd)
      throw .notRegularFile(path: display(name), kind: FileSystem.kind(info.st_mode))
    }
    return fd
  }

  /// The error for a failed open: a symbolic link is named as such (`O_NOFOLLOW` gives
  /// ELOOP), the others by the system's own words for the real error.
  func opening(_ name: String, _ code: Int32) -> StoreError {
    var info = stat()
    if code == ELOOP || (Sys.lstatat(fd, name, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK) {
      return .notRegularFile(path: display(name), kind: "a symbolic link")
    }
    return .io(path: display(name), operation: "open", message: FileSystem.errorText(code))
  }

  /// The whole file into `buffer` (grown as needed, reused from call to call): the number
  /// of bytes read, or nil when the file does not exist.
  func read(_ name: String, reusing buffer: inout [UInt8]) throws(StoreError) -> Int? {
    guard let fd = try open(name, O_RDONLY) else { return nil }
    defer { Sys.close(fd) }
    return try FileSystem.readAll(fd, into: &buffer, path: display(name))
  }

  func read(_ name: String) throws(StoreError) -> [UInt8]? {
    var bytes: [UInt8] = []
    guard let count = try read(name, reusing: &bytes) else { return nil }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// Names of the directory's entries, sorted.
  func list() throws(StoreError) -> [String] {
    let copy = dup(fd)
    guard copy >= 0, let dir = fdopendir(copy) else {
      let code = errno
      if copy >= 0 { Glibc.close(copy) }
      throw .io(path: path, operation: "open directory", message: FileSystem.errorText(code))
    }
    defer { closedir(dir) }
    rewinddir(dir)
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// The entry's own status (a symbolic link is not followed), or nil when it is absent.
  func status(_ name: String) -> stat? {
    var info = stat()
    return Sys.lstatat(fd, name, &info) == 0 ? info : nil
  }

  /// Whether the entry is a regular file itself (not a link to one).
  func isRegularFile(_ name: String) -> Bool {
    status(name).map { $0.st_mode & S_IFMT == S_IFREG } ?? false
  }

  /// Writes `bytes` to a new temporary file `.NAME.tmp-SAVE` beside `name`: created with
  /// `O_EXCL` (a file or link already there is never reused), with the old file's mode,
  /// fsynced, and the directory fsynced so that its name is durable too. On failure the
  /// temporary file is removed.
  func writeTemporary(for name: String, _ bytes: [UInt8], save: String) throws(StoreError)
    -> String
  {
    let temporary = FileSystem.temporaryName(for: name, save: save)
    // A new file gets what the user's umask allows, an old one keeps its mode.
    let mask = umask(0o022)
    umask(mask)
    var mode: mode_t = 0o666 & ~mask
    if let info = status(name), info.st_mode & S_IFMT == S_IFREG { mode = info.st_mode & 0o777 }
    // Private until it is whole; then the old file's mode.
    guard let fd = try open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600) else {
      throw .io(path: display(temporary), operation: "create", message: "")
    }
    do throws(StoreError) {
      var closed = false
      defer { if !closed { Sys.close(fd) } }
      try FileSystem.writeAll(fd, bytes, path: display(temporary))
      guard Sys.fchmod(fd, mode) == 0 else {
        throw .io(
          path: display(temporary), operation: "chmod", message: FileSystem.errorText(errno))
      }
      guard Sys.fsync(fd) == 0 else {
        throw .io(
          path: display(temporary), operation: "fsync", message: FileSystem.errorText(errno))
      }
      closed = true
      guard Sys.close(fd) == 0 else {
        throw .io(
          path: display(temporary), operation: "close", message: FileSystem.errorText(errno))
      }
      try sync()
    } catch {
      remove(temporary)
      throw error
    }
    return temporary
  }

  /// Renames an entry of the directory over another.
  func rename(_ from: String, over to: String) throws(StoreError) {
    guard Sys.renameat(fd, from, to) == 0 else {
      throw .io(path: display(to), operation: "rename", message: FileSystem.errorText(errno))
    }
  }

  /// Removes a file of the directory (never a directory); false when it could not.
  @discardableResult
  func remove(_ name: String) -> Bool {
    Sys.unlinkat(fd, name) == 0 || errno == ENOENT
  }

  /// fsyncs the directory, so that renames and new names in it are durable.
  func sync() throws(StoreError) {
    guard Sys.fsyncDirectory(fd) == 0 else {
      throw .io(path: path, operation: "fsync", message: FileSystem.errorText(errno))
    }
  }
}
