extension Roster {
  /// Whether plans read with `old` would read the same with this roster: every unit of
  /// `old` is still here under its id with its role, and every name and alias of `old` still
  /// finds the same unit in its jurisdiction. Units and aliases may be added; then a changed
  /// roster is read alone and no plan file needs to be read again.
  public func resolvesLike(_ old: Roster) -> Bool {
    for unit in old.units {
      guard let same = self.unit(id: unit.id), same.role == unit.role else { return false }
      for name in [unit.name] + unit.aliases {
        if self.unit(named: name, in: unit.region)?.id != old.unit(named: name, in: unit.region)?.id
        {
          return false
        }
      }
    }
    return true
  }
}
