import BoardCore

/// The roster's unit ids, and the unit names of each jurisdiction, as byte-keyed tables for
/// `FastTaskReader`: built once per load and shared by the readers of every plan file.
struct RosterIndex: Sendable {
  let roster: Roster
  /// Unit ids → the roster's own id string (byte-identical).
  let ids: ByteKeyTable<String>
  /// Per jurisdiction: unit names and aliases → the id the roster's lookup by name gives, or
  /// nil when that unit may not be named in a plan (the office).
  private let namesByRegion: [String: ByteKeyTable<String?>]

  init(roster: Roster) {
    self.roster = roster
    var ids = ByteKeyTable<String>(capacity: roster.units.count)
    for unit in roster.units { ids.insert(unit.id.utf8, unit.id) }
    self.ids = ids
    var namesByRegion: [String: ByteKeyTable<String?>] = [:]
    for unit in roster.units where namesByRegion[unit.region] == nil {
      let region = unit.region
      var names = ByteKeyTable<String?>(capacity: 64)
      for member in roster.units where member.region == region {
        for name in [member.name] + member.aliases {
          guard let found = roster.unit(named: name, in: region) else { continue }
          names.insert(name.utf8, found.role == .unit ? found.id : nil)
        }
      }
      namesByRegion[region] = names
    }
    self.namesByRegion = namesByRegion
  }

  /// The names table of a plan's jurisdiction, or nil when no unit belongs to it.
  func names(in region: String) -> ByteKeyTable<String?>? {
    namesByRegion[region]
  }
}
