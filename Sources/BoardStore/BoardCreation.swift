import BoardCore

/// Adding plans and units to a board: the office's work, under the same lock, atomic writes
/// and audit log as every change to a task.
extension BoardDirectory {
  /// Names that are files of the board, not plans.
  static let reservedIDs: Set<String> = ["roster", "log"]

  /// Writes a new plan file, adding the units it needs to the roster first.
  ///
  /// Under the lock: the roster as it is on disk now gets the new units (each must have a
  /// fresh id and a name new to its jurisdiction), and `ID.rec` is made. Both files are checked
  /// by decoding them before anything is written, then saved as one logged save (see
  /// `saveLogged`), so a crash leaves both old files or both new ones.
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
    let folder = try BoardFolder(path)
    let lock = try FileLock(in: folder, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    try recoverInterruptedSave(folder)
    let (rosterBytes, roster) = try rosterOnDisk(folder)
    let actor = try manager(actorID, in: roster)
    let file = planPath(plan.id)
    let old = try folder.read(plan.id + ".rec")
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
    // The roster first: should a rename fail halfway, no plan names units the roster lacks.
    let files =
      (units.isEmpty ? [] : [(RosterFile.fileName, newRosterBytes)])
      + [(plan.id + ".rec", planBytes)]
    return try saveLogged(files, entries, in: folder)
  }

  /// Adds one unit to the roster (office only): a fresh id, a name new to its jurisdiction.
  @discardableResult
  public func addUnit(_ unit: Unit, by actorID: String?, time: String) throws(StoreError)
    -> AuditLog.Entry
  {
    let folder = try BoardFolder(path)
    let lock = try FileLock(in: folder, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    try recoverInterruptedSave(folder)
    let (rosterBytes, roster) = try rosterOnDisk(folder)
    let actor = try manager(actorID, in: roster)
    let (newBytes, _) = try adding([unit], to: rosterBytes, roster: roster)
    let entry = unitEntry(unit, time: time, actor: actor)
    return try saveLogged([(RosterFile.fileName, newBytes)], [entry], in: folder)[0]
  }

  /// Saves files as `apply` saves one (`LoggedSave`): a crash leaves all the old files or
  /// all the new ones.
  func saveLogged(
    _ files: [(String, [UInt8])], _ entries: [AuditLog.Entry], in folder: BoardFolder
  ) throws(StoreError) -> [AuditLog.Entry] {
    let (logged, warnings) = try LoggedSave(
      folder: folder, files: files.map { (name: $0.0, bytes: $0.1) }
    ).run(entries)
    warnings.forEach(onWarning)
    return logged
  }

  /// The same for files given by their paths in the board directory.
  func saveLogged(_ files: [(String, [UInt8])], _ entries: [AuditLog.Entry])
    throws(StoreError) -> [AuditLog.Entry]
  {
    try saveLogged(
      files.map { (FileSystem.split($0.0).name, $0.1) }, entries, in: BoardFolder(path))
  }

  /// Finishes or undoes a save a killed writer left (under the lock).
  func recoverInterruptedSave() throws(StoreError) {
    try recoverInterruptedSave(BoardFolder(path))
  }

  func rosterOnDisk() throws(StoreError) -> ([UInt8], Roster) {
    try rosterOnDisk(BoardFolder(path))
  }

  func rosterOnDisk(_ folder: BoardFolder) throws(StoreError) -> ([UInt8], Roster) {
    guard let bytes = try folder.read(RosterFile.fileName) else { throw .noBoard(path: path) }
    let (roster, _, problems) = RosterFile.decode(bytes, file: rosterPath)
    guard problems.isEmpty else { throw .problems(problems) }
    return (bytes, roster)
  }

  /// The acting unit, who must be the office (the core's rule).
  func manager(_ actorID: String?, in roster: Roster) throws(StoreError) -> Unit {
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

  func unitEntry(_ unit: Unit, time: String, actor: Unit) -> AuditLog.Entry {
    let region = unit.region.isEmpty ? "" : ", \(unit.region)"
    return AuditLog.Entry(
      time: time, unit: actor.id, plan: "roster", task: unit.id, field: "unit",
      old: "", new: "\(unit.name) (\(unit.role.rawValue)\(region))")
  }
}
