/// A paragraph of running text: one line, or a piece of a line that ran several headings and
/// items together (a one-line dump), or lines a PDF wrapped, joined again.
struct Paragraph: Sendable {
  var text: String
  var line: Int
  /// A blank line (or the start of the document) stands before it: a real paragraph break.
  var blankBefore: Bool
  /// The heading or item number it starts with, if any.
  var marker: Marker?

  /// The text after the marker.
  var body: String {
    guard let marker else { return text }
    return String(text.dropFirst(marker.length))
  }

  /// A heading line such as `三、重点任务` or `(一)实施知识产权战略规划`: a marker and a short
  /// text without a sentence in it.
  var isHeadingLike: Bool {
    guard marker != nil else { return false }
    let body = self.body
    return body.count <= 40 && !body.dropLast().contains("。")
  }
}

/// Splits and joins lines into paragraphs.
enum Paragraphs {
  static func make(_ lines: [Layout.TextLine]) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    for line in lines {
      var blankBefore = line.blankBefore
      for piece in split(line.text) {
        let characters = Array(piece)
        paragraphs.append(
          Paragraph(
            text: piece, line: line.number, blankBefore: blankBefore,
            marker: Marker.at(characters[...])))
        blankBefore = false
      }
    }
    return paragraphs
  }

  /// Splits a line where a heading or an item starts after a sentence, or right after a part
  /// heading such as `三、重点任务`: `…本方案。一、指导思想…。(一)…。1 .…`.
  static func split(_ text: String) -> [String] {
    let characters = Array(text)
    var pieces: [String] = []
    var start = 0
    var startMarker = Marker.at(characters[...])
    var index = 1
    while index < characters.count {
      let afterSentence = Scan.sentenceEnds.contains(characters[index - 1])
      let afterPartHeading =
        startMarker.map { isPartHeading(characters, start, index, $0) } ?? false
      if afterSentence || afterPartHeading || afterLabel(characters, index),
        let marker = Marker.at(characters[index...]),
        hasContent(characters, after: index + marker.length)
      {
        pieces.append(String(characters[start..<index]))
        start = index
        startMarker = marker
        index += marker.length
        continue
      }
      index += 1
    }
    pieces.append(String(characters[start...]))
    return pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  /// Whether `characters[start..<end]` is exactly a top-level marker and a part keyword.
  private static func isPartHeading(
    _ characters: [Character], _ start: Int, _ end: Int, _ marker: Marker
  ) -> Bool {
    guard marker.kind == .chineseComma, end > start + marker.length else { return false }
    let heading = String(characters[(start + marker.length)..<end])
    return PartKind.keywords.contains(heading)
  }

  /// Whether a bracket of unit labels ends right before `index`: `…（责任单位：区科技局）2、…`.
  private static func afterLabel(_ characters: [Character], _ index: Int) -> Bool {
    guard Scan.closeBrackets.contains(characters[index - 1]) else { return false }
    var depth = 0
    var open = index - 1
    while open >= max(0, index - 1 - UnitLabels.longestLabel) {
      if Scan.closeBrackets.contains(characters[open]) { depth += 1 }
      if Scan.openBrackets.contains(characters[open]) {
        depth -= 1
        if depth == 0 { break }
      }
      open -= 1
    }
    guard open >= 0, depth == 0, Scan.openBrackets.contains(characters[open]) else { return false }
    return UnitLabels.parse(String(characters[(open + 1)..<(index - 1)]), line: 0) != nil
  }

  private static func hasContent(_ characters: [Character], after index: Int) -> Bool {
    index < characters.count && !characters[index].isWhitespace
  }

  /// Joins a line that continues the paragraph before it (a PDF wraps lines; a page footer
  /// taken out leaves a sentence cut in two).
  static func joinWrapped(_ paragraphs: [Paragraph]) -> [Paragraph] {
    var result: [Paragraph] = []
    for paragraph in paragraphs {
      // A list cut after its 、 goes on on the next line, a label's list too:
      // `参与单位：市科技局、岳阳经开区管委会、` / `云溪区人民政府`.
      if let last = result.last, !paragraph.blankBefore, paragraph.marker == nil,
        last.text.last == "、"
      {
        result[result.count - 1].text += paragraph.text
        continue
      }
      if let last = result.last, !paragraph.blankBefore, paragraph.marker == nil,
        !last.isHeadingLike, last.text.count >= 20, let end = last.text.last,
        UnitLabels.label(at: 0, in: Array(last.body.prefix(8))) == nil,
        !Scan.paragraphEnds.contains(end), !Closing.isClosing(paragraph.text)
      {
        result[result.count - 1].text += paragraph.text
        continue
      }
      result.append(paragraph)
    }
    return result
  }
}
