/// Rules a plan states once for all its tasks: that the first unit listed leads
/// (`排在第一位的为牵头单位`, `列第一位者为牵头单位`, `下同`), and standing units
/// (`以下均需各区政府落实，不再列出`: they cooperate on every later task).
enum DocumentRules {
  /// A standing rule: units that cooperate on every task after `line`.
  struct Standing: Hashable, Sendable {
    var units: [String]
    var line: Int
    var written: String
  }

  /// `排在第一位的为牵头单位`, `列第一位者为牵头单位`, `排在第一位的部门为牵头部门`,
  /// `首位为牵头单位`, and the `下同` that carries it on.
  static func isFirstListedRule(_ clause: String) -> Bool {
    let text = clause.trimmingWhitespace()
    if ["下同", "以下同", "后同"].contains(text) { return true }
    let first = ["第一位", "首位", "第一个", "排第一", "列第一", "排名第一", "第一家"]
    return first.contains(where: text.contains) && (text.contains("牵头") || text.contains("主责"))
      && text.count <= 40
  }

  /// Whether some clause of the document states the first-listed rule.
  static func firstListedLeads(_ lines: [SourceLine]) -> Bool {
    lines.contains { line in
      Scan.splitOutsideBrackets(line.text) { "，,；;。（）()".contains($0) }
        .contains { isFirstListedRule($0) && !["下同", "以下同", "后同"].contains($0) }
    }
  }

  /// Every standing rule of the text: a sentence saying units are not listed again (不再列出,
  /// 不再一一列出, 不再单独列出, 不再重复列出) and naming them after 均需 / 均须 / 均由 /
  /// 需 / 由, up to 落实 / 负责 / 参与 / 配合.
  static func standing(_ lines: [SourceLine]) -> [Standing] {
    var found: [Standing] = []
    for line in lines {
      // Sentences end at 。 outside brackets, so that a unit's own bracket (各镇（街道）)
      // stays in it; a rule written in a bracket of its own is read without it.
      let sentences = Scan.splitOutsideBrackets(line.text) { $0 == "。" }
      for sentence in sentences where sentence.contains("不再") && sentence.contains("列出") {
        guard let units = standingUnits(unbracketed(sentence)) else { continue }
        found.append(Standing(units: units, line: line.number, written: sentence))
      }
    }
    return found
  }

  /// The sentence without a bracket around it: `（以下均需各区政府落实，不再列出）`.
  private static func unbracketed(_ sentence: String) -> String {
    var text = sentence
    if let first = text.first, Scan.openBrackets.contains(first) { text.removeFirst() }
    if let last = text.last, Scan.closeBrackets.contains(last),
      text.filter(Scan.openBrackets.contains).count < text.filter(Scan.closeBrackets.contains).count
    {
      text.removeLast()
    }
    return text
  }

  private static let adverbs = ["共同", "协同", "分别", "认真", "抓好", "积极", "切实", "统筹", "具体"]

  private static func standingUnits(_ sentence: String) -> [String]? {
    let starts = ["均需要", "均需", "均须", "均由", "都需", "都由", "需要", "需", "须", "由"]
    let ends = ["负责落实", "组织落实", "落实", "负责", "参与", "配合", "承担", "推进"]
    for start in starts {
      guard let from = sentence.firstRange(of: start) else { continue }
      let rest = sentence[from.upperBound...]
      for end in ends {
        guard let to = rest.firstRange(of: end) else { continue }
        var value = String(rest[..<to.lowerBound])
        // 各镇（街道）、各园区共同落实: the adverb before the verb is no part of a name.
        while let adverb = adverbs.first(where: { value.hasSuffix($0) && value.count > $0.count }) {
          value.removeLast(adverb.count)
        }
        let names = UnitNames.split(value).names
        if !names.isEmpty, names.allSatisfy(UnitNames.looksLikeUnit) { return names }
      }
    }
    return nil
  }
}
