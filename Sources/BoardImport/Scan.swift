/// Small character tests and text helpers the readers share.
enum Scan {
  /// A CJK ideograph.
  static func isHan(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
    default: return false
    }
  }

  /// The value of an ASCII or full-width digit.
  static func digit(_ character: Character) -> Int? {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first
    else { return nil }
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }

  static let chineseDigits: [Character: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
  ]

  /// 一 … 九十九 as a number; nil for anything else.
  static func chineseNumber(_ text: some Collection<Character>) -> Int? {
    let characters = Array(text)
    guard !characters.isEmpty, characters.count <= 3 else { return nil }
    if let ten = characters.firstIndex(of: "十") {
      let tens = ten == 0 ? 1 : (characters.count > 1 ? chineseDigits[characters[0]] : nil)
      guard let tens, ten <= 1 else { return nil }
      let rest = characters[(ten + 1)...]
      if rest.isEmpty { return tens * 10 }
      guard rest.count == 1, let ones = chineseDigits[rest[rest.startIndex]] else { return nil }
      return tens * 10 + ones
    }
    guard characters.count == 1 else { return nil }
    return chineseDigits[characters[0]]
  }

  static func isChineseNumeral(_ character: Character) -> Bool {
    character == "十" || chineseDigits[character] != nil
  }

  /// A whole number written in ASCII or full-width digits.
  static func number(_ text: some Collection<Character>) -> Int? {
    var value = 0
    var any = false
    for character in text {
      guard let digit = digit(character) else { return nil }
      value = value * 10 + digit
      any = true
      if value > 99_999 { return nil }
    }
    return any ? value : nil
  }

  /// Characters that end a sentence.
  static let sentenceEnds: Set<Character> = ["。", "！", "？"]

  /// Closing quotes and brackets that stay with the sentence they follow.
  static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "】", "\""]

  static let openBrackets: Set<Character> = ["（", "(", "【", "[", "［", "〔"]
  static let closeBrackets: Set<Character> = ["）", ")", "】", "]", "］", "〕"]

  /// Where a paragraph may end without the next line continuing it.
  static let paragraphEnds: Set<Character> = [
    "。", "！", "？", "；", "：", "…", "”", "’", "」", "』", "）", ")", "】", "》", "!", "?", ";", ":",
    "\"",
  ]

  /// The text without a trailing 。 (or . ；), as headings and titles are kept.
  static func withoutFinalStop(_ text: String) -> String {
    var text = text.trimmingWhitespace()
    while let last = text.last, last == "。" || last == "；" || last == ";" {
      text.removeLast()
      text = text.trimmingWhitespace()
    }
    return text
  }

  /// A short excerpt for the report: at most `limit` characters, on one line.
  static func excerpt(_ text: String, limit: Int = 40) -> String {
    let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }).trimmingWhitespace()
    return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
  }

  /// Splits at separators outside brackets: units such as 区市场监督管理局（区知识产权局）
  /// keep their bracket.
  static func splitOutsideBrackets(
    _ text: String, where isSeparator: (Character) -> Bool
  ) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      if openBrackets.contains(character) {
        depth += 1
      } else if closeBrackets.contains(character) {
        depth = max(0, depth - 1)
      }
      if depth == 0 && isSeparator(character) {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }
}
