import Synchronization

/// Fails one chosen system call of the store, the way SQLite's tests fail I/O: every call
/// the store makes (`SystemCall`) is counted, and the N-th one (and, when `persistent`,
/// every later one too) fails with the given error instead of reaching the kernel.
///
/// The store looks for an injector in `FaultInjector.current`, a task-local value, so a test
/// fails the calls of its own operation only, while other tests run beside it.
public final class FaultInjector: Sendable {
  /// The call to fail, counting from 1; 0 fails none (to count a save's calls).
  public let failing: Int
  public let code: Int32
  public let persistent: Bool
  private let state = Mutex<[String]>([])

  @TaskLocal public static var current: FaultInjector?

  public init(failing: Int = 0, code: Int32 = 0, persistent: Bool = false) {
    self.failing = failing
    self.code = code
    self.persistent = persistent
  }

  /// The calls made so far, in order, by name.
  public var calls: [String] { state.withLock { $0 } }

  /// Counts a call; the error to fail it with, or nil to let it through.
  func next(_ call: SystemCall) -> Int32? {
    let number = state.withLock { calls -> Int in
      calls.append(call.rawValue)
      return calls.count
    }
    guard failing > 0 else { return nil }
    return number == failing || (persistent && number > failing) ? code : nil
  }
}

/// The system calls the store makes through `Sys`, by name.
enum SystemCall: String, Sendable {
  case open, read, write, fsync, rename, ftruncate, close, stat, unlink, chmod, lock, mkdir
  case directoryFsync = "directory fsync"
}
