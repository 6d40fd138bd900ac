import BoardStore

#if canImport(Glibc)
  import Glibc
#endif

/// Notices that another session changed the board: compares the board files' stamps (inode,
/// size, modification time) with those of the last load, at most a few times a second.
struct BoardWatcher {
  let directory: BoardDirectory
  /// How often the files are looked at, in milliseconds.
  var interval: Int64 = 250
  private var stamps: [String: FileStamp]
  private var lastCheck: Int64 = 0

  init(directory: BoardDirectory) {
    self.directory = directory
    stamps = BoardWatcher.stamps(of: directory)
  }

  /// Records the files as they are now; call just before loading them.
  mutating func remember() {
    stamps = BoardWatcher.stamps(of: directory)
    lastCheck = BoardWatcher.milliseconds()
  }

  /// Whether a board file changed since the last load; looks only when `interval` passed.
  mutating func changed() -> Bool {
    let now = BoardWatcher.milliseconds()
    guard now - lastCheck >= interval else { return false }
    lastCheck = now
    return BoardWatcher.stamps(of: directory) != stamps
  }

  /// The stamps of the plan and roster files; the audit log changes with every save and is
  /// not shown, so it does not count.
  private static func stamps(of directory: BoardDirectory) -> [String: FileStamp] {
    directory.stamp().filter { $0.key != AuditLog.fileName }
  }

  private static func milliseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
  }
}
