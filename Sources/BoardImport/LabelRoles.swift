/// Which role each label means in one document, decided from all its labels together: where a
/// label names both 牵头单位 and 责任单位 (Luzhou), 责任单位 means the cooperating units;
/// elsewhere 责任单位 is the lead.
struct LabelRoles: Sendable {
  /// Some label of the document names both 牵头单位 (or its kin) and 责任单位.
  let responsibleFollowsLead: Bool
  private(set) var uses: [Use] = []

  /// How often a label was read in one role, for the report.
  struct Use: Hashable, Sendable {
    var label: String
    var lead: Bool
    /// 责任单位 standing alone in a document where it usually follows 牵头单位.
    var alone: Bool
    var count: Int
  }

  init(groups: [UnitLabels.Group]) {
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
    for entry in group.entries {
      let isLead: Bool
      switch entry.kind {
      case .lead: isLead = true
      case .responsible: isLead = !hasLead
      case .cooperating: isLead = false
      case .deadline: continue
      }
      if counting {
        count(
          entry.label, lead: isLead,
          alone: entry.kind == .responsible && !hasLead && responsibleFollowsLead)
      }
      for name in entry.units where !seen.contains(name) {
        seen.insert(name)
        if isLead { lead.append(name) } else { coop.append(name) }
      }
    }
    return (lead, coop)
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
