import BoardUI
import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

/// The terminal in curses mode: started once, read for keys, painted with grids, and given
/// back by `stop` (or by `TerminalRestore` on any other way out).
public final class Terminal {
  /// Why the board cannot open in this terminal.
  public enum StartError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    /// A terminal that cannot move the cursor (`TERM=dumb`, an editor's shell buffer).
    case unusableTerminal(String)

    public var description: String {
      switch self {
      case .notATerminal:
        return "the board needs a terminal (standard input and output are not one); "
          + "for scripts use a command, see board --help"
      case .unknownTerminal(let name):
        return "cannot use the terminal type \"\(name)\" (no terminfo entry); try TERM=xterm"
      case .unusableTerminal(let name):
        return "cannot use the terminal type \"\(name)\" (it cannot move the cursor); "
          + "use a full-screen terminal, e.g. TERM=xterm, or a command, see board --help"
      }
    }

    public var chineseDescription: String {
      switch self {
      case .notATerminal:
        return "看板需要终端（标准输入、输出不是终端）；脚本请用命令，见 board --help"
      case .unknownTerminal(let name):
        return "无法使用终端类型“\(name)”（没有 terminfo 条目）；请试 TERM=xterm"
      case .unusableTerminal(let name):
        return "无法使用终端类型“\(name)”（不能移动光标）；请用全屏终端（如 TERM=xterm），或用命令，见 board --help"
      }
    }
  }

  public let locale: LocaleSetup
  public let usesColor: Bool
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private var painter: GridPainter
  private var keys: KeyReader

  /// How long a read waits for a key before the loop gets a tick.
  public static let tickMilliseconds: Int32 = 200

  public static func start() throws(StartError) -> Terminal {
    guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
    let locale = LocaleSetup.apply()
    TerminalRestore.install()
    guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else { throw .notATerminal }
    guard let screen = newterm(nil, output, input) else {
      throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
    }
    TerminalRestore.isActive.store(true, ordering: .sequentiallyConsistent)
    guard board_can_address_cursor() != 0 else {
      TerminalRestore.restore()
      delscreen(screen)
      throw .unusableTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
    }
    guard let window = board_stdscr() else {
      TerminalRestore.restore()
      throw .notATerminal
    }
    return Terminal(screen: screen, window: window, locale: locale)
  }

  private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, locale: LocaleSetup) {
    self.screen = screen
    self.locale = locale
    self.window = window
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(50)
    wtimeout(window, Terminal.tickMilliseconds)
    _ = mousemask(board_button1_pressed() | board_wheel_up() | board_wheel_down(), nil)
    mouseinterval(0)
    let wantsColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true
    var usesColor = false
    if wantsColor && has_colors() {
      start_color()
      use_default_colors()
      usesColor = board_colors() >= 8
    }
    self.usesColor = usesColor
    painter = GridPainter(palette: StylePalette(usesColor: usesColor))
    keys = KeyReader(window: window, tickMilliseconds: Terminal.tickMilliseconds)
    TerminalRestore.startBracketedPaste()
  }

  public var size: Size { Terminal.size(of: window) }

  static func size(of window: UnsafeMutablePointer<WINDOW>) -> Size {
    Size(width: Int(board_columns(window)), height: Int(board_lines(window)))
  }

  /// The next thing that happened: a key, a resize, or a tick when no key came for
  /// `tickMilliseconds`.
  public func next() -> Msg {
    while true {
      let started = Terminal.milliseconds()
      switch keys.read() {
      case .message(let msg):
        quickTimeouts = 0
        return msg
      case .timeout:
        noticeDeadTerminal(readFor: Terminal.milliseconds() - started)
        return .tick
      case .ignored:
        continue
      }
    }
  }

  /// The next thing that happened, waiting without a timer: a key or a resize, or a tick when
  /// `descriptor` became readable (a board file changed) or `milliseconds` passed (-1: never).
  /// An idle session sleeps in `poll` and uses no processor time.
  public func next(alsoWaitingOn descriptor: Int32?, milliseconds: Int32) -> Msg {
    while true {
      // Whatever curses has read already comes first.
      switch keys.read(timeout: 0) {
      case .message(let msg):
        quickTimeouts = 0
        return msg
      case .ignored:
        continue
      case .timeout:
        break
      }
      var entries = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
      if let descriptor {
        entries.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
      }
      let started = Terminal.milliseconds()
      let ready = poll(&entries, nfds_t(entries.count), milliseconds)
      if ready < 0 { return .tick }  // a signal: the loop looks at it
      if ready == 0 { return .tick }
      if entries.count > 1 && entries[1].revents != 0 { return .tick }
      // Input: give an escape sequence or a character's last bytes a moment to arrive.
      switch keys.read(timeout: Terminal.tickMilliseconds) {
      case .message(let msg):
        quickTimeouts = 0
        return msg
      case .ignored:
        continue
      case .timeout:
        noticeDeadTerminal(readFor: Terminal.milliseconds() - started)
        return .tick
      }
    }
  }

  /// Reads that "time out" at once, again and again, mean the terminal is gone (a closed
  /// pseudo-terminal gives end of file) without a SIGHUP: treat it as a hangup rather than
  /// spin.
  private func noticeDeadTerminal(readFor elapsed: Int64) {
    quickTimeouts = elapsed < Int64(Terminal.tickMilliseconds / 10) ? quickTimeouts + 1 : 0
    if quickTimeouts > 100 {
      TerminalRestore.pendingSignal.store(SIGHUP, ordering: .sequentiallyConsistent)
    }
  }

  private var quickTimeouts = 0

  private static func milliseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
  }

  /// A signal that asks the program to end (SIGINT, SIGTERM, SIGHUP), if one arrived.
  public var pendingSignal: Int32? {
    let number = TerminalRestore.pendingSignal.load(ordering: .sequentiallyConsistent)
    return number == 0 ? nil : number
  }

  public func paint(_ grid: Grid) {
    painter.paint(grid, on: window)
  }

  /// Repaints everything on the next frame, clearing what anything else wrote on the screen.
  /// Mouse reporting on (clicks and the wheel reach the board) or off (the terminal selects
  /// and copies text as usual).
  public func reportMouse(_ on: Bool) {
    let events = on ? board_button1_pressed() | board_wheel_up() | board_wheel_down() : 0
    _ = mousemask(events, nil)
  }

  /// Ctrl-Z: gives the terminal back and stops the board's process group, as a shell's job
  /// control expects; when continued (`fg`), takes the terminal again and repaints. Refused
  /// (false) where no shell could continue it: the board leads its own session (an SSH
  /// forced command, a terminal multiplexer's pane) or shares a group it does not lead.
  public func suspend() -> Bool {
    guard getpgrp() == getpid(), getsid(0) != getpid() else { return false }
    if TerminalRestore.bracketedPaste.load(ordering: .sequentiallyConsistent) {
      TerminalRestore.send(TerminalRestore.bracketedPasteOff)
    }
    endwin()
    let previous = signal(SIGTSTP, SIG_DFL)
    kill(0, SIGTSTP)
    // Here again after SIGCONT.
    _ = signal(SIGTSTP, previous)
    if TerminalRestore.bracketedPaste.load(ordering: .sequentiallyConsistent) {
      TerminalRestore.send(TerminalRestore.bracketedPasteOn)
    }
    redrawAll()
    return true
  }

  public func redrawAll() {
    clearok(window, true)
    painter.invalidate()
  }

  /// Gives the terminal back. Safe to call more than once.
  public func stop() {
    TerminalRestore.restore()
  }

  /// Gives the terminal back, then ends the process by the signal that asked for it, so the
  /// parent sees how it ended (a shell prints nothing, `$?` is 128 + the signal).
  public func end(bySignal number: Int32) -> Never {
    TerminalRestore.restore()
    _ = signal(number, SIG_DFL)
    raise(number)
    _exit(128 + number)
  }

  deinit {
    TerminalRestore.restore()
    delscreen(screen)
  }
}
