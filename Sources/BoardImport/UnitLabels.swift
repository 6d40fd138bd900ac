/// Unit labels: `（责任单位：A；配合单位：B、C）`, `(牵头单位:A、B,责任单位:C)`, a line
/// `牵头单位：A` before the text, `（A牵头，B、C配合）` and the other prose forms
/// (`ProseLabels`), `（A、B负责）`, and 完成时限 beside them.
///
/// Which role each label means is not decided here: a document decides it as a whole
/// (`LabelRoles`). The same vocabulary reads a table's header (`kind(ofHeader:)`).
enum UnitLabels {
  /// What a label says it is.
  enum Kind: Hashable, Sendable {
    /// 牵头单位 and its kin: always the lead.
    case lead
    /// 责任单位, 负责单位: the lead, unless the same task names a 牵头单位 (then cooperating).
    case responsible
    /// `（A、B负责）`: jointly responsible. All lead, unless the task names a lead (then
    /// cooperating) or the document says the first listed leads (then the rest cooperate).
    case jointly
    /// 配合单位 and its kin.
    case cooperating
    /// 完成时限 and its kin.
    case deadline
  }

  /// Every label, for text and table headers alike.
  static let labels: [(String, Kind)] = [
    ("牵头单位", .lead), ("牵头部门", .lead), ("主办单位", .lead), ("主责单位", .lead), ("主责部门", .lead),
    ("责任单位", .responsible), ("责任部门", .responsible), ("负责单位", .responsible),
    ("负责部门", .responsible), ("实施单位", .responsible), ("承办单位", .responsible),
    ("配合单位", .cooperating), ("配合部门", .cooperating), ("协办单位", .cooperating),
    ("协同单位", .cooperating), ("参与单位", .cooperating), ("参与部门", .cooperating),
    ("支持单位", .cooperating), ("协助单位", .cooperating), ("协作单位", .cooperating),
    ("完成时限", .deadline), ("完成时间", .deadline), ("完成期限", .deadline), ("时间节点", .deadline),
    ("时限要求", .deadline), ("时间要求", .deadline), ("时间安排", .deadline), ("进度安排", .deadline),
    ("时限", .deadline),
    // An office's own plan names its divisions (处室, 科室), or gives the role alone.
    ("牵头处室", .lead), ("牵头科室", .lead), ("责任处室", .responsible), ("责任科室", .responsible),
    ("配合处室", .cooperating), ("配合科室", .cooperating), ("牵头", .lead), ("责任", .responsible),
    ("配合", .cooperating), ("参与", .cooperating), ("协办", .cooperating), ("协同", .cooperating),
  ]

  /// The stems a table header is read by where it is not a label of the list
  /// (`牵头单位（部门）`, `主要责任单位`): the same roles as the labels.
  static let stems: [(String, Kind)] = [
    ("牵头", .lead), ("主办", .lead), ("主责", .lead), ("责任", .responsible), ("负责", .responsible),
    ("承办", .responsible), ("配合", .cooperating), ("协办", .cooperating), ("参与", .cooperating),
    ("协同", .cooperating), ("协助", .cooperating), ("协作", .cooperating), ("支持", .cooperating),
    ("时限", .deadline), ("完成时间", .deadline), ("时间节点", .deadline), ("期限", .deadline),
    ("进度安排", .deadline), ("时间安排", .deadline),
  ]

  /// What a table header names, by the labels' vocabulary.
  static func kind(ofHeader header: String) -> Kind? {
    if let exact = labels.first(where: { $0.0 == header }) { return exact.1 }
    return stems.first { header.contains($0.0) }?.1
  }

  /// One label and the text after it.
  struct Entry: Hashable, Sendable {
    var label: String
    var kind: Kind
    var value: String

    /// The unit names (`UnitNames`).
    var units: [String] {
      UnitNames.split(value).names
    }
  }

  /// The labels of one bracket or one line.
  struct Group: Hashable, Sendable {
    var entries: [Entry]
    var line: Int
  }

  /// The label that starts at `index`, with where its value starts (after the colon).
  static func label(at index: Int, in characters: [Character]) -> (String, Kind, Int)? {
    for (label, kind) in labels {
      let end = index + label.count
      guard end <= characters.count, characters[index..<end].elementsEqual(label) else { continue }
      var colon = end
      while colon < characters.count, characters[colon] == " " || characters[colon] == "\u{3000}" {
        colon += 1
      }
      guard colon < characters.count else { continue }
      if characters[colon] == "：" || characters[colon] == ":" { return (label, kind, colon + 1) }
      // The colon left out, a space in its place: `（责任单位 区市场监管局；…）`.
      if colon > end, Scan.isHan(characters[colon]) { return (label, kind, colon) }
    }
    return nil
  }

