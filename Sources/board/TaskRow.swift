import BoardCore
import BoardStore
import BoardUI

/// One task with what the listings show about it: computed flags and unit names.
struct TaskRow {
  /// The plan's id, all a row shows of its plan (not the plan: a copy per row retains
  /// each of its strings).
  let planID: String
  let task: PlanTask
  let roster: Roster
  let rules: Rules
  let names: RosterNames

  /// `names`: the roster's, made once for a listing of many rows.
  init(plan: Plan, task: PlanTask, roster: Roster, rules: Rules, names: RosterNames? = nil) {
    planID = plan.id
    self.task = task
    self.roster = roster
    self.rules = rules
    self.names = names ?? RosterNames(roster)
  }

  var isOverdue: Bool { rules.isOverdue(task) }
  var isDueSoon: Bool { rules.isDueSoon(task) }
  var isUnassigned: Bool { rules.isUnassigned(task) }
  var light: Light { rules.light(of: task) }
  var isAwaitingSignoff: Bool { rules.isAwaitingSignoff(task) }
  var hasExtensionRequest: Bool { rules.hasExtensionRequest(task) }
  var isReportMissing: Bool { rules.isReportMissing(task) }
  var chaseLevel: ChaseLevel? { rules.chaseLevel(task) }
  var leadNames: [String] { task.lead.map(names.name(of:)) }
  var coopNames: [String] { task.coop.map(names.name(of:)) }

  /// The flags a person looks for first: 逾期, 即将到期, 未分配, then where the task stands
  /// in the supervision cycle: 待审核, 延期申请, 未按期反馈, 催办（红色）.
  func flags(_ language: Language) -> String {
    var flags: [String] = []
    if isOverdue { flags.append(language.pick("逾期", "overdue")) }
    if isDueSoon { flags.append(language.pick("即将到期", "due soon")) }
    if isUnassigned { flags.append(language.pick("未分配", "unassigned")) }
    if isAwaitingSignoff { flags.append(language.pick("待审核", "awaiting sign-off")) }
    if hasExtensionRequest { flags.append(language.pick("延期申请", "extension requested")) }
    if isReportMissing { flags.append(language.pick("未按期反馈", "report missing")) }
    if let chaseLevel {
      flags.append(
        language.pick("催办（\(language.name(of: chaseLevel))）", "chased (\(chaseLevel.rawValue))"))
    }
    return flags.joined(separator: " ")
  }

  /// The computed flags, as scripts name them.
  var flagIDs: [String] {
    [
      (isOverdue, "overdue"), (isDueSoon, "dueSoon"), (isUnassigned, "unassigned"),
      (isAwaitingSignoff, "awaitingSignoff"), (hasExtensionRequest, "extensionRequested"),
      (isReportMissing, "reportMissing"),
    ].filter(\.0).map(\.1)
  }

