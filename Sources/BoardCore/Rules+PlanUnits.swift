extension Rules {
  /// One plan's part of the per-unit counts: what each unit it names leads and cooperates on
  /// here, and the day of each author's latest note in it. A session keeps these per plan,
  /// so a changed plan file changes only its own part (`UnitTotals`).
  public func unitCounts(of plan: Plan) -> [String: UnitStatistics] {
    // A plan names a few dozen units: an array found by a small dictionary once per name,
    // and each task read in place (`plan.tasks[index]`), not copied with all its strings.
    var slots: [String: Int] = [:]
    var counts: [UnitStatistics] = []
    func slot(_ id: String) -> Int {
      if let index = slots[id] { return index }
      slots[id] = counts.count
      counts.append(UnitStatistics(unitID: id))
      return counts.count - 1
    }
    let tasks = plan.tasks
    for index in tasks.indices {
      let lead = tasks[index].lead
      let coop = tasks[index].coop
      for (position, id) in lead.enumerated() where !lead[..<position].contains(id) {
        counts[slot(id)].countLed(tasks[index], by: self)
      }
      for (position, id) in coop.enumerated()
      where !lead.contains(id) && !coop[..<position].contains(id) {
        counts[slot(id)].cooperating += 1
      }
      for note in tasks[index].notes {
        let at = slot(note.author)
        counts[at].lastNote = max(counts[at].lastNote ?? note.date, note.date)
      }
    }
    return Dictionary(
      counts.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

extension UnitStatistics {
  /// Adds another plan's counts of the same unit.
  public mutating func add(_ other: UnitStatistics) {
    led += other.led
    done += other.done
    doing += other.doing
    overdue += other.overdue
    dueSoon += other.dueSoon
    blocked += other.blocked
    cooperating += other.cooperating
    if let day = other.lastNote { lastNote = max(lastNote ?? day, day) }
  }
}
