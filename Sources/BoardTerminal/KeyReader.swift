import BoardUI
import CNcursesw

/// Reads keys with `wget_wch` and turns them into the UI's own `Msg`, so that no curses
/// code or key number leaves this layer. Chinese text from an input method arrives one whole
/// character per read.
///
/// Escape sequences are decoded here by `KeySequence` rather than left to terminfo, which
/// knows one sequence per key for the `TERM` named: an ESC starts a sequence whose remaining
/// characters are read at once, a known sequence is its key, an unknown one is dropped whole
/// (never an Esc followed by stray keys), and a bracketed paste arrives as one `.paste`.
struct KeyReader {
  enum Event {
    case message(Msg)
    /// Nothing arrived before the read timeout.
    case timeout
    /// A code with no meaning for the board.
    case ignored
  }

  let window: UnsafeMutablePointer<WINDOW>
  /// The usual read timeout (the loop's tick).
  let tickMilliseconds: Int32
  /// A character read after ESC that began no sequence: the next key.
  private var pending: [Read] = []

  /// How long the characters after an ESC may take to arrive (over SSH, one sequence can
  /// come in two packets).
  static let sequenceMilliseconds: Int32 = 40
  /// A paste's characters keep coming; this long a gap ends a paste whose end marker never
  /// came.
  static let pasteGapMilliseconds: Int32 = 500
  /// No sequence is longer; more characters mean it was no sequence.
  static let longestSequence = 32

  init(window: UnsafeMutablePointer<WINDOW>, tickMilliseconds: Int32) {
    self.window = window
    self.tickMilliseconds = tickMilliseconds
  }

  /// One read of curses: a character, a curses key code, or nothing.
  private enum Read {
    case character(UInt32)
    case code(Int32)
    case nothing
  }

  private mutating func rawRead(timeout: Int32) -> Read {
    if !pending.isEmpty { return pending.removeFirst() }
    wtimeout(window, timeout)
    defer { if timeout != tickMilliseconds { wtimeout(window, tickMilliseconds) } }
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == ERR { return .nothing }
    if result == KEY_CODE_YES { return .code(Int32(bitPattern: code)) }
    return .character(UInt32(code))
  }

  /// The next key; `timeout` is how long to wait for its first byte (the tick when nil).
  mutating func read(timeout: Int32? = nil) -> Event {
    switch rawRead(timeout: timeout ?? tickMilliseconds) {
    case .nothing: return .timeout
    case .code(let code): return special(code)
    case .character(0x1B): return escape()
    case .character(let value): return KeyReader.character(value)
    }
  }

  /// After an ESC: the sequence it starts, or Esc itself when nothing (or no sequence)
  /// follows.
  private mutating func escape() -> Event {
    var sequence: [Character] = []
    while sequence.isEmpty || KeySequence.isIncomplete(sequence) {
      guard sequence.count < KeyReader.longestSequence else { return .ignored }
      let next = rawRead(timeout: KeyReader.sequenceMilliseconds)
      switch next {
      case .character(let value) where sequence.isEmpty && value != 0x5B && value != 0x4F:
        // ESC and then another key (Esc typed just before it, or Alt with a key).
        pending.append(next)
        return .message(.key(.escape))
      case .character(let value):
        guard let scalar = UnicodeScalar(value) else { return .ignored }
        sequence.append(Character(scalar))
      case .nothing:
        // ESC alone is Esc; a sequence cut short is dropped.
        return sequence.isEmpty ? .message(.key(.escape)) : .ignored
      case .code:
        pending.append(next)
        return sequence.isEmpty ? .message(.key(.escape)) : .ignored
      }
    }
    switch KeySequence.meaning(of: sequence) {
    case .key(let key): return .message(.key(key))
    case .pasteStart: return paste()
    case .pasteEnd, .ignored, nil: return .ignored
    }
  }

  /// The text of a bracketed paste up to its end marker; escape sequences inside it are
  /// dropped, a carriage return is a line break.
  private mutating func paste() -> Event {
    var text = ""
    var afterReturn = false
    reading: while true {
      let read = rawRead(timeout: KeyReader.pasteGapMilliseconds)
      defer {
        if case .character(0x0D) = read { afterReturn = true } else { afterReturn = false }
      }
      switch read {
      case .nothing:
        break reading
      case .code(let code):
        if code == KEY_ENTER { text.append("\n") }
      case .character(0x1B):
        var sequence: [Character] = []
        while sequence.isEmpty || KeySequence.isIncomplete(sequence) {
          guard sequence.count < KeyReader.longestSequence,
            case .character(let value) = rawRead(timeout: KeyReader.sequenceMilliseconds),
            let scalar = UnicodeScalar(value)
          else { break }
          sequence.append(Character(scalar))
        }
        if KeySequence.meaning(of: sequence) == .pasteEnd { break reading }
      case .character(0x0D):
        text.append("\n")
      case .character(0x0A):
        if !afterReturn { text.append("\n") }  // \r\n is one line break
      case .character(let value):
        guard let scalar = UnicodeScalar(value) else { continue }
        text.unicodeScalars.append(scalar)
      }
    }
    return .message(.key(.paste(text)))
  }

  private static func character(_ value: UInt32) -> Event {
    switch value {
    case 0x0D, 0x0A: return .message(.key(.enter))
    case 0x09: return .message(.key(.tab))
    case 0x1B: return .message(.key(.escape))
    case 0x7F, 0x08: return .message(.key(.backspace))
    case 0x01...0x1A:
      return .message(.key(.control(Character(UnicodeScalar(UInt8(value) + 0x60)))))
    case 0x00..<0x20, 0x80..<0xA0:
      return .ignored
    default:
      guard let scalar = UnicodeScalar(value) else { return .ignored }
      return .message(.key(.character(Character(scalar))))
    }
  }

  private func special(_ code: Int32) -> Event {
    let key: Key
    switch code {
    case KEY_UP: key = .up
    case KEY_DOWN: key = .down
    case KEY_LEFT: key = .left
    case KEY_RIGHT: key = .right
    case KEY_PPAGE: key = .pageUp
    case KEY_NPAGE: key = .pageDown
    case KEY_HOME, KEY_A1: key = .home
    case KEY_END, KEY_C1: key = .end
    case KEY_ENTER: key = .enter
    case KEY_BACKSPACE: key = .backspace
    case KEY_DC: key = .delete
    case KEY_BTAB: key = .backTab
    case KEY_RESIZE:
      return .message(.resize(Terminal.size(of: window)))
    case KEY_MOUSE:
      return KeyReader.mouse()
    default:
      return .ignored
    }
    return .message(.key(key))
  }

  private static func mouse() -> Event {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return .ignored }
    let buttons = event.bstate
    if buttons & board_wheel_up() != 0 { return .message(.key(.wheelUp)) }
    if buttons & board_wheel_down() != 0 { return .message(.key(.wheelDown)) }
    if buttons & (board_button1_clicked() | board_button1_pressed()) != 0 {
      return .message(.key(.click(row: Int(event.y), column: Int(event.x))))
    }
    return .ignored
  }
}
