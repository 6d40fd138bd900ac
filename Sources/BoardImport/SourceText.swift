/// One line of the document as given, with its 1-based number for the report.
struct SourceLine: Hashable, Sendable {
  var number: Int
  var text: String
}

/// Turns the bytes of a document into lines, refusing what is not text.
enum SourceText {
  static func lines(_ bytes: [UInt8]) throws(ImportError) -> [SourceLine] {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let nul = bytes.firstIndex(of: 0) {
      throw .binary(detail: "a NUL byte at byte \(nul + 1)")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .binary(detail: "invalid UTF-8")
    }
    var controls = 0
    for scalar in text.unicodeScalars where scalar.value < 0x20 {
      if scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{0C}" { controls += 1 }
    }
    // A few stray control characters happen in copied text; many mean a binary file.
    if controls > 8 && controls * 100 > text.unicodeScalars.count {
      throw .binary(detail: "\(controls) control characters")
    }
    guard text.contains(where: { !$0.isWhitespace }) else { throw .empty }
    var lines: [SourceLine] = []
    var number = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var line = String(raw)
      while line.last == "\r" || line.last == "\u{0C}" { line.removeLast() }
      lines.append(SourceLine(number: number, text: line))
    }
    return lines
  }
}
