import BoardCore

/// Ids for units new to the roster: the jurisdiction's prefix and the pinyin initials of the
/// name without a leading 区 or 市 (黔江区 区科技局 → `qj-kjj`), as the shipped roster does;
/// a numbered id where a character is not in the table; never an id already taken.
struct UnitIDs: Sendable {
  private var taken: Set<String>
  /// `qj`, or empty for units without a jurisdiction.
  let prefix: String

  init(roster: Roster, region: String) {
    taken = Set(roster.units.map(\.id))
    prefix = UnitIDs.prefix(for: region, roster: roster)
  }

  /// The prefix the roster already uses for this jurisdiction's units; else the initials of
  /// its name (黔江区 → qj), or its whole pinyin (綦江区 → qijiang) where another
  /// jurisdiction's units already use those initials.
  static func prefix(for region: String, roster: Roster) -> String {
    guard !region.isEmpty else { return "" }
    let existing = roster.units(in: region).map(\.id)
    if let first = existing.first, let dash = first.firstIndex(of: "-") {
      let candidate = String(first[..<dash])
      if existing.allSatisfy({ $0.hasPrefix(candidate + "-") }) { return candidate }
    }
    let others = Set(
      roster.units.filter { $0.region != region }.compactMap { unit in
        unit.id.firstIndex(of: "-").map { String(unit.id[..<$0]) }
      })
    let stem = Jurisdiction.stem(region)
    let candidates = [Pinyin.initials(of: stem), Pinyin.spelled(stem)].compactMap { $0 }
      .filter { !$0.isEmpty }
    if let free = candidates.first(where: { !others.contains($0) }) { return free }
    let base = candidates.first ?? "unit"
    var number = 2
    while others.contains(base + String(number)) { number += 1 }
    return base + String(number)
  }

  /// A fresh id for a unit of this name, and whether it is a numbered fallback.
  mutating func make(for name: String) -> (id: String, numbered: Bool) {
    var stem = name
    for level in ["区", "市", "县"] where stem.hasPrefix(level) && stem.count > 2 {
      stem.removeFirst()
      break
    }
    let lead = prefix.isEmpty ? "" : prefix + "-"
    if let initials = Pinyin.initials(of: stem), !initials.isEmpty {
      let base = String((lead + initials).prefix(48))
      var id = base
      var number = 2
      while taken.contains(id) {
        id = base + String(number)
        number += 1
      }
      taken.insert(id)
      return (id, false)
    }
    var number = 1
    while taken.contains(lead + "unit" + String(number)) { number += 1 }
    let id = lead + "unit" + String(number)
    taken.insert(id)
    return (id, true)
  }
}
