import CNcursesw
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The one place that gives the terminal back: leaves curses mode, shows the cursor, ends
/// mouse reporting. Idempotent, and reached from every exit: a normal quit, a Swift error
/// (the caller's `defer`), `exit` (atexit), SIGINT, SIGTERM and SIGHUP (a dropped SSH link),
/// and a crash (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE), so a user's terminal is
/// never left in raw mode.
enum TerminalRestore {
  /// Whether curses mode is on and not yet restored.
  static let isActive = Atomic<Bool>(false)
  /// A signal asking the program to end (SIGINT, SIGTERM, SIGHUP); 0 when none. The loop
  /// sees it within one read timeout and ends the normal way.
  static let pendingSignal = Atomic<Int32>(0)

  static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

  static func restore() {
    guard isActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
    if bracketedPaste.exchange(false, ordering: .sequentiallyConsistent) {
      send(bracketedPasteOff)
    }
    endwin()
  }

  /// Bracketed paste: the terminal marks pasted text, so the board can keep it in the field
  /// being edited instead of reading it as keys.
  static let bracketedPasteOn: [UInt8] = Array("\u{1B}[?2004h".utf8)
  static let bracketedPasteOff: [UInt8] = Array("\u{1B}[?2004l".utf8)

  /// Whether bracketed paste was turned on (and so must be turned off).
  static let bracketedPaste = Atomic<Bool>(false)

  static func startBracketedPaste() {
    bracketedPaste.store(true, ordering: .sequentiallyConsistent)
    send(bracketedPasteOn)
  }

  /// Writes a terminal mode sequence directly (safe in a signal handler).
  static func send(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
  }

  /// Installs the handlers; before `newterm`, so ncurses keeps them instead of its own.
  /// The signals are unblocked too: a parent may hand down a mask that blocks them (threads
  /// of a test runner do), and a blocked SIGHUP would leave the board running on a dead link.
  static func install() {
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in stopSignals + crashSignals { sigaddset(&unblock, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    for signal in stopSignals {
      _ = Glibc.signal(signal) { number in
        TerminalRestore.pendingSignal.store(number, ordering: .sequentiallyConsistent)
      }
    }
    for signal in crashSignals {
      _ = Glibc.signal(signal) { number in
        TerminalRestore.restore()
        _ = Glibc.signal(number, SIG_DFL)
        raise(number)
      }
    }
    atexit { TerminalRestore.restore() }
  }
}
