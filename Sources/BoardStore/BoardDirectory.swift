import BoardCore

/// A board on disk: a directory holding `roster.rec`, one `ID.rec` per plan, `log.rec` and
/// `.lock`. Loads the whole board, and applies changes safely (see docs/format.md).
public struct BoardDirectory: Sendable {
  public let path: String
  /// How long a writer waits for the lock before it reports the board as stuck.
  public var lockTimeout: Double

  public static let lockName = ".lock"

  public init(path: String, lockTimeout: Double = 10) {
    self.path = path
    self.lockTimeout = lockTimeout
  }

  public var rosterPath: String { path + "/" + RosterFile.fileName }
  public var logPath: String { path + "/" + AuditLog.fileName }
  public var lockPath: String { path + "/" + BoardDirectory.lockName }

  public func planPath(_ id: String) -> String { path + "/" + id + ".rec" }

  /// Ids of the plan files, sorted: every `*.rec` but the roster and the log, ignoring hidden
  /// files (a temporary file left by a crash is never data).
  public func planIDs() throws(StoreError) -> [String] {
    try FileSystem.list(path).compactMap { name in
      guard name.hasSuffix(".rec"), !name.hasPrefix("."), name != RosterFile.fileName,
        name != AuditLog.fileName
      else { return nil }
      return String(name.dropLast(4))
    }
  }

  /// The whole board. Every problem in every file is reported together.
  public func load() throws(StoreError) -> Board {
    let (roster, settings) = try loadRoster()
    var problems: [Problem] = []
    var plans: [Plan] = []
    for id in try planIDs() {
      let file = planPath(id)
      guard let bytes = try FileSystem.read(file) else { continue }  // removed meanwhile
      let decoded = PlanFile.decode(bytes, file: file, expectedID: id, roster: roster)
      problems += decoded.problems
      if let plan = decoded.plan { plans.append(plan) }
    }
    guard problems.isEmpty else { throw .problems(problems) }
    return Board(settings: settings, roster: roster, plans: plans)
  }

  public func loadRoster() throws(StoreError) -> (Roster, BoardSettings) {
    guard let bytes = try FileSystem.read(rosterPath) else { throw .noBoard(path: path) }
    let (roster, settings, problems) = RosterFile.decode(bytes, file: rosterPath)
    guard problems.isEmpty else { throw .problems(problems) }
    return (roster, settings)
  }

  /// Every problem of every file, for `board check`; empty when the board is sound.
  public func check() throws(StoreError) -> [Problem] {
    guard let rosterBytes = try FileSystem.read(rosterPath) else { throw .noBoard(path: path) }
    let (roster, _, rosterProblems) = RosterFile.decode(rosterBytes, file: rosterPath)
    var problems = rosterProblems
    for id in try planIDs() {
      let file = planPath(id)
      guard let bytes = try FileSystem.read(file) else { continue }
      problems += PlanFile.decode(bytes, file: file, expectedID: id, roster: roster).problems
    }
    if let logBytes = try FileSystem.read(logPath) {
      problems += AuditLog.decode(logBytes, file: logPath).1
    }
    return problems
  }

  /// The audit log, oldest first.
  public func logEntries() throws(StoreError) -> [AuditLog.Entry] {
    guard let bytes = try FileSystem.read(logPath) else { return [] }
    let (entries, problems) = AuditLog.decode(bytes, file: logPath)
    guard problems.isEmpty else { throw .problems(problems) }
    return entries
  }

  /// Applies one change made by the unit `actorID` (nil: nobody, read-only), under the lock,
  /// to the plan file as it is on disk now; saves it atomically and logs every changed field.
  ///
  /// The steps, all under an exclusive lock on `.lock`: finish or undo a save a killed writer
  /// left (`recoverInterruptedSave`), read the roster and the plan file, apply the change
  /// (permissions are checked here), write the new plan file beside the old one and fsync
  /// it, append the log records and fsync the log, rename the new file over the old one and
  /// fsync the directory. The log is written before the rename and names the save, so a
  /// writer killed at any moment leaves either the old file and no record, or records whose
  /// save the next writer finishes: every change in a file is on record, and every record
  /// is a change that is (or will be, at the next save) in the file.
  ///
  /// - Parameter time: the moment for the audit log; the caller reads the clock.
  /// - Returns: the changed fields (empty when the change changed nothing).
  @discardableResult
  public func apply(
    _ change: Change, by actorID: String?, today: Day, time: String
  ) throws(StoreError) -> [FieldChange] {
    let lock = try FileLock(path: lockPath, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    try recoverInterruptedSave()
    let (roster, _) = try loadRoster()
    let actor = actorID.flatMap { roster.unit(id: $0) }
    if actorID != nil && actor == nil { throw .refused(.unknownUnit(actorID ?? "")) }
    let file = planPath(change.planID)
    guard Unit.isValidID(change.planID), let bytes = try FileSystem.read(file) else {
      throw .noSuchPlan(change.planID)
    }
    let decoded = PlanFile.decode(bytes, file: file, expectedID: change.planID, roster: roster)
    guard decoded.problems.isEmpty, var plan = decoded.plan else {
      throw .problems(decoded.problems)
    }
    let before = plan
    var changes: [FieldChange]
    do {
      changes = try plan.apply(change, by: actor, roster: roster, today: today)
    } catch {
      throw .refused(error)
    }
    guard !changes.isEmpty else { return [] }
    let updated = PlanFile.save(
      before: before, after: plan, change: change, bytes: bytes, decoded: decoded, roster: roster)
    let log = try AppendOnlyFile(path: logPath)
    let offset = try log.size()
    // Names the save in the temporary file and in the log, and says where its records start.
    let save = "\(FileSystem.processID)-\(offset)"
    let temporary = try FileSystem.writeTemporary(beside: file, updated, save: save)
    if case .removeTask(let taskID) = change.operation, let removed = before.task(id: taskID) {
      // Keep the removed task's last state in the log, whole.
      changes = changes.map { field in
        var field = field
        field.old = String(decoding: PlanFile.encode(removed, roster: roster), as: UTF8.self)
          .trimmingWhitespace()
        return field
      }
    }
    let entries = changes.map {
      AuditLog.Entry(
        time: time, unit: actor?.id ?? "", plan: change.planID, task: $0.taskID,
        field: $0.field, old: $0.old, new: $0.new, save: save)
    }
    do throws(StoreError) {
      try log.append(AuditLog.encode(entries), header: AuditLog.header)
    } catch {
      FileSystem.remove(temporary)
      try? log.truncate(to: offset)
      throw error
    }
    do throws(StoreError) {
      try FileSystem.move(temporary, over: file)
    } catch {
      // Nothing was changed: take back what was logged of it.
      try? log.truncate(to: offset)
      throw error
    }
    try FileSystem.syncDirectory(path)
    return changes
  }

  /// Marks of every file a reader depends on, to notice changes made by other sessions.
  public func stamp() -> [String: FileStamp] {
    var stamps: [String: FileStamp] = [:]
    let names = (try? FileSystem.list(path)) ?? []
    for name in names where name.hasSuffix(".rec") && !name.hasPrefix(".") {
      if let stamp = FileSystem.stamp(path + "/" + name) { stamps[name] = stamp }
    }
    return stamps
  }
}
