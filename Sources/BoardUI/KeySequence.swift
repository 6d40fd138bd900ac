/// The escape sequences terminals send for keys, decoded without terminfo: xterm (normal
/// and application cursor mode), PuTTY (its default, SCO and rxvt modes), Xshell, Windows
/// Terminal, the Linux console, tmux, screen and rxvt. A terminal database names one
/// sequence per key, but a `TERM` copied over SSH often names another terminal than the one
/// in use; every sequence here means one key whatever `TERM` says.
///
/// A sequence is what follows ESC. CSI sequences (`[` parameters final) and SS3 sequences
/// (`O` and one character) that mean no key are recognised whole and dropped, so the rest
/// of one never arrives as separate keys and none ever acts as Esc.
public enum KeySequence {
  /// What a complete sequence means.
  public enum Meaning: Hashable, Sendable {
    case key(Key)
    /// The start and the end of a bracketed paste (`ESC [200~`, `ESC [201~`).
    case pasteStart
    case pasteEnd
    /// A whole sequence that means nothing to the board (F-keys, focus reports, Insert).
    case ignored
  }

  /// Whether more characters are needed after `sequence` (the characters after ESC) before
  /// it can be decoded.
  public static func isIncomplete(_ sequence: [Character]) -> Bool {
    guard let introducer = sequence.first else { return true }
    switch introducer {
    case "O":
      return sequence.count < 2
    case "[":
      if sequence.count >= 2 && sequence[1] == "M" && sequence.count == 2 {
        return true  // X10 mouse: three more bytes follow
      }
      if sequence.count >= 2 && sequence[1] == "M" { return sequence.count < 5 }
      // The Linux console's F1-F5: ESC [ [ A .. E.
      if sequence.count >= 2 && sequence[1] == "[" { return sequence.count < 3 }
      guard let last = sequence.last, sequence.count >= 2 else { return true }
      return !isFinal(last)
    default:
      return false
    }
  }

  /// The meaning of a complete sequence; nil when it is no CSI or SS3 sequence at all (ESC
  /// and another key typed quickly).
  public static func meaning(of sequence: [Character]) -> Meaning? {
    guard let introducer = sequence.first, sequence.count >= 2 else { return nil }
    switch introducer {
    case "O":
      return ss3[sequence[1]].map { .key($0) } ?? .ignored
    case "[":
      return csi(Array(sequence.dropFirst()))
    default:
      return nil
    }
  }

  /// Application-mode cursor and keypad keys: `ESC O A`.
  private static let ss3: [Character: Key] = [
    "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "M": .enter,
  ]

  /// CSI finals that name a key whatever their parameters (`ESC [1;5H` is Ctrl-Home).
  private static let csiFinals: [Character: Key] = [
    "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "Z": .backTab,
  ]

  /// `ESC [ n ~` keys by their number: 1 and 7 Home, 4 and 8 End (PuTTY, the Linux console,
  /// rxvt, screen), 3 Delete, 5 and 6 the pages.
  private static let tildeKeys: [Int: Meaning] = [
    1: .key(.home), 7: .key(.home), 4: .key(.end), 8: .key(.end), 3: .key(.delete),
    5: .key(.pageUp), 6: .key(.pageDown), 200: .pasteStart, 201: .pasteEnd,
  ]

  private static func csi(_ body: [Character]) -> Meaning {
    guard let final = body.last else { return .ignored }
    if body.first == "M", body.count == 4 { return x10Mouse(Array(body.dropFirst())) }
    if body.first == "<" { return sgrMouse(body) }
    if body.first == "[" { return .ignored }  // Linux console F1-F5
    let parameters = String(body.dropLast())
    if final == "~" {
      let number = Int(parameters.split(separator: ";").first ?? "") ?? -1
      return tildeKeys[number] ?? .ignored
    }
    return csiFinals[final].map { .key($0) } ?? .ignored
  }

  /// `ESC [ M b x y`, each byte 32 more than the button, column and row (1-based).
  private static func x10Mouse(_ bytes: [Character]) -> Meaning {
    let values = bytes.compactMap { $0.unicodeScalars.first.map { Int($0.value) - 32 } }
    guard values.count == 3 else { return .ignored }
    return mouse(button: values[0], column: values[1] - 1, row: values[2] - 1, pressed: true)
  }

  /// `ESC [ < b ; x ; y M` (press) or `m` (release).
  private static func sgrMouse(_ body: [Character]) -> Meaning {
    let numbers = String(body.dropFirst().dropLast()).split(separator: ";").compactMap {
      Int($0)
    }
    guard numbers.count == 3 else { return .ignored }
    return mouse(
      button: numbers[0], column: numbers[1] - 1, row: numbers[2] - 1, pressed: body.last == "M")
  }

  private static func mouse(button: Int, column: Int, row: Int, pressed: Bool) -> Meaning {
    guard pressed else { return .ignored }
    switch button & ~0x1C {  // without Shift, Meta, Control
    case 0: return .key(.click(row: row, column: column))
    case 64: return .key(.wheelUp)
    case 65: return .key(.wheelDown)
    default: return .ignored
    }
  }

  /// A CSI sequence ends with a character from `@` to `~`.
  private static func isFinal(_ character: Character) -> Bool {
    guard let value = character.unicodeScalars.first?.value else { return true }
    return (0x40...0x7E).contains(value)
  }
}
