#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The libc calls the store makes, in one small place: read, list, write atomically, lock.
public enum FileSystem {
  static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// The whole file, or nil when it does not exist.
  public static func read(_ path: String) throws(StoreError) -> [UInt8]? {
    var bytes: [UInt8] = []
    guard let count = try read(path, reusing: &bytes) else { return nil }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// Reads the whole file into `buffer`, which grows as needed and is reused from call to
  /// call; returns the number of bytes read, or nil when the file does not exist.
  static func read(_ path: String, reusing buffer: inout [UInt8]) throws(StoreError) -> Int? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw .io(path: path, operation: "open", message: errorText(errno))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
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
        return Glibc.read(fd, start + filled, raw.count - filled)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw .io(path: path, operation: "read", message: errorText(errno))
      }
      if got == 0 { return filled }
      filled += got
    }
  }

  /// Names of the directory's entries, sorted.
  static func list(_ path: String) throws(StoreError) -> [String] {
    guard let dir = opendir(path) else {
      throw .io(path: path, operation: "open directory", message: errorText(errno))
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
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
    guard stat(path, &info) == 0 else { return nil }
    return FileStamp(
      inode: UInt64(info.st_ino), size: Int64(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
  }

  /// Replaces `path` with `bytes` so that a crash at any moment leaves the old file or the new
  /// one: write a temporary file in the same directory, fsync it, give it the old file's mode,
  /// rename it over the old file, fsync the directory.
  static func replaceAtomically(_ path: String, with bytes: [UInt8]) throws(StoreError) {
    let temporary = try writeTemporary(beside: path, bytes, save: String(getpid()))
    try commit(temporary, over: path)
  }

  /// Writes `bytes` to `.NAME.tmp-SAVE` beside `path`, with the old file's mode, fsynced, and
  /// fsyncs the directory so the temporary file's name is durable too: a save that is logged
  /// before its rename can then always be finished (see `BoardDirectory.apply`).
  static func writeTemporary(beside path: String, _ bytes: [UInt8], save: String)
    throws(StoreError) -> String
  {
    let (directory, name) = split(path)
    let temporary = directory + "/" + temporaryName(for: name, save: save)
    var mode: mode_t = 0o644
    var info = stat()
    if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else {
      throw .io(path: temporary, operation: "create", message: errorText(errno))
    }
    do throws(StoreError) {
      defer { close(fd) }
      try writeAll(fd, bytes, path: temporary)
      guard fchmod(fd, mode) == 0 else {
        throw .io(path: temporary, operation: "chmod", message: errorText(errno))
      }
      guard fsync(fd) == 0 else {
        throw .io(path: temporary, operation: "fsync", message: errorText(errno))
      }
      try syncDirectory(directory)
    } catch {
      unlink(temporary)
      throw error
    }
    return temporary
  }

  static var processID: Int32 { getpid() }

  /// Renames a temporary file over `path` and fsyncs the directory.
  static func commit(_ temporary: String, over path: String) throws(StoreError) {
    try move(temporary, over: path)
    try syncDirectory(split(path).directory)
  }

  /// Renames a temporary file over `path`; on failure the temporary file is removed.
  static func move(_ temporary: String, over path: String) throws(StoreError) {
    guard rename(temporary, path) == 0 else {
      let message = errorText(errno)
      unlink(temporary)
      throw .io(path: path, operation: "rename", message: message)
    }
  }

  /// `.ID.rec.tmp-SAVE`: hidden, so that no reader takes it for a plan.
  static func temporaryName(for name: String, save: String) -> String {
    "." + name + ".tmp-" + save
  }

  /// The file a temporary file stands for and the save that wrote it:
  /// `.x.rec.tmp-123-456` -> (`x.rec`, `123-456`).
  static func temporaryParts(_ name: String) -> (target: String, save: String)? {
    guard isTemporary(name) else { return nil }
    let parts = name.dropFirst().split(separator: ".tmp-", maxSplits: 1)
    guard parts.count == 2 else { return nil }
    return (String(parts[0]), String(parts[1]))
  }

  /// Whether a directory entry is a temporary file of `replaceAtomically`.
  static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") && name.contains(".rec.tmp-")
  }

  static func syncDirectory(_ directory: String) throws(StoreError) {
    let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else {
      throw .io(path: directory, operation: "open directory", message: errorText(errno))
    }
    defer { close(fd) }
    guard fsync(fd) == 0 else {
      throw .io(path: directory, operation: "fsync", message: errorText(errno))
    }
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        write(fd, buffer.baseAddress! + written, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw .io(path: path, operation: "write", message: errorText(errno))
      }
      written += result
    }
  }

  static func remove(_ path: String) {
    unlink(path)
  }

  static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }
}

/// What identifies one version of a file on disk; a rename over it changes the inode.
public struct FileStamp: Hashable, Sendable {
  public var inode: UInt64
  public var size: Int64
  public var modified: Int64
}
