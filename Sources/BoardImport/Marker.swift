/// The number in front of a heading or an item: 一、 （一） (一) 1. 1 . 1． 1、 （1） ①.
///
/// Documents nest these kinds in their own order; `Outline` works out the levels from the
/// order in which the kinds appear, so only the kind and the number are read here.
struct Marker: Hashable, Sendable {
  enum Kind: String, Hashable, Sendable {
    /// 一、
    case chineseComma
    /// （一） or (一)
    case parenChinese
    /// 1. or 1 . or 1．
    case arabicDot
    /// 1、
    case arabicComma
    /// （1） or (1)
    case parenArabic
    /// ①
    case circled
  }

  var kind: Kind
  /// Nil when the document left the number out: `()落实知识产权经费保障`.
  var number: Int?
  /// The marker as written, spaces after it included.
  var written: String
  /// How many characters it takes.
  var length: Int { written.count }

  /// The marker at the start of `characters`, if there is one.
  static func at(_ characters: ArraySlice<Character>) -> Marker? {
    guard let first = characters.first else { return nil }
    let start = characters.startIndex
    func finish(_ kind: Kind, _ number: Int?, _ end: Int) -> Marker? {
      var end = end
      // Nothing but the marker is not a heading; spaces after it belong to it.
      while end < characters.endIndex, characters[end] == " " || characters[end] == "\u{3000}" {
        end += 1
      }
      return Marker(kind: kind, number: number, written: String(characters[start..<end]))
    }
    if Scan.isChineseNumeral(first) {
      var index = start
      while index < characters.endIndex, index - start < 3, Scan.isChineseNumeral(characters[index])
      {
        index += 1
      }
      guard index < characters.endIndex, characters[index] == "、",
        let number = Scan.chineseNumber(characters[start..<index])
      else { return nil }
      return finish(.chineseComma, number, index + 1)
    }
    if first == "（" || first == "(" {
      var index = start + 1
      while index < characters.endIndex, index - start <= 3,
        Scan.isChineseNumeral(characters[index]) || Scan.digit(characters[index]) != nil
      {
        index += 1
      }
      guard index < characters.endIndex, characters[index] == "）" || characters[index] == ")"
      else { return nil }
      let inner = characters[(start + 1)..<index]
      if inner.isEmpty {
        // `()` with the number left out: only a marker where an item must stand.
        return finish(.parenChinese, nil, index + 1)
      }
      if let number = Scan.chineseNumber(inner) { return finish(.parenChinese, number, index + 1) }
      if inner.count <= 2, let number = Scan.number(inner) {
        return finish(.parenArabic, number, index + 1)
      }
      return nil
    }
    if let circled = circledNumber(first) {
      return finish(.circled, circled, start + 1)
    }
    if Scan.digit(first) != nil {
      var index = start
      while index < characters.endIndex, Scan.digit(characters[index]) != nil { index += 1 }
      guard index - start <= 2, let number = Scan.number(characters[start..<index]) else {
        return nil
      }
      var after = index
      // `1 .` as the IP pilot plan writes it: at most two spaces before the dot.
      while after < characters.endIndex, after - index < 2, characters[after] == " " { after += 1 }
      guard after < characters.endIndex else { return nil }
      let mark = characters[after]
      if mark == "、" && after == index { return finish(.arabicComma, number, after + 1) }
      guard mark == "." || mark == "．" else { return nil }
      // 1.25 is a number, not an item.
      if after + 1 < characters.endIndex, Scan.digit(characters[after + 1]) != nil { return nil }
      return finish(.arabicDot, number, after + 1)
    }
    return nil
  }

  private static func circledNumber(_ character: Character) -> Int? {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1
    else { return nil }
    switch scalar.value {
    case 0x2460...0x2473: return Int(scalar.value - 0x2460) + 1
    default: return nil
    }
  }
}
