/// A task's short title and its text, from the item as written (docs/seeds.md):
///
/// - a first sentence of at most 40 characters is the title, and the text is what follows;
/// - otherwise the title runs to the first comma and the text is the whole item.
///
/// The text is laid out one sentence per line (a break after 。！？, or after a closing quote
/// or bracket right after one); a paragraph break inside the item is kept as an empty line.
struct TaskText: Hashable, Sendable {
  var title: String
  var text: String
  /// The comma rule was used, or the title was cut: the report says so.
  var titleIsGuess: Bool

  static let shortSentence = 40

  init(paragraphs: [String]) {
    let paragraphs = paragraphs.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    guard let first = paragraphs.first else {
      self.init(title: "", text: "", titleIsGuess: false)
      return
    }
    let characters = Array(first)
    if let stop = characters.firstIndex(where: Scan.sentenceEnds.contains),
      stop <= TaskText.shortSentence
    {
      var rest = stop + 1
      while rest < characters.count, Scan.closers.contains(characters[rest]) { rest += 1 }
      let title = String(characters[..<stop]).trimmingWhitespace()
      let remainder = String(characters[rest...]).trimmingWhitespace()
      let body = (remainder.isEmpty ? [] : [remainder]) + paragraphs.dropFirst()
      self.init(title: title, text: TaskText.layout(body), titleIsGuess: false)
      return
    }
    let title: String
    var guess = true
    if let comma = characters.firstIndex(where: { $0 == "，" || $0 == "," }) {
      title = String(characters[..<comma])
    } else if let stop = characters.firstIndex(where: Scan.sentenceEnds.contains) {
      title = String(characters[..<stop])
    } else {
      title = first
      guess = first.count > TaskText.shortSentence
    }
    var shortTitle = Scan.withoutFinalStop(title)
    if shortTitle.count > 60 { shortTitle = String(shortTitle.prefix(40)) }
    self.init(title: shortTitle, text: TaskText.layout(paragraphs), titleIsGuess: guess)
  }

  init(title: String, text: String, titleIsGuess: Bool) {
    self.title = title
    self.text = text
    self.titleIsGuess = titleIsGuess
  }

  /// Paragraphs laid out one sentence per line, with an empty line between paragraphs.
  static func layout(_ paragraphs: [String]) -> String {
    paragraphs.map { sentences($0).joined(separator: "\n") }.filter { !$0.isEmpty }
      .joined(separator: "\n\n")
  }

  /// A paragraph's sentences.
  static func sentences(_ paragraph: String) -> [String] {
    let characters = Array(paragraph)
    var lines: [String] = []
    var start = 0
    var index = 0
    while index < characters.count {
      if Scan.sentenceEnds.contains(characters[index]) {
        var end = index + 1
        while end < characters.count, Scan.closers.contains(characters[end]) { end += 1 }
        lines.append(String(characters[start..<end]))
        start = end
        index = end
        continue
      }
      index += 1
    }
    if start < characters.count { lines.append(String(characters[start...])) }
    return lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }
}
