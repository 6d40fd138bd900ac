import BoardCore

/// Adding plans and units to a board: the office's work, under the same lock, atomic writes
/// and audit log as every change to a task.
extension BoardDirectory {
  /// Names that are files of the board, not plans.
  static let reservedIDs: Set<String> = ["roster", "log"]

  /// Writes a new plan file, adding the units it needs to the roster first.
  ///
  /// Under the lock: the roster as it is on disk now gets the new units (each must have a
  /// fresh id and a name new to its jurisdiction); then `ID.rec` is written. Both files are
  /// checked by decoding them before anything is written, and each is replaced atomically.
  /// The roster is written first, so a crash between the two leaves unused units, never a plan
  /// naming units the roster lacks.
  ///
  /// - Parameters:
  ///   - replacing: whether an existing plan of this id may be replaced (`--force`); its old
  ///     text is kept in the audit log.
  ///   - time: the moment for the audit log; the caller reads the clock.
  /// - Returns: the audit log entries written.
  @discardableResult
  public func create(
    plan: Plan, addingUnits units: [Unit], by actorID: String?, time: String,
    replacing: Bool = false
  ) throws(StoreError) -> [AuditLog.Entry] {
    guard Unit.isValidID(plan.id), !BoardDirectory.reservedIDs.contains(plan.id) else {
      throw .invalidPlanID(plan.id)
    }
    let lock = try FileLock(path: lockPath, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    let (rosterBytes, roster) = try rosterOnDisk()
    let actor = try manager(actorID, in: roster)
    let file = planPath(plan.id)
    let old = try FileSystem.read(file)
    if old != nil && !replacing { throw .planExists(plan.id) }
    let (newRosterBytes, newRoster) = try adding(units, to: rosterBytes, roster: roster)
    var planBytes = PlanFile.encode(plan, roster: newRoster)
    // A plan without tasks ends with the Task descriptor's blank line; the file ends with one
    // line break, so the first task added later lands after exactly one blank line.
    while planBytes.count >= 2, planBytes[planBytes.count - 1] == 0x0A,
      planBytes[planBytes.count - 2] == 0x0A
    {
      planBytes.removeLast()
    }
    let decoded = PlanFile.decode(planBytes, file: file, expectedID: plan.id, roster: newRoster)
    guard decoded.problems.isEmpty else { throw .problems(decoded.problems) }
    if !units.isEmpty { try FileSystem.replaceAtomically(rosterPath, with: newRosterBytes) }
    try FileSystem.replaceAtomically(file, with: planBytes)
    var entries = [
      AuditLog.Entry(
        time: time, unit: actor.id, plan: plan.id, task: "", field: "plan",
        old: old.map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() } ?? "",
        new: plan.title)
    ]
    entries += units.map { unitEntry($0, time: time, actor: actor) }
    entries += plan.tasks.map {
      AuditLog.Entry(
        time: time, unit: actor.id, plan: plan.id, task: $0.id, field: "task", old: "",
        new: $0.title)
    }
    try FileSystem.append(logPath, AuditLog.encode(entries), header: AuditLog.header)
    return entries
  }

  /// Adds one unit to the roster (office only): a fresh id, a name new to its jurisdiction.
  @discardableResult
  public func addUnit(_ unit: Unit, by actorID: String?, time: String) throws(StoreError)
    -> AuditLog.Entry
  {
    let lock = try FileLock(path: lockPath, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    let (rosterBytes, roster) = try rosterOnDisk()
    let actor = try manager(actorID, in: roster)
    let (newBytes, _) = try adding([unit], to: rosterBytes, roster: roster)
    try FileSystem.replaceAtomically(rosterPath, with: newBytes)
    let entry = unitEntry(unit, time: time, actor: actor)
    try FileSystem.append(logPath, AuditLog.encode([entry]), header: AuditLog.header)
    return entry
  }

  private func rosterOnDisk() throws(StoreError) -> ([UInt8], Roster) {
    guard let bytes = try FileSystem.read(rosterPath) else { throw .noBoard(path: path) }
    let (roster, _, problems) = RosterFile.decode(bytes, file: rosterPath)
    guard problems.isEmpty else { throw .problems(problems) }
    return (bytes, roster)
  }

  /// The acting unit, who must be the office (the core's rule).
  private func manager(_ actorID: String?, in roster: Roster) throws(StoreError) -> Unit {
    guard let actorID else { throw .refused(.readOnly) }
    guard let actor = roster.unit(id: actorID) else { throw .refused(.unknownUnit(actorID)) }
    guard Permissions.mayManageBoard(actor) else {
      throw .refused(
        .officeOnly(unit: "\(actor.name) (\(actor.id))", action: "manage plans and units"))
    }
    return actor
  }

  /// The roster with units added, checked as the decoder will read it.
  private func adding(_ units: [Unit], to bytes: [UInt8], roster: Roster) throws(StoreError) -> (
    [UInt8], Roster
  ) {
    var roster = roster
    for unit in units {
      guard Unit.isValidID(unit.id) else { throw .invalidUnitID(unit.id) }
      guard roster.unit(id: unit.id) == nil else { throw .unitExists(unit.id) }
      guard !unit.name.trimmingWhitespace().isEmpty else { throw .invalidUnitName(unit.name) }
      if let same = roster.unit(named: unit.name, in: unit.region) {
        throw .unitNameExists(name: unit.name, region: unit.region, id: same.id)
      }
      roster.add(unit)
    }
    let newBytes = RosterFile.appending(units, to: bytes)
    let (_, _, problems) = RosterFile.decode(newBytes, file: rosterPath)
    guard problems.isEmpty else { throw .problems(problems) }
    return (newBytes, roster)
  }

  private func unitEntry(_ unit: Unit, time: String, actor: Unit) -> AuditLog.Entry {
    let region = unit.region.isEmpty ? "" : ", \(unit.region)"
    return AuditLog.Entry(
      time: time, unit: actor.id, plan: "roster", task: unit.id, field: "unit",
      old: "", new: "\(unit.name) (\(unit.role.rawValue)\(region))")
  }
}
