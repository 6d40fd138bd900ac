import BoardCore

/// Starting a board and keeping its plans and units by hand (office only): `board init`,
/// `plan edit`, `unit edit`, `unit rm`, `unit merge`. Each is one logged save of every file it
/// changes (`saveLogged`), under the board's lock, with every file checked by decoding it
/// first.
extension BoardDirectory {
  /// The fields `plan edit` may change; nil leaves a field as it is.
  public struct PlanFields: Sendable {
    public var title: String?
    public var region: String?
    public var issuer: String?
    public var number: String?
    public var start: Day?
    public var end: Day?

    public init(
      title: String? = nil, region: String? = nil, issuer: String? = nil, number: String? = nil,
      start: Day? = nil, end: Day? = nil
    ) {
      self.title = title
      self.region = region
      self.issuer = issuer
      self.number = number
      self.start = start
      self.end = end
    }
  }

  /// The fields `unit edit` may change; nil leaves a field as it is.
  public struct UnitFields: Sendable {
    public var name: String?
    public var aliases: [String]?
    public var logins: [String]?
    public var region: String?

    public init(
      name: String? = nil, aliases: [String]? = nil, logins: [String]? = nil, region: String? = nil
    ) {
      self.name = name
      self.aliases = aliases
      self.logins = logins
      self.region = region
    }
  }

  /// Starts a board in an empty or missing directory: the roster with the board's name and
  /// the office. Refuses, changing nothing, where a board (a roster, a plan, a log) is.
  @discardableResult
  public func initialize(name: String, office: Unit, time: String) throws(StoreError)
    -> AuditLog.Entry
  {
    if !FileSystem.exists(path) { try FileSystem.makeDirectory(path) }
    guard FileSystem.isDirectory(path) else {
      throw .io(path: path, operation: "start a board in", message: "not a directory")
    }
    try refuseExistingBoard()
    let lock = try FileLock(path: lockPath, timeout: lockTimeout, holder: office.id)
    defer { withExtendedLifetime(lock) {} }
    try refuseExistingBoard()
    let bytes = RosterFile.encode(
      Roster(units: [office]), settings: BoardSettings(name: name), name: name)
    let (_, _, problems) = RosterFile.decode(bytes, file: rosterPath)
    guard problems.isEmpty else { throw .problems(problems) }
    return try saveLogged([(rosterPath, bytes)], [unitEntry(office, time: time, actor: office)])[0]
  }

  private func refuseExistingBoard() throws(StoreError) {
    let names = try FileSystem.list(path)
    if names.contains(where: { $0.hasSuffix(".rec") && !$0.hasPrefix(".") }) {
      throw .boardExists(path: path)
    }
  }

  /// The whole board as it is on disk, under the lock the caller holds.
  private func current(_ actorID: String?) throws(StoreError) -> (Board, Unit) {
    try recoverInterruptedSave()
    let (_, roster) = try rosterOnDisk()
    let actor = try manager(actorID, in: roster)
    let board = try load()
    return (board, actor)
  }

  /// Saves a new roster and the plans that changed, with these log records.
  private func save(
    roster: Roster, settings: BoardSettings, plans: [Plan], entries: [AuditLog.Entry]
  ) throws(StoreError) -> [AuditLog.Entry] {
    guard !entries.isEmpty else { return [] }
    var files: [(String, [UInt8])] = []
    let rosterBytes = RosterFile.encode(roster, settings: settings, name: settings.name)
    let (_, _, problems) = RosterFile.decode(rosterBytes, file: rosterPath)
    guard problems.isEmpty else { throw .problems(problems) }
    if rosterBytes != (try FileSystem.read(rosterPath)) { files.append((rosterPath, rosterBytes)) }
    for plan in plans {
      let file = planPath(plan.id)
      let bytes = PlanFile.encode(plan, roster: roster)
      let decoded = PlanFile.decode(bytes, file: file, expectedID: plan.id, roster: roster)
      guard decoded.problems.isEmpty else { throw .problems(decoded.problems) }
      files.append((file, bytes))
    }
    return try saveLogged(files, entries)
  }

