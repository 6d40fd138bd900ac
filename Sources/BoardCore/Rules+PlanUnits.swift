extension Rules {
  /// One plan's part of the per-unit counts: what each unit it names leads and cooperates on
  /// here, and the day of each author's latest note in it. A session keeps these per plan,
  /// so a changed plan file changes only its own part (`UnitTotals`).
  public func unitCounts(of plan: Plan) -> [String: UnitStatistics] {
    var counts: [String: UnitStatistics] = [:]
    for task in plan.tasks {
      for (index, id) in task.lead.enumerated() where !task.lead[..<index].contains(id) {
        counts[id, default: UnitStatistics(unitID: id)].countLed(task, by: self)
      }
      for (index, id) in task.coop.enumerated()
      where !task.lead.contains(id) && !task.coop[..<index].contains(id) {
        counts[id, default: UnitStatistics(unitID: id)].cooperating += 1
      }
      for note in task.notes {
        let last = counts[note.author]?.lastNote
        counts[note.author, default: UnitStatistics(unitID: note.author)].lastNote = max(
          last ?? note.date, note.date)
      }
    }
    return counts
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
