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
    let clean = visible(text)
    var lines: [SourceLine] = []
    var number = 0
    for raw in clean.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      lines.append(SourceLine(number: number, text: String(raw)))
    }
    return lines
  }

  /// The text without control characters but tab and line break: nothing in a plan needs
  /// them, and an escape sequence from a hostile page must not reach a terminal or a board
  /// file.
  static func visible(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var afterReturn = false
    for scalar in text.unicodeScalars {
      defer { afterReturn = scalar == "\r" }
      switch scalar.value {
      case 0x0D: scalars.append("\n")  // \r\n, or an old Mac's \r alone: one line break
      case 0x0A: if !afterReturn { scalars.append(scalar) }
      case 0x09: scalars.append(scalar)
      case 0x00...0x1F, 0x7F...0x9F: continue
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
