/// The `名称: 值` lines of a government web page (索引号, 发布机构, 文号, 生效时间 …): where
/// they exist they are the most reliable source of the plan's fields.
struct Metadata: Sendable {
  struct Value: Hashable, Sendable {
    var text: String
    var line: Int
  }

  static let keys = [
    "索引号", "主题分类", "体裁分类", "发布机构", "发文机关", "公开日期", "发布日期", "发布时间", "成文日期",
    "发文日期", "印发日期", "标题", "名称", "文号", "发文字号", "生效时间", "生效日期", "施行日期", "终止时间",
    "失效时间", "废止日期", "有效期", "来源", "信息来源", "有效性", "所属机构", "分类", "主题词",
  ]

  private(set) var values: [String: Value] = [:]

  func value(_ key: String) -> Value? { values[key] }

  /// Reads a line; returns whether it was a metadata line.
  mutating func read(_ line: SourceLine) -> Bool {
    let characters = Array(line.text.trimmingWhitespace())
    guard characters.count <= 160, !characters.contains("。"),
      let first = Metadata.key(at: 0, in: characters), first.start == 0
    else { return false }
    var found: [(key: String, start: Int, valueStart: Int)] = []
    var index = 0
    while index < characters.count {
      if let key = Metadata.key(at: index, in: characters),
        index == 0 || characters[index - 1] == " " || characters[index - 1] == "\u{3000}"
          || characters[index - 1] == "\t"
      {
        found.append((key.name, index, key.valueStart))
        index = key.valueStart
      } else {
        index += 1
      }
    }
    for (offset, entry) in found.enumerated() {
      let end = offset + 1 < found.count ? found[offset + 1].start : characters.count
      let text = String(characters[entry.valueStart..<end]).trimmingWhitespace()
      if values[entry.key] == nil && !text.isEmpty {
        values[entry.key] = Value(text: text, line: line.number)
      }
    }
    return true
  }

  private static func key(at index: Int, in characters: [Character]) -> (
    name: String, start: Int, valueStart: Int
  )? {
    for key in keys {
      let keyCharacters = Array(key)
      guard index + keyCharacters.count < characters.count,
        Array(characters[index..<(index + keyCharacters.count)]) == keyCharacters
      else { continue }
      var colon = index + keyCharacters.count
      while colon < characters.count, characters[colon] == " " { colon += 1 }
      guard colon < characters.count, characters[colon] == ":" || characters[colon] == "：" else {
        continue
      }
      return (key, index, colon + 1)
    }
    return nil
  }
}