  /// The columns of `list` and `show`.
  static let listing = Listing<TaskRow>(
    [
      .text("plan", Localized("方案", "plan"), { $0.planID }),
      .text("id", Localized("编号", "id"), { $0.task.id }),
      .text("section", nil, { $0.task.section }),
      .text("title", Localized("任务", "task"), limit: 24, { $0.task.title }),
      .list("lead", Localized("牵头单位", "lead"), limit: 20, { $0.leadNames }),
      .list("coop", Localized("配合单位", "cooperating"), limit: 20, { $0.coopNames }),
      .text(
        "due", Localized("期限", "deadline"), { $0.task.due?.description },
        cell: { row, language in language.deadline(row.task.due) }),
      .text(
        "status", Localized("状态", "status"), { $0.task.status.rawValue },
        cell: { row, language in language.name(of: row.task.status) }),
      .text("light", nil, { $0.light.rawValue }),
      .bool("overdue", { $0.isOverdue }),
      .bool("dueSoon", { $0.isDueSoon }),
      .bool("unassigned", { $0.isUnassigned }),
      // The supervision cycle (docs/supervision.md).
      .bool("awaitingSignoff", { $0.isAwaitingSignoff }),
      .bool("extensionRequested", { $0.hasExtensionRequest }),
      .bool("reportMissing", { $0.isReportMissing }),
      .text("chaseLevel", nil, { $0.chaseLevel?.rawValue }),
      .list("leadIds", nil, { $0.task.lead }),
      .list("coopIds", nil, { $0.task.coop }),
      .text("text", nil, needsTexts: true, { $0.task.text }),
      .init(
        key: "notes", heading: nil,
        value: { row in
          .array(
            row.task.notes.map { note in
              .object([
                ("date", .string(note.date.description)),
                ("unit", .string(note.author)),
                ("unitName", .string(row.roster.name(of: note.author))),
                ("text", .string(note.text)),
              ])
            })
        }, needsTexts: true),
      .init(
        key: "events", heading: nil,
        value: { row in
          .array(
            row.task.events.map { event in
              .object([
                ("date", .string(event.date.description)),
                ("unit", .string(event.unit)),
                ("unitName", .string(row.roster.name(of: event.unit))),
                ("kind", .string(event.kind.rawValue)),
                ("deadline", .string(event.deadline?.description)),
                ("previousDeadline", .string(event.previousDeadline?.description)),
                ("level", .string(event.level?.rawValue)),
                ("text", .string(event.text)),
              ])
            })
        }),
      .init(
        key: "flags", heading: Localized("提示", "flags"),
        value: { row in .array(row.flagIDs.map { .string($0) }) },
        cell: { row, language in row.flags(language) }),
    ], tableOrder: ["plan", "id", "title", "lead", "coop", "status", "due", "flags"])
}

/// Each unit's display name by id, as `Roster.name(of:)` gives it (the id itself for an id
/// the roster lacks), without copying the whole `Unit` for every name a listing shows.
struct RosterNames {
  private let byID: [String: String]

  init(_ roster: Roster) {
    var byID: [String: String] = [:]
    byID.reserveCapacity(roster.units.count)
    // The first unit with an id is the one the roster's lookup finds.
    for unit in roster.units where byID[unit.id] == nil { byID[unit.id] = unit.name }
    self.byID = byID
  }

  func name(of id: String) -> String { byID[id] ?? id }
}

/// Finding things the user named on the command line.
extension Program {
  /// The plan named; else the store's own error, so that every command says it alike.
  static func plan(_ id: PlanID, in board: Board) throws(StoreError) -> Plan {
    guard let plan = board.plan(id: id.text) else { throw .noSuchPlan(id.text) }
    return plan
  }

  /// The task named; else the core's own error, as a change to it would say.
  static func task(_ id: TaskID, in plan: Plan) throws(ChangeError) -> PlanTask {
    guard let task = plan.task(id: id.text) else {
      throw .noSuchTask(plan: plan.id, task: id.text)
    }
    return task
  }

  /// A unit named by id, or by name within `region` when given, else by a name that only one
  /// jurisdiction uses.
  static func unit(_ text: String, in roster: Roster, region: String?) throws(CommandError) -> Unit
  {
    if let unit = roster.unit(id: text) { return unit }
    if let region {
      guard let unit = roster.unit(named: text, in: region) else {
        throw .notFound(
          Localized(
            "\(region.isEmpty ? "未注明辖区的方案" : region)中没有单位“\(text)”（见 board units）",
            "no unit \"\(text)\" in \(region.isEmpty ? "plans without a Region" : region) "
              + "(see board units)"))
      }
      return unit
    }
    let matches = roster.units(named: text)
    guard let first = matches.first else {
      throw .notFound(
        Localized(
          "名册中没有单位“\(text)”（见 board units）", "no unit \"\(text)\" in the roster (see board units)"))
    }
    guard matches.count == 1 else {
      let choices = matches.map { "\($0.id) (\($0.region))" }.joined(separator: ", ")
      throw .invalid(
        Localized(
          "“\(text)”是多个辖区的单位名称：\(choices)；请给出编号",
          "\"\(text)\" names units of several jurisdictions: \(choices); give the id"))
    }
    return first
  }
}
