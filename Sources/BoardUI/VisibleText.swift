/// Makes text written by other people harmless to show on a terminal.
///
/// Notes and task texts come from other units; an escape sequence in them must never reach
/// the terminal (it could clear the screen, retitle the window or worse). Control characters
/// are replaced by visible caret notation: ESC becomes `^[`, BEL `^G`, DEL `^?`, and C1
/// controls `<U+009B>`.
public enum VisibleText {
  /// One line of text: line breaks and tabs are shown as `⏎` and a space.
  public static func line(_ text: some StringProtocol) -> String {
    render(text, lineBreak: "⏎", tab: " ")
  }

  /// Text that may keep its line breaks (a task's text in the detail view).
  public static func lines(_ text: some StringProtocol) -> String {
    render(text, lineBreak: "\n", tab: " ")
  }

  /// Whether the text holds anything that `line` would change.
  public static func needsEscaping(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { isControl($0) }
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  private static func render(_ text: some StringProtocol, lineBreak: String, tab: String)
    -> String
  {
    guard needsEscaping(text) else { return String(text) }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: result += lineBreak
      case 0x09: result += tab
      case 0x00..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
      case 0x7F: result += "^?"
      case 0x80...0x9F:
        result += "<U+00" + String(scalar.value, radix: 16, uppercase: true) + ">"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
