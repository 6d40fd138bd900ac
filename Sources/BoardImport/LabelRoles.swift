/// Which role each label means in one document, decided from all its labels together: where a
/// label names both 牵头单位 and 责任单位 (Luzhou), 责任单位 means the cooperating units;
/// elsewhere 责任单位 is the lead. Where the document says the first unit listed leads
/// (`排在第一位的为牵头单位`), a list of responsible units has one lead and the rest cooperate;
/// without such a rule they are all jointly the lead.
struct LabelRoles: Sendable {
  /// Some label of the document names both 牵头单位 (or its kin) and 责任单位.
  let responsibleFollowsLead: Bool
  /// The document's rule that the first unit listed leads.
  let firstListedLeads: Bool
  /// Names read with a level prefix the document left out, with their lines: guesses.
  private(set) var prefixed: [(line: Int, name: UnitNames.Prefixed)] = []
  private(set) var uses: [Use] = []

  /// How often a label was read in one role, for the report.
  struct Use: Hashable, Sendable {
    var label: String
    var lead: Bool
    /// 责任单位 standing alone in a document where it usually follows 牵头单位.
    var alone: Bool
    var count: Int
  }

  init(groups: [UnitLabels.Group], firstListedLeads: Bool = false) {
    self.firstListedLeads = firstListedLeads
    responsibleFollowsLead = groups.contains { group in
      group.entries.contains { $0.kind == .lead }
        && group.entries.contains { $0.kind == .responsible }
    }
  }

  /// The lead and cooperating unit names of one label group, counting the roles used.
  mutating func assign(_ group: UnitLabels.Group, counting: Bool = true) -> (
    lead: [String], coop: [String]
  ) {
    let hasLead = group.entries.contains { $0.kind == .lead }
    var lead: [String] = []
    var coop: [String] = []
    var seen: Set<String> = []
    // The level (市, 区) of an earlier label's first unit that has one, for names that leave
    // it out.
    var level: Character?
    for entry in group.entries {
      let isLead: Bool
      switch entry.kind {
      case .lead: isLead = true
      case .responsible, .jointly: isLead = !hasLead
      case .cooperating: isLead = false
      case .deadline: continue
      }
      let split = UnitNames.split(entry.value, level: level)
      level = level ?? split.names.lazy.compactMap(UnitNames.levelPrefix).first
      if counting {
        count(
          entry.label, lead: isLead,
          alone: entry.kind == .responsible && !hasLead && responsibleFollowsLead)
        prefixed += split.prefixed.map { (group.line, $0) }
      }
      for written in split.names {
        let (name, marked) = LabelRoles.leadMark(written)
        guard !seen.contains(name) else { continue }
        seen.insert(name)
        if marked {
          lead.append(name)
          continue
        }
        // The first listed leads, by the document's rule; the others cooperate. A list that
        // marks its lead (`市科技局（牵头）`) has the rest cooperate.
        let first =
          entry.kind == .lead || ((!firstListedLeads || lead.isEmpty) && !marksLead(group))
        if isLead && first { lead.append(name) } else { coop.append(name) }
      }
    }
    return (lead, coop)
  }

  static let leadMarks = ["（牵头）", "(牵头)", "（牵头单位）", "(牵头单位)", "（主责）", "(主责)"]

  /// `市科技局（牵头）` → 市科技局, marked as the lead.
  static func leadMark(_ name: String) -> (String, Bool) {
    for mark in leadMarks where name.hasSuffix(mark) && name.count > mark.count {
      return (String(name.dropLast(mark.count)), true)
    }
    return (name, false)
  }

  private func marksLead(_ group: UnitLabels.Group) -> Bool {
    group.entries.contains { entry in
      entry.kind != .deadline && UnitNames.split(entry.value).names.contains { Self.leadMark($0).1 }
    }
  }

  private mutating func count(_ label: String, lead: Bool, alone: Bool) {
    if let index = uses.firstIndex(where: {
      $0.label == label && $0.lead == lead && $0.alone == alone
    }) {
      uses[index].count += 1
    } else {
      uses.append(Use(label: label, lead: lead, alone: alone, count: 1))
    }
  }
}
