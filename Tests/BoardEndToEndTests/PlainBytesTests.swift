import BoardTestSupport
import BoardUI
import Testing

@testable import board

/// The command line writes a line or a TSV cell as it is when its bytes say that
/// `VisibleText.terminalSafe` and `TSV.escape` would not change it (`PlainBytes`): the
/// bytes are the same as the checked way's for every text, and the check is exact.
@Suite struct PlainBytesTests {
  /// Plain characters and every kind the checked way changes, with their neighbours in
  /// UTF-8: C0 and C1 controls, DEL, tab, line break, backslash, the bidi and zero-width
  /// characters and those beside them (U+200A, U+2010, U+2027, U+202F, U+205F, U+206A),
  /// punctuation that shares their first two bytes (— “ …), U+061B/U+061D, U+FEFE, U+FFFD.
  static let pieces: [String] = [
    "a", "Z ", "任务", "黔江区", "、", "（一）", "\t", "\n", "\r", "\\", "\u{0}", "\u{1B}[2J",
    "\u{07}", "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}", "\u{A0}", "é", "\u{061B}", "\u{061C}",
    "\u{061D}", "\u{200A}", "\u{200B}", "\u{200D}", "\u{200F}", "\u{2010}", "\u{2014}", "“",
    "…", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{202F}", "\u{205F}", "\u{2060}",
    "\u{2066}", "\u{2069}", "\u{206A}", "\u{FEFE}", "\u{FEFF}", "\u{FFFD}", "😀", "e\u{301}",
  ]

  static func checkedTSVLine(_ cells: [String]) -> [UInt8] {
    Array(VisibleText.terminalSafe(TSV.line(cells)).utf8) + [0x0A]
  }

  static func isUnchanged(_ text: String, tsv: Bool) -> Bool {
    var text = text
    return text.withUTF8 { PlainBytes.areUnchanged($0, tsv: tsv) }
  }

  @Test(arguments: pieces)
  func theCheckIsExactForEveryPiece(_ piece: String) {
    for text in [piece, "任" + piece, piece + "a", piece + piece] {
      #expect(
        Self.isUnchanged(text, tsv: false) == (VisibleText.terminalSafe(text) == text),
        "\(Array(text.unicodeScalars))")
      #expect(
        Self.isUnchanged(text, tsv: true)
          == (VisibleText.terminalSafe(TSV.escape(text)) == text), "\(Array(text.unicodeScalars))")
    }
  }

  @Test func linesAndTSVLinesAreWrittenAsTheCheckedWayWritesThem() {
    var random = SeededGenerator(seed: 5)
    let output = Output()
    for round in 0..<5000 {
      let cells = (0..<Int.random(in: 0...6, using: &random)).map { _ in
        (0..<Int.random(in: 0...5, using: &random)).map { _ in random.pick(Self.pieces) }.joined()
      }
      output.tsvLine(cells)
      #expect(output.takeBuffered() == Self.checkedTSVLine(cells), "round \(round): \(cells)")
      // A list cell's items, written one by one, as the joined cell.
      let lists = cells.map { cell in
        cell.split(separator: "a", omittingEmptySubsequences: false).map(String.init)
      }
      output.tsvLine(lists.map { TSVCell.list($0) })
      #expect(
        output.takeBuffered() == Self.checkedTSVLine(lists.map { $0.joined(separator: "、") }),
        "round \(round): \(lists)")
      let text = cells.joined()
      output.line(text)
      #expect(
        output.takeBuffered() == Array(VisibleText.terminalSafe(text).utf8) + [0x0A],
        "round \(round): \(text)")
      output.write(text)
      #expect(output.takeBuffered() == Array(VisibleText.terminalSafe(text).utf8))
      #expect(
        Self.isUnchanged(text, tsv: false) == (VisibleText.terminalSafe(text) == text),
        "round \(round)")
      #expect(
        Self.isUnchanged(text, tsv: true) == (VisibleText.terminalSafe(TSV.escape(text)) == text),
        "round \(round)")
    }
  }
}
