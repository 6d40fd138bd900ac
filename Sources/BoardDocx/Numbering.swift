/// Word's automatic numbering (`word/numbering.xml`): each list's levels with their format
/// (`chineseCounting`, `decimal`, …) and text (`%1、`, `（%2）`, `%3.`), and the counters
/// that turn a paragraph's `w:numPr` into the number a reader sees.
struct Numbering {
  struct Level {
    var start = 1
    var format = "decimal"
    var text = ""
  }

  /// Levels by abstract list id.
  private var abstract: [String: [Int: Level]] = [:]
  /// Each list (`w:numId`): its abstract list and the starts it overrides.
  private var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
  /// The counters of each list, by level.
  private var counters: [String: [Int: Int]] = [:]

  init(_ root: XMLReader.Element?) {
    guard let root else { return }
    for element in root.all("w:abstractNum") {
      guard let id = element.attributes["w:abstractNumId"] else { continue }
      var levels: [Int: Level] = [:]
      for level in element.all("w:lvl") {
        guard let index = level.attributes["w:ilvl"].flatMap({ Int($0) }) else { continue }
        var value = Level()
        if let start = level.first("w:start")?.attributes["w:val"].flatMap({ Int($0) }) {
          value.start = start
        }
        if let format = level.first("w:numFmt")?.attributes["w:val"] { value.format = format }
        if let text = level.first("w:lvlText")?.attributes["w:val"] { value.text = text }
        levels[index] = value
      }
      abstract[id] = levels
    }
    for element in root.all("w:num") {
      guard let id = element.attributes["w:numId"],
        let base = element.first("w:abstractNumId")?.attributes["w:val"]
      else { continue }
      var starts: [Int: Int] = [:]
      for override in element.all("w:lvlOverride") {
        if let level = override.attributes["w:ilvl"].flatMap({ Int($0) }),
          let start = override.first("w:startOverride")?.attributes["w:val"].flatMap({ Int($0) })
        {
          starts[level] = start
        }
      }
      lists[id] = (base, starts)
    }
  }

  /// The visible number of the next paragraph of list `id` at `level` (`一、`, `（二）`,
  /// `3.`), counting it; empty for a bullet, a list Word leaves unnumbered (`0`) or one it
  /// does not know.
  mutating func next(list id: String, level: Int) -> String {
    guard id != "0", let list = lists[id], let levels = abstract[list.abstract],
      let format = levels[level]
    else { return "" }
    var counts = counters[id] ?? [:]
    let start = list.starts[level] ?? format.start
    counts[level] = (counts[level] ?? (start - 1)) + 1
    for deeper in counts.keys where deeper > level { counts[deeper] = nil }
    counters[id] = counts
    if format.format == "bullet" || format.format == "none" { return "" }
    var text = ""
    var characters = format.text[...]
    while let character = characters.first {
      characters = characters.dropFirst()
      if character == "%", let digit = characters.first?.wholeNumberValue {
        characters = characters.dropFirst()
        let shown = digit - 1
        let value = counts[shown] ?? (list.starts[shown] ?? levels[shown]?.start ?? 1)
        text += Numbering.format(value, levels[shown]?.format ?? "decimal")
      } else {
        text.append(character)
      }
    }
    return text
  }

  static let chineseDigits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// A number in one of Word's formats.
  static func format(_ value: Int, _ format: String) -> String {
    switch format {
    case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
      "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting":
      return chinese(value)
    case "chineseLegalSimplified":
      let legal: [Character: Character] = [
        "一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒", "八": "捌",
        "九": "玖", "十": "拾",
      ]
      return String(chinese(value).map { legal[$0] ?? $0 })
    case "decimalFullWidth", "decimalFullWidth2":
      return String(
        String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0) ?? $0) })
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      guard (1...20).contains(value), let circled = Unicode.Scalar(0x2460 + value - 1) else {
        return String(value)
      }
      return String(Character(circled))
    case "decimalZero":
      return value < 10 ? "0\(value)" : String(value)
    case "lowerLetter", "upperLetter":
      let letter = Character(Unicode.Scalar(UInt8(96 + (value - 1) % 26 + 1)))
      return format == "lowerLetter" ? String(letter) : String(letter).uppercased()
    case "lowerRoman", "upperRoman":
      let roman = Numbering.roman(value)
      return format == "lowerRoman" ? roman.lowercased() : roman
    default:
      return String(value)
    }
  }

  /// 1 … 99 as 一 … 九十九.
  static func chinese(_ value: Int) -> String {
    guard value > 0, value < 100 else { return String(value) }
    if value < 10 { return String(chineseDigits[value]) }
    let tens = value / 10
    let ones = value % 10
    return (tens == 1 ? "" : String(chineseDigits[tens])) + "十"
      + (ones == 0 ? "" : String(chineseDigits[ones]))
  }

  static func roman(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var value = value
    var text = ""
    for (amount, letters) in table {
      while value >= amount {
        text += letters
        value -= amount
      }
    }
    return text
  }
}
