import BoardUI
import CNcursesw

/// Reads one key with `wget_wch` and turns it into the UI's own `Msg`, so that no curses
/// code or key number leaves this layer. Chinese text from an input method arrives one whole
/// character per read.
enum KeyReader {
  enum Event {
    case message(Msg)
    /// Nothing arrived before the read timeout.
    case timeout
    /// A code with no meaning for the board.
    case ignored
  }

  static func read(_ window: UnsafeMutablePointer<WINDOW>) -> Event {
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == ERR { return .timeout }
    if result == KEY_CODE_YES { return special(Int32(bitPattern: code), window) }
    return character(UInt32(code))
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

  private static func special(_ code: Int32, _ window: UnsafeMutablePointer<WINDOW>) -> Event {
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
      return mouse()
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
