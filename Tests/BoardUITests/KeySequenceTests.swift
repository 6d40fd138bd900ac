import Testing

@testable import BoardUI

/// The sequences common terminals send after ESC, each decoded to its key whatever `TERM`
/// says; a whole sequence that means no key is dropped, never read as Esc and stray keys.
@Suite struct KeySequenceTests {
  struct Case: CustomStringConvertible, Sendable {
    var sequence: String
    var meaning: KeySequence.Meaning
    var terminals: String

    var description: String { "ESC \(sequence) (\(terminals))" }
  }

  static let cases: [Case] = [
    Case(sequence: "[1~", meaning: .key(.home), terminals: "PuTTY, Linux console, screen"),
    Case(sequence: "[4~", meaning: .key(.end), terminals: "PuTTY, Linux console, screen"),
    Case(sequence: "OH", meaning: .key(.home), terminals: "xterm application mode"),
    Case(sequence: "OF", meaning: .key(.end), terminals: "xterm application mode"),
    Case(sequence: "[H", meaning: .key(.home), terminals: "xterm, Windows Terminal, PuTTY SCO"),
    Case(sequence: "[F", meaning: .key(.end), terminals: "xterm, Windows Terminal, PuTTY SCO"),
    Case(sequence: "[7~", meaning: .key(.home), terminals: "rxvt, PuTTY rxvt mode"),
    Case(sequence: "[8~", meaning: .key(.end), terminals: "rxvt, PuTTY rxvt mode"),
    Case(sequence: "[1;5H", meaning: .key(.home), terminals: "xterm Ctrl-Home"),
    Case(sequence: "[5~", meaning: .key(.pageUp), terminals: "all"),
    Case(sequence: "[6~", meaning: .key(.pageDown), terminals: "all"),
    Case(sequence: "[3~", meaning: .key(.delete), terminals: "all"),
    Case(sequence: "[A", meaning: .key(.up), terminals: "normal cursor mode"),
    Case(sequence: "OB", meaning: .key(.down), terminals: "application cursor mode"),
    Case(sequence: "[1;2C", meaning: .key(.right), terminals: "xterm Shift-Right"),
    Case(sequence: "OD", meaning: .key(.left), terminals: "application cursor mode"),
    Case(sequence: "[Z", meaning: .key(.backTab), terminals: "Shift-Tab"),
    Case(sequence: "OM", meaning: .key(.enter), terminals: "keypad Enter"),
    Case(sequence: "[200~", meaning: .pasteStart, terminals: "bracketed paste"),
    Case(sequence: "[201~", meaning: .pasteEnd, terminals: "bracketed paste"),
    Case(sequence: "[2~", meaning: .ignored, terminals: "Insert"),
    Case(sequence: "[15~", meaning: .ignored, terminals: "F5"),
    Case(sequence: "[[A", meaning: .ignored, terminals: "Linux console F1"),
    Case(sequence: "OP", meaning: .ignored, terminals: "xterm F1"),
    Case(sequence: "[I", meaning: .ignored, terminals: "focus report"),
    Case(sequence: "[<0;11;6M", meaning: .key(.click(row: 5, column: 10)), terminals: "SGR mouse"),
    Case(sequence: "[<64;1;1M", meaning: .key(.wheelUp), terminals: "SGR wheel"),
    Case(sequence: "[M +&", meaning: .key(.click(row: 5, column: 10)), terminals: "X10 mouse"),
  ]

  @Test(arguments: cases)
  func aCompleteSequenceMeansItsKey(_ test: Case) {
    let characters = Array(test.sequence)
    for end in 1..<characters.count {
      #expect(KeySequence.isIncomplete(Array(characters[0..<end])), "prefix of \(test)")
    }
    #expect(!KeySequence.isIncomplete(characters))
    #expect(KeySequence.meaning(of: characters) == test.meaning)
  }

  @Test func escapeAndAnotherKeyIsNoSequence() {
    #expect(!KeySequence.isIncomplete(["j"]))
    #expect(KeySequence.meaning(of: ["j"]) == nil)
  }
}
