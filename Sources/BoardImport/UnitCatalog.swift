import BoardCore

/// Unit names as the document writes them, turned into roster ids: a unit the roster has in
/// the plan's jurisdiction (by name or alias) is reused; any other gets a new id.
struct UnitCatalog {
  private let base: Roster
  private let region: String
  private var ids: UnitIDs
  private var byName: [String: String] = [:]
  private(set) var newUnits: [Unit] = []
  private(set) var reused: [String] = []
  /// New units whose id is a numbered fallback.
  private(set) var numbered: [Unit] = []

  init(roster: Roster, region: String) {
    base = roster
    self.region = region
    ids = UnitIDs(roster: roster, region: region)
  }

  mutating func id(for name: String) -> String {
    if let id = byName[name] { return id }
    let id: String
    if let unit = base.unit(named: name, in: region), unit.role == .unit {
      id = unit.id
      reused.append(unit.id)
    } else {
      let made = ids.make(for: name)
      id = made.id
      let unit = Unit(id: made.id, name: name, region: region)
      newUnits.append(unit)
      if made.numbered { numbered.append(unit) }
    }
    byName[name] = id
    return id
  }

  /// The roster with the new units added.
  var roster: Roster {
    var roster = base
    for unit in newUnits { roster.add(unit) }
    return roster
  }
}
