/// The jurisdiction (黔江区, 泸州市) a document names. Never guessed: it is read from the
/// title, the issuer, or a document number whose name the text spells out in full.
enum Jurisdiction {
  /// Administrative suffixes, longest first.
  static let suffixes = ["自治区", "自治州", "自治县", "新区", "省", "市", "区", "县", "州", "旗", "盟"]

  /// Characters a place name never starts with: 全市, 各区, 我区, 本县.
  static let notFirst: Set<Character> = [
    "关", "全", "各", "本", "我", "该", "其", "此", "这", "市", "区", "县", "省", "在", "对", "为", "于", "和",
    "与",
  ]
  static let notInside: Set<Character> = ["的", "和", "与", "及", "等", "之", "在", "对", "为", "了"]

  /// The places a text starts with, outermost first: 重庆市黔江区… gives [重庆市, 黔江区].
  static func leadingPlaces(_ text: String) -> [String] {
    let characters = Array(text.trimmingWhitespace())
    var places: [String] = []
    var index = 0
    outer: while index < characters.count {
      for length in 2...4 {
        let end = index + length
        guard end < characters.count else { break }
        let name = characters[index..<end]
        guard name.allSatisfy(Scan.isHan), !notFirst.contains(name[name.startIndex]),
          !name.contains(where: { notInside.contains($0) })
        else { break }
        for suffix in suffixes where characters[end...].starts(with: suffix) {
          places.append(String(name) + suffix)
          index = end + suffix.count
          continue outer
        }
      }
      break
    }
    return places
  }

  /// The innermost place a text starts with.
  static func innermost(_ text: String) -> String? {
    leadingPlaces(text).last
  }

  /// The level a text names without a name: 区人民政府 → 区.
  static func unnamedLevel(_ text: String) -> String? {
    let text = text.trimmingWhitespace()
    for suffix in ["区", "县", "市"]
    where text.hasPrefix(suffix + "人民政府") || text.hasPrefix(suffix + "政府") {
      return suffix
    }
    return nil
  }

  /// The place a document number abbreviates (襄州政发〔2023〕7号 → 襄州), spelled out in the
  /// text (襄州区): the first occurrence, with its line.
  static func fromNumber(
    _ number: String, level: String?, in lines: [SourceLine]
  ) -> (String, Int)? {
    let name = String(number.prefix { Scan.isHan($0) }.prefix(2))
    guard name.count == 2 else { return nil }
    let levels = level.map { [$0] } ?? ["区", "县", "市"]
    for line in lines {
      for suffix in levels where line.text.contains(name + suffix) {
        return (name + suffix, line.number)
      }
    }
    return nil
  }

  /// `NAME区人民政府` spelled out in the text, when exactly one such name is of the level the
  /// title or issuer names (a document citing 襄阳市人民政府 is not 襄阳市's).
  static func fromGovernment(level: String, in lines: [SourceLine]) -> (String, Int)? {
    var found: [String: Int] = [:]
    for line in lines {
      let characters = Array(line.text)
      var index = 0
      while index + 2 < characters.count {
        if characters[index] == Character(level),
          characters[(index + 1)...].starts(with: "人民政府"), index >= 2
        {
          let name = characters[(index - 2)..<index]
          if name.allSatisfy(Scan.isHan), !notFirst.contains(name[name.startIndex]),
            index < 3 || !Scan.isHan(characters[index - 3])
              || "市省".contains(characters[index - 3])
          {
            let place = String(name) + level
            if found[place] == nil { found[place] = line.number }
          }
        }
        index += 1
      }
    }
    guard found.count == 1, let (place, line) = found.first else { return nil }
    return (place, line)
  }

  /// The name without its administrative suffix: 黔江区 → 黔江, for ids.
  static func stem(_ place: String) -> String {
    for suffix in suffixes where place.hasSuffix(suffix) && place.count > suffix.count + 1 {
      return String(place.dropLast(suffix.count))
    }
    return place
  }
}
