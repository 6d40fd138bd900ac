import BoardCore
import BoardStore
import BoardUI

/// One task with what the listings show about it: computed flags and unit names.
struct TaskRow {
  let plan: Plan
  let task: PlanTask
  let roster: Roster
  let rules: Rules

  var isOverdue: Bool { rules.isOverdue(task) }
  var isDueSoon: Bool { rules.isDueSoon(task) }
  var isUnassigned: Bool { rules.isUnassigned(task) }
  var light: Light { rules.light(of: task) }
  var isAwaitingSignoff: Bool { rules.isAwaitingSignoff(task) }
  var hasExtensionRequest: Bool { rules.hasExtensionRequest(task) }
  var isReportMissing: Bool { rules.isReportMissing(task) }
  var chaseLevel: ChaseLevel? { rules.chaseLevel(task) }
  var leadNames: [String] { task.lead.map(roster.name(of:)) }
  var coopNames: [String] { task.coop.map(roster.name(of:)) }

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

  var json: JSON {
    .object([
      ("plan", .string(plan.id)),
      ("id", .string(task.id)),
      ("section", .string(task.section)),
      ("title", .string(task.title)),
      ("text", .string(task.text)),
      ("lead", .array(leadNames.map { .string($0) })),
      ("coop", .array(coopNames.map { .string($0) })),
      ("leadIds", .array(task.lead.map { .string($0) })),
      ("coopIds", .array(task.coop.map { .string($0) })),
      ("due", .string(task.due?.description)),
      ("status", .string(task.status.rawValue)),
      ("overdue", .bool(isOverdue)),
      ("dueSoon", .bool(isDueSoon)),
      ("unassigned", .bool(isUnassigned)),
      ("light", .string(light.rawValue)),
      ("awaitingSignoff", .bool(isAwaitingSignoff)),
      ("extensionRequested", .bool(hasExtensionRequest)),
      ("reportMissing", .bool(isReportMissing)),
      ("chaseLevel", .string(chaseLevel?.rawValue)),
      (
        "notes",
        .array(
          task.notes.map { note in
            .object([
              ("date", .string(note.date.description)),
              ("unit", .string(note.author)),
              ("unitName", .string(roster.name(of: note.author))),
              ("text", .string(note.text)),
            ])
          })
      ),
      (
        "events",
        .array(
          task.events.map { event in
            .object([
              ("date", .string(event.date.description)),
              ("unit", .string(event.unit)),
              ("unitName", .string(roster.name(of: event.unit))),
              ("kind", .string(event.kind.rawValue)),
              ("deadline", .string(event.deadline?.description)),
              ("previousDeadline", .string(event.previousDeadline?.description)),
              ("level", .string(event.level?.rawValue)),
              ("text", .string(event.text)),
            ])
          })
      ),
    ])
  }
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