  /// The labels in a text that is nothing but labels: `责任单位：A；配合单位：B、C`, or a
  /// prose form (`ProseLabels`), either with a time limit beside it (`；9月底前`) or the
  /// document's rule inside it (`排在第一位的为牵头单位，下同`). A bracket at the end of a task
  /// (`trailing`) may also be a time limit alone (`（2025年6月底前）`, `（持续推进）`) or a bare
  /// list of units (`（省知识产权局、省科技厅）`), jointly responsible.
  static func parse(_ text: String, line: Int, trailing: Bool = false) -> Group? {
    var clauses = Scan.splitOutsideBrackets(text) { "，,；;。".contains($0) }
    let rules = clauses.filter(DocumentRules.isFirstListedRule)
    clauses.removeAll(where: DocumentRules.isFirstListedRule)
    var deadlines: [Entry] = []
    for clause in clauses where isDeadline(clause) {
      deadlines.append(Entry(label: "完成时限", kind: .deadline, value: clause))
    }
    clauses.removeAll(where: isDeadline)
    let cleaned =
      rules.isEmpty && deadlines.isEmpty
      ? text.trimmingWhitespace() : clauses.joined(separator: "；")
    if cleaned.isEmpty {
      return trailing && !deadlines.isEmpty ? Group(entries: deadlines, line: line) : nil
    }
    let characters = Array(cleaned)
    guard let first = label(at: 0, in: characters) else {
      if let prose = ProseLabels.parse(cleaned, line: line) {
        return Group(entries: prose.entries + deadlines, line: line)
      }
      if trailing, isUnitList(cleaned) {
        return Group(
          entries: [Entry(label: listLabel, kind: .jointly, value: cleaned)] + deadlines, line: line
        )
      }
      return nil
    }
    var found: [(String, Kind, Int, Int)] = [(first.0, first.1, 0, first.2)]
    var index = first.2
    while index < characters.count {
      if let next = label(at: index, in: characters) {
        found.append((next.0, next.1, index, next.2))
        index = next.2
      } else {
        index += 1
      }
    }
    var entries: [Entry] = []
    for (offset, item) in found.enumerated() {
      let end = offset + 1 < found.count ? found[offset + 1].2 : characters.count
      var value = String(characters[item.3..<end]).trimmingWhitespace()
      while let last = value.last, "；;，,。 ".contains(last) { value.removeLast() }
      entries += withCooperatingTail(
        Entry(label: item.0, kind: item.1, value: value.trimmingWhitespace()))
    }
    return Group(entries: entries + deadlines, line: line)
  }

  /// A lead or responsible label whose list goes on in words after a comma
  /// (`责任单位：市市场监管局，市科技局、市工信局配合`): the units before it keep the label, the
  /// words name cooperating units.
  static func withCooperatingTail(_ entry: Entry) -> [Entry] {
    guard entry.kind == .lead || entry.kind == .responsible else { return [entry] }
    let clauses = Scan.splitOutsideBrackets(entry.value) { "，,".contains($0) }
    guard clauses.count >= 2 else { return [entry] }
    for split in 1..<clauses.count {
      let tail = clauses[split...].joined(separator: "，")
      guard let prose = ProseLabels.parse(tail, line: 0, requireLead: false),
        prose.entries.allSatisfy({ $0.kind == .cooperating })
      else { continue }
      let head = Entry(
        label: entry.label, kind: entry.kind, value: clauses[..<split].joined(separator: "、"))
      return [head] + prose.entries
    }
    return [entry]
  }

  /// The label a bare list of units is reported under.
  static let listLabel = "（单位名单）"

  /// A time limit standing alone: `9月底前`, `2025年6月底前`, `持续推进`, `长期`.
  static func isDeadline(_ clause: String) -> Bool {
    let text = clause.trimmingWhitespace()
    guard text.count <= 16, Deadlines.field(text, year: 2000) != nil else { return false }
    return ["底", "前", "末", "月", "长期", "持续", "常态", "年"].contains { text.contains($0) }
      && !text.contains { Scan.isHan($0) && !"年月日底前末之以长期持续推进常态化坚每度内完成".contains($0) }
  }

