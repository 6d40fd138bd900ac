import BoardCore

/// A plan's period as written: （2022—2024年）, (2024—2025年), 2025—2027年, 有效期至….
enum Period {
  static let dashes: Set<Character> = ["—", "–", "-", "－", "~", "～", "至", "─"]

  /// The first and last year of a period written in the text.
  static func years(in text: String) -> (Int, Int)? {
    let characters = Array(text)
    var index = 0
    while index + 4 <= characters.count {
      if let first = year(characters, at: index) {
        var after = index + 4
        if after < characters.count, characters[after] == "年" { after += 1 }
        var dashEnd = after
        while dashEnd < characters.count, dashes.contains(characters[dashEnd]) { dashEnd += 1 }
        if dashEnd > after, let last = year(characters, at: dashEnd), last >= first,
          last - first <= 30
        {
          return (first, last)
        }
      }
      index += 1
    }
    return nil
  }

  /// The first year a text names (`2025年工作要点` → 2025).
  static func firstYear(in text: String) -> Int? {
    let characters = Array(text)
    return characters.indices.lazy.compactMap { year(characters, at: $0) }.first
  }

  private static func year(_ characters: [Character], at index: Int) -> Int? {
    guard index + 4 <= characters.count,
      index == 0 || Scan.digit(characters[index - 1]) == nil,
      index + 4 == characters.count || Scan.digit(characters[index + 4]) == nil,
      let value = Scan.number(characters[index..<(index + 4)]), value >= 1900, value <= 2200
    else { return nil }
    return value
  }

  /// A line that is only a period in brackets: （2022—2024年）.
  static func isBracketedPeriod(_ text: String) -> Bool {
    let text = text.trimmingWhitespace()
    guard let first = text.first, let last = text.last, first == "（" || first == "(",
      last == "）" || last == ")", text.count <= 16
    else { return false }
    return years(in: text) != nil
  }

  /// The text without a period in brackets at its end.
  static func withoutBracketedPeriod(_ text: String) -> String {
    guard let last = text.last, last == "）" || last == ")",
      let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }),
      isBracketedPeriod(String(text[open...]))
    else { return text }
    return String(text[..<open])
  }

  /// 有效期至2025年12月31日.
  static func validUntil(_ text: String) -> Day? {
    guard let range = text.firstRange(of: "有效期至") else { return nil }
    return DocumentDate.parse(String(text[range.upperBound...]))
  }
}
