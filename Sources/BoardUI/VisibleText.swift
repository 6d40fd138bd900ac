/// Makes text written by other people harmless to show on a terminal.
///
/// Notes and task texts come from other units; an escape sequence in them must never reach
/// the terminal (it could clear the screen, retitle the window or worse). Control characters
/// are replaced by visible caret notation: ESC becomes `^[`, BEL `^G`, DEL `^?`, and C1
/// controls `<U+009B>`. Characters that hide or reorder text (bidi controls such as U+202E,
/// zero-width characters, U+2028) are shown as `<U+202E>`: a note must read as it is stored.
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
    text.unicodeScalars.contains { isControl($0) || isInvisible($0) }
  }

  /// Output for a terminal or a pipe, line breaks and tabs kept (listings, TSV, JSON):
  /// everything else `line` would change is changed. The command line's one writer uses it.
  public static func terminalSafe(_ text: some StringProtocol) -> String {
    guard
      text.unicodeScalars.contains(where: {
        ($0.value != 0x0A && $0.value != 0x09 && isControl($0)) || isInvisible($0)
      })
    else { return String(text) }
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.value == 0x0A || scalar.value == 0x09 {
        result.unicodeScalars.append(scalar)
      } else {
        result += render(String(scalar), lineBreak: "\n", tab: "\t")
      }
    }
    return result
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Characters that change how the text around them is shown without being seen: bidi
  /// embeddings, overrides, isolates and marks, zero-width characters, the byte-order mark,
  /// the line and paragraph separators.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return true
    default: return false
    }
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
      case _ where isInvisible(scalar):
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