  /// `plan edit`: a plan's own fields. A new Region makes that jurisdiction's units
  /// assignable to it; each unit its tasks name is then found there by name, and a unit of
  /// its old jurisdiction that no other plan names (the units the importer made for it)
  /// moves with it.
  @discardableResult
  public func editPlan(_ id: String, _ fields: PlanFields, by actorID: String?, time: String)
    throws(StoreError) -> [AuditLog.Entry]
  {
    let lock = try FileLock(path: lockPath, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    let (board, actor) = try current(actorID)
    guard var plan = board.plan(id: id) else { throw .noSuchPlan(id) }
    let before = plan
    var roster = board.roster
    var entries: [AuditLog.Entry] = []
    func log(_ field: String, _ old: String, _ new: String) {
      guard old != new else { return }
      entries.append(
        AuditLog.Entry(
          time: time, unit: actor.id, plan: id, task: "", field: field, old: old, new: new))
    }
    if let title = fields.title { plan.title = title }
    if let issuer = fields.issuer { plan.issuer = issuer }
    if let number = fields.number { plan.number = number }
    if let start = fields.start { plan.start = start }
    if let end = fields.end { plan.end = end }
    if let start = plan.start, let end = plan.end, end < start {
      throw .invalidEdit(
        Localized(
          "方案的结束日期 \(end) 早于开始日期 \(start)", "the plan's end \(end) is before its start \(start)"))
    }
    if let region = fields.region, region != plan.region {
      var units = roster.units
      var remap: [String: String] = [:]
      let others = board.plans.filter { $0.id != id }
      for unitID in Set(plan.tasks.flatMap { $0.lead + $0.coop } + plan.indicators.flatMap(\.units))
      {
        guard let unit = roster.unit(id: unitID), unit.region != region else { continue }
        if let there = roster.unit(named: unit.name, in: region), there.role == .unit {
          remap[unitID] = there.id
          continue
        }
        let namedElsewhere = others.filter { other in
          other.tasks.contains { $0.lead.contains(unitID) || $0.coop.contains(unitID) }
            || other.indicators.contains { $0.units.contains(unitID) }
        }
        guard namedElsewhere.isEmpty else {
          throw .invalidEdit(
            Localized(
              "单位 \(unit.id) \(unit.name) 也用于 \(namedElsewhere.map(\.id).joined(separator: "、"))；"
                + "请先在\(region)添加名为 \(unit.name) 的单位（board unit add）",
              "unit \(unit.id) \(unit.name) is also named by \(namedElsewhere.map(\.id).joined(separator: ", ")); "
                + "add a unit named \(unit.name) to \(region) first (board unit add)"))
        }
        if let index = units.firstIndex(where: { $0.id == unitID }) {
          units[index].region = region
          entries.append(
            AuditLog.Entry(
              time: time, unit: actor.id, plan: "roster", task: unitID, field: "region",
              old: unit.region, new: region))
        }
      }
      roster = Roster(units: units)
      plan.region = region
      plan.tasks = plan.tasks.map { task in
        var task = task
        task.lead = task.lead.map { remap[$0] ?? $0 }
        task.coop = task.coop.map { remap[$0] ?? $0 }
        return task
      }
      plan.indicators = plan.indicators.map { indicator in
        var indicator = indicator
        indicator.units = indicator.units.map { remap[$0] ?? $0 }
        return indicator
      }
    }
    log("title", before.title, plan.title)
    log("region", before.region, plan.region)
    log("issuer", before.issuer, plan.issuer)
    log("number", before.number, plan.number)
    log("start", before.start?.description ?? "", plan.start?.description ?? "")
    log("end", before.end?.description ?? "", plan.end?.description ?? "")
    // The units' records first, then the plan's fields.
    entries.sort { ($0.plan == "roster" ? 0 : 1) < ($1.plan == "roster" ? 0 : 1) }
    return try save(roster: roster, settings: board.settings, plans: [plan], entries: entries)
  }

  /// `unit edit`: a unit's name, aliases, logins or jurisdiction. Plans name units by name,
  /// so every plan naming it is rewritten with the new name; its jurisdiction changes only
  /// while no plan of its old one names it.
  @discardableResult
  public func editUnit(_ id: String, _ fields: UnitFields, by actorID: String?, time: String)
    throws(StoreError) -> [AuditLog.Entry]
  {
    let lock = try FileLock(path: lockPath, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    let (board, actor) = try current(actorID)
    guard let before = board.roster.unit(id: id) else { throw .noSuchUnit(id) }
    var unit = before
    if let name = fields.name {
      guard !name.trimmingWhitespace().isEmpty else { throw .invalidUnitName(name) }
      unit.name = name
    }
    if let aliases = fields.aliases { unit.aliases = aliases }
    if let logins = fields.logins { unit.logins = logins }
    if let region = fields.region { unit.region = region }
    let naming = BoardDirectory.plans(naming: id, in: board)
    if unit.region != before.region, let plan = naming.first(where: { $0.region != unit.region }) {
      throw .unitInUse(id: id, uses: BoardDirectory.uses(of: id, in: [plan]), action: "move")
    }
    for name in [unit.name] + unit.aliases {
      if let other = board.roster.unit(named: name, in: unit.region), other.id != id {
        throw .unitNameExists(name: name, region: unit.region, id: other.id)
      }
    }
    let units = board.roster.units.map { $0.id == id ? unit : $0 }
    var entries: [AuditLog.Entry] = []
    func log(_ field: String, _ old: String, _ new: String) {
      guard old != new else { return }
      entries.append(
        AuditLog.Entry(
          time: time, unit: actor.id, plan: "roster", task: id, field: field, old: old, new: new))
    }
    log("name", before.name, unit.name)
    log("alias", before.aliases.joined(separator: ", "), unit.aliases.joined(separator: ", "))
    log("login", before.logins.joined(separator: ", "), unit.logins.joined(separator: ", "))
    log("region", before.region, unit.region)
    let rewritten = unit.name != before.name ? naming : []
    return try save(
      roster: Roster(units: units), settings: board.settings, plans: rewritten, entries: entries)
  }

  /// `unit rm`: a unit no task or indicator names.
  @discardableResult
  public func removeUnit(_ id: String, by actorID: String?, time: String) throws(StoreError)
    -> AuditLog.Entry
  {
    let lock = try FileLock(path: lockPath, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    let (board, actor) = try current(actorID)
    guard let unit = board.roster.unit(id: id) else { throw .noSuchUnit(id) }
    if unit.id == actor.id {
      throw .invalidEdit(Localized("办公室不能删除自己", "the office cannot remove itself"))
    }
    let naming = BoardDirectory.plans(naming: id, in: board)
    guard naming.isEmpty else {
      throw .unitInUse(id: id, uses: BoardDirectory.uses(of: id, in: naming), action: "remove")
    }
    var entry = unitEntry(unit, time: time, actor: actor)
    (entry.old, entry.new) = (entry.new, "")
    let units = board.roster.units.filter { $0.id != id }
    return try save(
      roster: Roster(units: units), settings: board.settings, plans: [], entries: [entry])[0]
  }

  /// `unit merge FROM INTO`: two spellings of one unit. Every task's lead and cooperating
  /// lists and every indicator name INTO where they named FROM; FROM leaves the roster and its
  /// name and aliases become INTO's aliases. One logged save.
  @discardableResult
  public func mergeUnit(_ from: String, into: String, by actorID: String?, time: String)
    throws(StoreError) -> [AuditLog.Entry]
  {
    let lock = try FileLock(path: lockPath, timeout: lockTimeout, holder: actorID ?? "")
    defer { withExtendedLifetime(lock) {} }
    let (board, actor) = try current(actorID)
    guard let old = board.roster.unit(id: from) else { throw .noSuchUnit(from) }
    guard var target = board.roster.unit(id: into) else { throw .noSuchUnit(into) }
    guard from != into else {
      throw .invalidEdit(Localized("单位不能合并到自己", "a unit cannot be merged into itself"))
    }
    guard old.region == target.region, old.role == target.role else {
      throw .invalidEdit(
        Localized(
          "\(from) 与 \(into) 属于不同辖区或角色；只有同一单位的两种写法才能合并",
          "\(from) and \(into) are units of different jurisdictions or roles; only two spellings of one unit merge"
        ))
    }
    for name in [old.name] + old.aliases where name != target.name && !target.aliases.contains(name)
    {
      target.aliases.append(name)
    }
    target.logins += old.logins.filter { !target.logins.contains($0) }
    var entries: [AuditLog.Entry] = [
      AuditLog.Entry(
        time: time, unit: actor.id, plan: "roster", task: from, field: "merge",
        old: "\(old.name) (\(from))", new: "\(target.name) (\(into))")
    ]
    let units = board.roster.units.compactMap { unit -> Unit? in
      unit.id == from ? nil : (unit.id == into ? target : unit)
    }
    func merged(_ ids: [String]) -> [String] {
      var result: [String] = []
      for id in ids.map({ $0 == from ? into : $0 }) where !result.contains(id) { result.append(id) }
      return result
    }
    var plans: [Plan] = []
    for var plan in BoardDirectory.plans(naming: from, in: board) {
      for index in plan.tasks.indices {
        let task = plan.tasks[index]
        let lead = merged(task.lead)
        var coop = merged(task.coop)
        coop.removeAll { lead.contains($0) }
        for (field, before, after) in [("lead", task.lead, lead), ("coop", task.coop, coop)]
        where before != after {
          entries.append(
            AuditLog.Entry(
              time: time, unit: actor.id, plan: plan.id, task: task.id, field: field,
              old: before.map(board.roster.name(of:)).joined(separator: "、"),
              new: after.map { $0 == into ? target.name : board.roster.name(of: $0) }.joined(
                separator: "、")))
        }
        plan.tasks[index].lead = lead
        plan.tasks[index].coop = coop
      }
      for index in plan.indicators.indices {
        plan.indicators[index].units = merged(plan.indicators[index].units)
      }
      plans.append(plan)
    }
    return try save(
      roster: Roster(units: units), settings: board.settings, plans: plans, entries: entries)
  }

  static func plans(naming id: String, in board: Board) -> [Plan] {
    board.plans.filter { plan in
      plan.tasks.contains { $0.lead.contains(id) || $0.coop.contains(id) }
        || plan.indicators.contains { $0.units.contains(id) }
    }
  }

  /// `plan 1.2, plan 3`: where a unit is named.
  static func uses(of id: String, in plans: [Plan]) -> [String] {
    plans.flatMap { plan in
      plan.tasks.filter { $0.lead.contains(id) || $0.coop.contains(id) }.map {
        "\(plan.id) \($0.id)"
      }
        + plan.indicators.filter { $0.units.contains(id) }.map { "\(plan.id) \($0.id)" }
    }
  }
}
