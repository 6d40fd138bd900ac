/// Unit labels: `（责任单位：A；配合单位：B、C）`, `(牵头单位:A、B,责任单位:C)`, a line
/// `牵头单位：A` before the text, `（A牵头，B、C配合）`, and 完成时限 beside them.
///
/// Which role each label means is not decided here: a document decides it as a whole
/// (`LabelRoles`).
enum UnitLabels {
  /// What a label says it is.
  enum Kind: Hashable, Sendable {
    /// 牵头单位 and its kin: always the lead.
    case lead
    /// 责任单位: the lead, unless the same label names a 牵头单位 (then cooperating).
    case responsible
    /// 配合单位 and its kin.
    case cooperating
    /// 完成时限 and its kin.
    case deadline
  }

  static let labels: [(String, Kind)] = [
    ("牵头单位", .lead), ("牵头部门", .lead), ("主办单位", .lead), ("负责单位", .lead), ("主责单位", .lead),
    ("责任单位", .responsible), ("责任部门", .responsible), ("实施单位", .responsible),
    ("配合单位", .cooperating), ("配合部门", .cooperating), ("协办单位", .cooperating),
    ("协同单位", .cooperating), ("参与单位", .cooperating), ("支持单位", .cooperating),
    ("协助单位", .cooperating),
    ("完成时限", .deadline), ("完成时间", .deadline), ("完成期限", .deadline), ("时间节点", .deadline),
    ("时限要求", .deadline), ("时间要求", .deadline), ("时间安排", .deadline), ("时限", .deadline),
  ]

  /// `X牵头` / `Y配合` inside brackets, without colons.
  static let suffixes: [(String, Kind)] = [
    ("牵头", .lead), ("负责", .lead), ("配合", .cooperating), ("参与", .cooperating),
    ("协助", .cooperating), ("协办", .cooperating),
  ]

  /// One label and the text after it.
  struct Entry: Hashable, Sendable {
    var label: String
    var kind: Kind
    var value: String

    /// The unit names, split at 、，,；; and spaces (not inside brackets).
    var units: [String] {
      UnitLabels.unitNames(value)
    }
  }

  /// The labels of one bracket or one line.
  struct Group: Hashable, Sendable {
    var entries: [Entry]
    var line: Int
  }

  static func unitNames(_ value: String) -> [String] {
    Scan.splitOutsideBrackets(value) { "、，,；;/ \u{3000}".contains($0) }
      .map { name in
        var name = name
        while let last = name.last, "。.：:".contains(last) { name.removeLast() }
        return name
      }
      .filter { !$0.isEmpty && $0 != "无" && $0 != "—" && $0 != "-" }
  }

  /// The label that starts at `index`, with where its value starts (after the colon).
  static func label(at index: Int, in characters: [Character]) -> (String, Kind, Int)? {
    for (label, kind) in labels {
      let end = index + label.count
      guard end <= characters.count, characters[index..<end].elementsEqual(label) else { continue }
      var colon = end
      while colon < characters.count, characters[colon] == " " { colon += 1 }
      guard colon < characters.count, characters[colon] == "：" || characters[colon] == ":" else {
        continue
      }
      return (label, kind, colon + 1)
    }
    return nil
  }

  /// The labels in a text that is nothing but labels: `责任单位：A；配合单位：B、C`.
  static func parse(_ text: String, line: Int) -> Group? {
    let characters = Array(text.trimmingWhitespace())
    guard let first = label(at: 0, in: characters) else { return suffixForm(text, line: line) }
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
      entries.append(Entry(label: item.0, kind: item.1, value: value.trimmingWhitespace()))
    }
    return Group(entries: entries, line: line)
  }

  /// `区科技局牵头，区财政局、区教委配合`: every part ends in 牵头, 负责, 配合 or 参与.
  static func suffixForm(_ text: String, line: Int) -> Group? {
    let parts = Scan.splitOutsideBrackets(text) { "，,；;".contains($0) }
    guard !parts.isEmpty else { return nil }
    var entries: [Entry] = []
    for part in parts {
      guard let (suffix, kind) = suffixes.first(where: { part.hasSuffix($0.0) }),
        part.count > suffix.count
      else { return nil }
      let value = String(part.dropLast(suffix.count))
      guard unitNames(value).allSatisfy({ $0.count >= 3 }) else { return nil }
      entries.append(Entry(label: suffix, kind: kind, value: value))
    }
    guard entries.contains(where: { $0.kind == .lead }) else { return nil }
    return Group(entries: entries, line: line)
  }

  /// Takes every label out of a paragraph of a task: brackets that hold labels, a paragraph
  /// that is a label, labels after the last sentence. Returns the text left and the labels.
  static func extract(from text: String, line: Int) -> (String, [Group]) {
    var characters = Array(text)
    var groups: [Group] = []
    // Brackets whose content is labels.
    var index = 0
    while index < characters.count {
      guard "（(【[".contains(characters[index]),
        let close = matchingClose(characters, from: index)
      else {
        index += 1
        continue
      }
      let inner = String(characters[(index + 1)..<close])
      if let group = parse(inner, line: line) {
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
    // Labels after the last sentence: …形成工作合力。责任单位：区市场监管局
    for position in stride(from: characters.count - 1, to: 0, by: -1)
    where "。；;".contains(characters[position - 1]) && label(at: position, in: characters) != nil {
      if let group = parse(String(characters[position...]), line: line) {
        groups.append(group)
        characters.removeSubrange(position...)
      }
      break
    }
    return (String(characters).trimmingWhitespace(), groups)
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