  /// `省知识产权局、省科技厅`: nothing but names that read as units.
  static func isUnitList(_ text: String) -> Bool {
    let names = UnitNames.split(text).names
    let asides = ["简称", "包括", "含", "即", "如", "以下", "下称"]
    return !names.isEmpty && names.allSatisfy(UnitNames.looksLikeUnit)
      && names.contains { $0.count >= 3 } && !asides.contains(where: text.contains)
  }

  /// Takes every label out of a paragraph of a task: brackets that hold labels, a paragraph
  /// that is a label, labels or a prose form (`由X负责`) after the last sentence. Returns the
  /// text left and the labels.
  static func extract(from text: String, line: Int) -> (String, [Group]) {
    var characters = bracketedLabels(Array(text))
    var groups: [Group] = []
    // Brackets whose content is labels.
    var index = 0
    while index < characters.count {
      guard Scan.openBrackets.contains(characters[index]),
        let close = matchingClose(characters, from: index)
      else {
        index += 1
        continue
      }
      let inner = String(characters[(index + 1)..<close])
      let trailing = characters[(close + 1)...].allSatisfy { "。；;.． ".contains($0) }
      if let group = parse(inner, line: line, trailing: trailing) {
        groups.append(group)
        characters.removeSubrange(index...close)
      } else {
        index += 1
      }
    }
    // A paragraph that starts with a label: it runs to the end, or to the first 。.
    if label(at: 0, in: characters) != nil {
      let stop = characters.firstIndex(of: "。") ?? characters.count
      if let group = parse(String(characters[..<stop]), line: line) {
        groups.append(group)
        let rest = stop < characters.count ? characters[(stop + 1)...] : []
        return (String(rest).trimmingWhitespace(), groups)
      }
    }
    // Labels after the last sentence: …形成工作合力。责任单位：区市场监管局, from the first
    // of them (…。牵头单位：A；配合单位：B。).
    for position in 1..<max(1, characters.count)
    where "。；;".contains(characters[position - 1]) && label(at: position, in: characters) != nil {
      if let group = parse(String(characters[position...]), line: line) {
        groups.append(group)
        characters.removeSubrange(position...)
        break
      }
    }
    // Units in words as the last sentence: …违法行为。市市场监管局牵头，市公安局按职责分工负责。
    var end = characters.count
    while end > 0, "。 ".contains(characters[end - 1]) { end -= 1 }
    if end > 0, let stop = characters[..<end].lastIndex(where: Scan.sentenceEnds.contains),
      let group = ProseLabels.parse(String(characters[(stop + 1)..<end]), line: line)
    {
      groups.append(group)
      characters.removeSubrange((stop + 1)...)
    }
    return (String(characters).trimmingWhitespace(), groups)
  }

  /// A label written in a bracket of its own, its units after it (`【牵头单位】A【配合单位】B`),
  /// read as the label with a colon (`牵头单位：A配合单位：B`).
  static func bracketedLabels(_ characters: [Character]) -> [Character] {
    var result: [Character] = []
    var index = 0
    while index < characters.count {
      if Scan.openBrackets.contains(characters[index]),
        let close = matchingClose(characters, from: index),
        close - index - 1 <= 4,
        // A whole label (牵头单位), not a role alone: `市科技局（牵头）` marks a lead.
        let label = labels.first(where: {
          $0.0.count >= 4 && characters[(index + 1)..<close].elementsEqual($0.0)
        })?.0,
        close + 1 < characters.count, !Scan.closeBrackets.contains(characters[close + 1])
      {
        result += Array(label)
        if characters[close + 1] != "：" && characters[close + 1] != ":" { result.append("：") }
        index = close + 1
      } else {
        result.append(characters[index])
        index += 1
      }
    }
    return result
  }

  /// The longest bracket read as a label: labels are short, and a bracket left open in a long
  /// text must not make every later bracket scan to the end.
  static let longestLabel = 400

  static func matchingClose(_ characters: [Character], from open: Int) -> Int? {
    var depth = 0
    for index in open..<min(characters.count, open + longestLabel) {
      if Scan.openBrackets.contains(characters[index]) { depth += 1 }
      if Scan.closeBrackets.contains(characters[index]) {
        depth -= 1
        if depth == 0 { return index }
      }
    }
    return nil
  }
}
