/// Units named in words rather than by labels: `X牵头，Y配合`, `X牵头、Y参与`,
/// `X牵头，Y按职责分工负责`, `X会同Y负责`, `X、Y牵头负责`, `由X负责`, `X、Y等负责`,
/// `X为牵头单位，Y为配合单位`.
///
/// The whole text must be such words: every stretch between role words a list of names that
/// read as units (`UnitNames.looksLikeUnit`), nothing else left. So `由企业自主负责` or
/// `各地要加强配合` are prose, not labels.
enum ProseLabels {
  /// Role words, longest first so 按职责分工负责 is not read as 负责.
  static let words: [(String, UnitLabels.Kind)] = [
    ("按职责分工负责", .jointly), ("按职责分工配合", .cooperating), ("按职能分工负责", .jointly),
    ("为牵头单位", .lead), ("为牵头部门", .lead), ("为配合单位", .cooperating),
    ("为配合部门", .cooperating), ("为责任单位", .responsible), ("为责任部门", .responsible),
    ("按职责负责", .jointly), ("分工负责", .jointly), ("共同负责", .jointly), ("牵头负责", .lead),
    ("负责落实", .jointly), ("具体负责", .jointly), ("牵头", .lead), ("主责", .lead), ("会同", .lead),
    ("负责", .jointly),
    ("配合", .cooperating), ("参与", .cooperating), ("协助", .cooperating), ("协办", .cooperating),
    ("协同", .cooperating),
  ]

  /// `requireLead`: the words must name a lead (or jointly responsible) unit; a label's list
  /// that goes on in words (`UnitLabels.withCooperatingTail`) may name cooperating units only.
  static func parse(_ text: String, line: Int, requireLead: Bool = true) -> UnitLabels.Group? {
    let characters = Array(text.trimmingWhitespace())
    var entries: [UnitLabels.Entry] = []
    var start = 0
    var index = 0
    while index < characters.count {
      guard let (word, kind) = word(at: index, in: characters) else {
        index += 1
        continue
      }
      var value = String(characters[start..<index]).trimmingWhitespace()
      while let first = value.first, "，,；;、 由".contains(first) { value.removeFirst() }
      guard !value.isEmpty else { return nil }
      let names = UnitNames.split(value).names
      guard !names.isEmpty, names.allSatisfy(UnitNames.looksLikeUnit) else { return nil }
      entries.append(UnitLabels.Entry(label: word, kind: kind, value: value))
      index += word.count
      start = index
    }
    let rest = String(characters[start...]).filter { !"，,；;。、 ".contains($0) }
    guard rest.isEmpty, !entries.isEmpty,
      !requireLead || entries.contains(where: { $0.kind == .lead || $0.kind == .jointly })
    else {
      return nil
    }
    return UnitLabels.Group(entries: entries, line: line)
  }

  private static func word(at index: Int, in characters: [Character]) -> (String, UnitLabels.Kind)?
  {
    for (word, kind) in words {
      let end = index + word.count
      if end <= characters.count, characters[index..<end].elementsEqual(word) {
        return (word, kind)
      }
    }
    return nil
  }
}
