#if canImport(Glibc)
  import Glibc
#endif

/// Says which board files may have changed, so an open session reads nothing while nothing
/// happens: it waits on inotify's descriptor (`descriptor`, no timeout) and the kernel wakes it
/// when a file is renamed into the board. Where inotify is refused it falls back to polling:
/// each `interval` milliseconds it looks at the directory's own stamp, which every save
/// changes (a save ends with a rename), and says `.everything` when it changed, and every
/// `fullRound` polls regardless, for a file edited in place. (A machine where every unit
/// logs in as one user allows that user 128 inotify instances by default: sessions beyond
/// them poll, and two hundred sessions each looking at every file four times a second cost
/// more than the changes did; docs/ssh.md.)
///
/// A hint is never the truth: `BoardReader.refresh` compares the named files' stamps (inode,
/// size, modification time) with those it read, and reads again only what differs.
public struct BoardWatcher {
  public let directory: BoardDirectory
  /// Why the watcher polls (inotify refused); nil when it waits on events.
  public let refusal: DirectoryEvents.Refusal?
  /// How often the files are looked at when polling, in milliseconds.
  public let interval: Int32
  private let events: DirectoryEvents?
  private var lastPoll: Int64
  /// Polling: the directory's stamp at the last round, and the rounds since every file was
  /// looked at.
  private var directoryStamp: FileStamp?
  private var roundsSinceFull = 0
  /// Polling: every file is looked at after this many rounds even when the directory is
  /// unchanged (4 s at the default interval).
  public static let fullRound: Int32 = 16
  /// Whether several directories are watched (`init(directories:)`).
  private var combined = false

  /// Which files to look at again.
  public enum Hint: Equatable, Sendable {
    /// These board files (plan files or the roster), by file name.
    case files(Set<String>)
    /// Any of them: a polling round, or events the kernel could not keep.
    case everything
  }

  /// Watches with inotify, or polls every `interval` ms when the kernel refuses it.
  public init(directory: BoardDirectory, interval: Int32 = 250) {
    do {
      let events = try DirectoryEvents(path: directory.path)
      self.init(directory: directory, events: events, refusal: nil, interval: interval)
    } catch {
      self.init(directory: directory, events: nil, refusal: error, interval: interval)
    }
  }

  /// Watches several boards at once (a combined view); any change in any of them is
  /// `.everything`, since file names alone do not say which board.
  public init(directories: [BoardDirectory], interval: Int32 = 250) {
    self.init(directory: directories[0], interval: interval)
    guard let events else { return }
    for other in directories.dropFirst() {
      do {
        try events.watch(other.path)
      } catch {
        self.init(directory: directories[0], events: nil, refusal: error, interval: interval)
        return
      }
    }
    combined = directories.count > 1
  }

  /// A watcher that polls, as when the kernel answered `refusal`.
  public init(
    directory: BoardDirectory, refused refusal: DirectoryEvents.Refusal,
    interval: Int32 = 250
  ) {
    self.init(directory: directory, events: nil, refusal: refusal, interval: interval)
  }

  private init(
    directory: BoardDirectory, events: DirectoryEvents?, refusal: DirectoryEvents.Refusal?,
    interval: Int32
  ) {
    self.directory = directory
    self.events = events
    self.refusal = refusal
    self.interval = interval
    lastPoll = BoardWatcher.milliseconds()
  }

  /// The descriptor to wait on beside the terminal; nil when polling.
  public var descriptor: Int32? { events?.descriptor }

  /// How long a wait may last before `changes()` must be asked: -1 (for ever) with events.
  public var waitMilliseconds: Int32 {
    guard events == nil else { return -1 }
    let left = Int64(interval) - (BoardWatcher.milliseconds() - lastPoll)
    return Int32(max(0, min(left, Int64(interval))))
  }

  /// The board files that may have changed since the last call, or nil: the events pending
  /// (never waits), or, when polling and `interval` has passed, everything.
  public mutating func changes() -> Hint? {
    guard let events else {
      let now = BoardWatcher.milliseconds()
      guard now - lastPoll >= Int64(interval) else { return nil }
      lastPoll = now
      let stamp = FileSystem.stamp(directory.path)
      roundsSinceFull += 1
      guard stamp != directoryStamp || stamp == nil || roundsSinceFull >= BoardWatcher.fullRound
      else { return nil }
      directoryStamp = stamp
      roundsSinceFull = 0
      return .everything
    }
    switch events.drain() {
    case nil:
      return nil
    case .everything:
      return .everything
    case .names(let names):
      let files = names.filter(BoardWatcher.isBoardFile)
      if files.isEmpty { return nil }
      return combined ? .everything : .files(files)
    }
  }

  /// Waits up to `milliseconds` (-1: for ever) for a change; for commands and tests that have
  /// no terminal to wait on as well.
  public mutating func wait(milliseconds: Int32) -> Hint? {
    let deadline = BoardWatcher.milliseconds() + Int64(milliseconds)
    while true {
      if let hint = changes() { return hint }
      let left = milliseconds < 0 ? Int64(-1) : deadline - BoardWatcher.milliseconds()
      if milliseconds >= 0 && left <= 0 { return nil }
      if let descriptor {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&entry, 1, Int32(clamping: left))
      } else {
        let pause = left < 0 ? Int64(waitMilliseconds) : min(left, Int64(waitMilliseconds))
        var time = timespec(tv_sec: Int(pause / 1000), tv_nsec: Int(pause % 1000) * 1_000_000)
        _ = nanosleep(&time, nil)
      }
    }
  }

  /// Plan files and the roster: `*.rec` but not hidden (a save's temporary file) and not the
  /// audit log, which changes with every save and is not shown.
  static func isBoardFile(_ name: String) -> Bool {
    name.hasSuffix(".rec") && !name.hasPrefix(".") && name != AuditLog.fileName
  }

  static func milliseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
  }
}
