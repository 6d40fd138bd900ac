import BoardCore
import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A board on disk: a directory holding `roster.rec`, one `ID.rec` per plan, `log.rec` and
/// `.lock`. Loads the whole board, and applies changes safely (see docs/format.md).
public struct BoardDirectory: Sendable {
  public let path: String
  /// How long a writer waits for the lock before it reports the board as stuck.
  public var lockTimeout: Double
  /// What happens to a warning about a change that was saved (a later fsync failed, say).
  public var onWarning: @Sendable (StoreWarning) -> Void = StoreWarning.standardError
  /// How old (seconds) a plan file's last change must be before a reader writes its cache
  /// (`PlanCache`); tests make it shorter.
  public var cacheSettle: Double = 2

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
    try planIDs(in: BoardFolder(path))
  }

  func planIDs(in folder: BoardFolder) throws(StoreError) -> [String] {
    try folder.list().compactMap { name in
      guard name.hasSuffix(".rec"), !name.hasPrefix("."), name != RosterFile.fileName,
        name != AuditLog.fileName
      else { return nil }
      return String(name.dropLast(4))
    }
  }

  /// The whole board. Every problem in every file is reported together.
  ///
  /// - Parameter keepingTexts: false leaves every task's `text` and its notes' texts empty
  ///   (each note keeps its day and author, by which the monthly report is judged), for
  ///   listings that show neither: they are most of a board's bytes. They are read and
  ///   checked all the same, so a broken file is reported exactly as by a full load.
  /// - Parameter usingCache: with `keepingTexts` false, a plan whose cache (`PlanCache`)
  ///   was made from the plan file as it is now and from the same roster is read from the
  ///   cache; every other plan from its file, and its cache written when the directory
  ///   allows. The result is the same either way.
  public func load(keepingTexts: Bool = true, usingCache: Bool = true) throws(StoreError)
    -> Board
  {
    let folder = try BoardFolder(path)
    guard let rosterBytes = try folder.read(RosterFile.fileName) else {
      throw .noBoard(path: path)
    }
    let (roster, settings, rosterProblems) = RosterFile.decode(rosterBytes, file: rosterPath)
    guard rosterProblems.isEmpty else { throw .problems(rosterProblems) }
    let ids = try planIDs(in: folder)
    var cache: CacheUse?
    if !keepingTexts && usingCache {
      cache = CacheUse(
        folder: folder.subfolder(PlanCache.directoryName, creating: true),
        roster: PlanCache.digest(rosterBytes[...]), settle: cacheSettle)
    }
    var problems: [Problem] = []
    var plans: [Plan] = []
    plans.reserveCapacity(ids.count)
    for outcome in decodePlans(
      ids, in: folder, roster: roster, keepingTexts: keepingTexts, cache: cache)
    {
      switch outcome {
      case .missing: continue  // removed meanwhile
      case .failed(let error): throw error
      case .decoded(let decoded):
        problems += decoded.problems
        if let plan = decoded.plan { plans.append(plan) }
      }
    }
    guard problems.isEmpty else { throw .problems(problems) }
    return Board(settings: settings, roster: roster, plans: plans)
  }

  /// How a load uses the plans' caches: where they are (nil: nowhere, none is read or
  /// written), the digest of the roster they must have been made with, and how settled a
  /// plan file must be for its cache to be written.
  private struct CacheUse: Sendable {
    let folder: BoardFolder?
    let roster: UInt64
    let settle: Double
  }

  /// What became of one plan file while loading.
  private enum PlanOutcome: Sendable {
    case missing
    case decoded(PlanFile.Decoded)
    case failed(StoreError)
  }

  /// Reads and decodes the plan files on every core (a city's board is hundreds of files);
  /// the outcomes come back in file order, as one reader would give them. Each worker takes
  /// the next file in turn and reuses its read buffer and scanner memory from file to file.
  private func decodePlans(
    _ ids: [String], in folder: BoardFolder, roster: Roster, keepingTexts: Bool,
    cache: CacheUse? = nil
  )
    -> [PlanOutcome]
  {
    var outcomes = [PlanOutcome](repeating: .missing, count: ids.count)
    let next = NextIndex()
    let index = RosterIndex(roster: roster)
    outcomes.withUnsafeMutableBufferPointer { slots in
      nonisolated(unsafe) let slots = slots
      let work: @Sendable (Int) -> Void = { _ in
        var bytes: [UInt8] = []
        var cacheBytes: [UInt8] = []
        var storage = RecScanner.Storage()
        while true {
          let slot = next.take()
          guard slot < ids.count else { return }
          if let cache, let plan = cachedPlan(ids[slot], folder, cache, &cacheBytes) {
            slots[slot] = .decoded(
              PlanFile.Decoded(plan: plan, problems: [], taskRanges: [:], planRange: nil))
            continue
          }
          let file = planPath(ids[slot])
          let name = ids[slot] + ".rec"
          do throws(StoreError) {
            guard let (count, before, after) = try folder.readWithStatus(name, reusing: &bytes)
            else {
              continue
            }
            let decoded = bytes.withUnsafeBufferPointer { buffer in
              PlanFile.decode(
                UnsafeBufferPointer(rebasing: buffer[0..<count]), file: file,
                expectedID: ids[slot], index: index, keepingTexts: keepingTexts,
                keepingRanges: false, storage: &storage)
            }
            slots[slot] = .decoded(decoded)
            if let cache, let cacheFolder = cache.folder, let plan = decoded.plan,
              decoded.problems.isEmpty,
              PlanCache.Source(before, roster: cache.roster)
                == PlanCache.Source(after, roster: cache.roster),
              PlanCache.isSettled(after, settle: cache.settle)
            {
              cacheFolder.replaceDerived(
                PlanCache.fileName(ids[slot]),
                with: PlanCache.encode(plan, source: PlanCache.Source(after, roster: cache.roster)),
                mode: after.st_mode & 0o666)
            }
          } catch {
            slots[slot] = .failed(error)
          }
        }
      }
      let workers = min(ids.count, BoardDirectory.processorCount)
      if workers > 1 {
        DispatchQueue.concurrentPerform(iterations: workers, execute: work)
      } else {
        work(0)
      }
    }
    return outcomes
  }

  /// The plan from its cache, when the plan file is a regular file and the cache was made
  /// from it as it is now; nil otherwise (then the file is read).
  private func cachedPlan(
    _ id: String, _ folder: BoardFolder, _ cache: CacheUse, _ bytes: inout [UInt8]
  ) -> Plan? {
    var info = stat()
    guard let cacheFolder = cache.folder, Sys.lstatat(folder.fd, id + ".rec", &info) == 0,
      info.st_mode & S_IFMT == S_IFREG,
      let count = try? cacheFolder.read(PlanCache.fileName(id), reusing: &bytes)
    else { return nil }
    let plan = bytes.withUnsafeBufferPointer { buffer in
      PlanCache.decode(
        UnsafeBufferPointer(rebasing: buffer[0..<count]),
        source: PlanCache.Source(info, roster: cache.roster))
    }
    guard let plan, plan.id == id else { return nil }
    return plan
  }

  /// Hands out 0, 1, 2, … to the workers of `decodePlans`.
  final class NextIndex: Sendable {
    private let value = Atomic<Int>(0)

    func take() -> Int {
      value.wrappingAdd(1, ordering: .relaxed).oldValue
    }
  }

  static let processorCount = max(1, min(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 16))

  public func loadRoster() throws(StoreError) -> (Roster, BoardSettings) {
    try loadRoster(BoardFolder(path))
  }

  func loadRoster(_ folder: BoardFolder) throws(StoreError) -> (Roster, BoardSettings) {
    guard let bytes = try folder.read(RosterFile.fileName) else { throw .noBoard(path: path) }
    let (roster, settings, problems) = RosterFile.decode(bytes, file: rosterPath)
    guard problems.isEmpty else { throw .problems(problems) }
    return (roster, settings)
  }

  /// Every problem of every file, for `board check`; empty when the board is sound.
  public func check() throws(StoreError) -> [Problem] {
    let folder = try BoardFolder(path)
    var problems: [Problem] = []
    /// A board file that is not a regular file is a problem of that file, not a stop.
    func reading(_ name: String) throws(StoreError) -> [UInt8]? {
      do {
        return try folder.read(name)
      } catch {
        guard case .notRegularFile = error else { throw error }
        problems.append(Problem(file: folder.display(name), line: 1, notRegular(error)))
        return nil
      }
    }
    guard let rosterBytes = try reading(RosterFile.fileName) else {
      guard problems.isEmpty else { return problems }
      throw .noBoard(path: path)
    }
    let (roster, _, rosterProblems) = RosterFile.decode(rosterBytes, file: rosterPath)
    problems += rosterProblems
    // Texts are checked all the same when they are not kept.
    let ids = try planIDs(in: folder)
    for (id, outcome) in zip(
      ids, decodePlans(ids, in: folder, roster: roster, keepingTexts: false))
    {
      switch outcome {
      case .missing: continue
      case .failed(let error):
        guard case .notRegularFile = error else { throw error }
        problems.append(Problem(file: planPath(id), line: 1, notRegular(error)))
      case .decoded(let decoded): problems += decoded.problems
      }
    }
    if let logBytes = try reading(AuditLog.fileName) {
      problems += AuditLog.decode(logBytes, file: logPath).1
      if let last = logBytes.last, last != 0x0A {
        let line = logBytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        problems.append(
          Problem(
            file: logPath, line: line,
            Localized(
              "日志末尾没有换行；最后一条记录应完整",
              "the log does not end with a line break; expected its last record whole")))
      }
    }
    return problems
  }

  private func notRegular(_ error: StoreError) -> Localized {
    guard case .notRegularFile(_, let kind) = error else {
      return Localized(error.chineseDescription, error.description)
    }
    return Localized(
      "是 \(kind)，不是普通文件；应为 recfile", "is \(kind), not a regular file; expected a recfile")
  }

  /// The audit log, oldest first.
  public func logEntries() throws(StoreError) -> [AuditLog.Entry] {
    guard let bytes = try BoardFolder(path).read(AuditLog.fileName) else { return [] }
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
    try apply([change], by: actorID, today: today, time: time)
  }

  /// Applies several changes to one plan as one change: one lock, one save, one group of log
  /// records (one `Save`). Each is checked against the plan as the ones before it left it, and
  /// a refusal of any leaves the file as it was (`set --due … --status …` is never half made).
  ///
  /// - Precondition: every change names the same plan.
  @discardableResult
  public func apply(
    _ changes: [Change], by actorID: String?, today: Day, time: String
  ) throws(StoreError) -> [FieldChange] {
    guard let planID = changes.first?.planID else { return [] }
    precondition(changes.allSatisfy { $0.planID == planID }, "one plan per save")
    let folder = try BoardFolder(path)
    let lock = try FileLock(in: folder, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    try recoverInterruptedSave(folder)
    let (roster, settings) = try loadRoster(folder)
    let actor = actorID.flatMap { roster.unit(id: $0) }
    if actorID != nil && actor == nil { throw .refused(.unknownUnit(actorID ?? "")) }
    let file = planPath(planID)
    // `roster` and `log` name board files that are not plans.
    guard Unit.isValidID(planID), !BoardDirectory.reservedIDs.contains(planID),
      var bytes = try folder.read(planID + ".rec")
    else {
      throw .noSuchPlan(planID)
    }
    var decoded = PlanFile.decode(bytes, file: file, expectedID: planID, roster: roster)
    guard decoded.problems.isEmpty, var plan = decoded.plan else {
      throw .problems(decoded.problems)
    }
    var fields: [FieldChange] = []
    for change in changes {
      let before = plan
      var changed: [FieldChange]
      do {
        changed = try plan.apply(
          change, by: actor, roster: roster, today: today, settings: settings)
      } catch {
        throw .refused(error)
      }
      guard !changed.isEmpty else { continue }
      if !fields.isEmpty {
        // The tasks' byte ranges moved with the change before; find them again.
        decoded = PlanFile.decode(bytes, file: file, expectedID: planID, roster: roster)
      }
      bytes = PlanFile.save(
        before: before, after: plan, change: change, bytes: bytes, decoded: decoded,
        roster: roster)
      if case .removeTask(let taskID) = change.operation, let removed = before.task(id: taskID) {
        // Keep the removed task's last state in the log, whole.
        let whole = String(decoding: PlanFile.encode(removed, roster: roster), as: UTF8.self)
          .trimmingWhitespace()
        changed = changed.map { field in
          var field = field
          field.old = whole
          return field
        }
      }
      fields += changed
    }
    guard !fields.isEmpty else { return [] }
    let entries = fields.map {
      AuditLog.Entry(
        time: time, unit: actor?.id ?? "", plan: planID, task: $0.taskID,
        field: $0.field, old: $0.old, new: $0.new)
    }
    let save = LoggedSave(folder: folder, files: [(planID + ".rec", bytes)])
    let (_, warnings) = try save.run(entries)
    warnings.forEach(onWarning)
    return fields
  }

  /// Marks of every file a reader depends on, to notice changes made by other sessions.
  public func stamp() -> [String: FileStamp] {
    var stamps: [String: FileStamp] = [:]
    let names = (try? BoardFolder(path).list()) ?? []
    for name in names where name.hasSuffix(".rec") && !name.hasPrefix(".") {
      if let stamp = FileSystem.stamp(path + "/" + name) { stamps[name] = stamp }
    }
    return stamps
  }
}
