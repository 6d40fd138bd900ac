/// Every unit known to the board, kept per jurisdiction.
///
/// Names are looked up within one jurisdiction only, so the same name in two governments
/// resolves to two different units.
public struct Roster: Sendable {
  public private(set) var units: [Unit]
  private var indexByID: [String: Int]
  private var indexByRegionAndName: [RegionName: Int]

  private struct RegionName: Hashable {
    var region: String
    var name: String
  }

  public init(units: [Unit] = []) {
    self.units = []
    indexByID = [:]
    indexByRegionAndName = [:]
    for unit in units { add(unit) }
  }

  /// Adds a unit; a later unit with an id or (region, name) already present is ignored by the
  /// lookups, which keep the first. The decoder reports such duplicates before they get here.
  public mutating func add(_ unit: Unit) {
    let index = units.count
    units.append(unit)
    if indexByID[unit.id] == nil { indexByID[unit.id] = index }
    for name in [unit.name] + unit.aliases {
      let key = RegionName(region: unit.region, name: name)
      if indexByRegionAndName[key] == nil { indexByRegionAndName[key] = index }
    }
  }

  public func unit(id: String) -> Unit? {
    indexByID[id].map { units[$0] }
  }

  /// The unit of this jurisdiction with this name or alias.
  public func unit(named name: String, in region: String) -> Unit? {
    indexByRegionAndName[RegionName(region: region, name: name)].map { units[$0] }
  }

  /// Every unit with this name or alias, across jurisdictions (for "which 区科技局?" messages).
  public func units(named name: String) -> [Unit] {
    units.filter { $0.name == name || $0.aliases.contains(name) }
  }

  /// The units of one jurisdiction, in roster order.
  public func units(in region: String) -> [Unit] {
    units.filter { $0.region == region && $0.role == .unit }
  }

  /// The unit whose `Login` names this operating-system user.
  public func unit(login: String) -> Unit? {
    units.first { $0.logins.contains(login) }
  }

  /// The display name of a unit id: its name, or the id itself when the roster lacks it.
  public func name(of id: String) -> String {
    unit(id: id)?.name ?? id
  }
}
