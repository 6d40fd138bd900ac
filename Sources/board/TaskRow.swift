import BoardCore
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
  var leadNames: [String] { task.lead.map(roster.name(of:)) }
  var coopNames: [String] { task.coop.map(roster.name(of:)) }

  /// The flags a person looks for first: 逾期, 即将到期, 未分配.
  func flags(_ language: Language) -> String {
    var flags: [String] = []
    if isOverdue { flags.append(language.pick("逾期", "overdue")) }
    if isDueSoon { flags.append(language.pick("即将到期", "due soon")) }
    if isUnassigned { flags.append(language.pick("未分配", "unassigned")) }
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
    ])
  }
}

/// Finding things the user named on the command line.
extension Program {
  static func plan(_ id: PlanID, in board: Board) throws(CommandError) -> Plan {
    guard let plan = board.plan(id: id.text) else {
      throw .notFound("no plan \"\(id.text)\" (see board plans)")
    }
    return plan
  }

  static func task(_ id: TaskID, in plan: Plan) throws(CommandError) -> PlanTask {
    guard let task = plan.task(id: id.text) else {
      throw .notFound(
        "no task \"\(id.text)\" in plan \(plan.id) (see board list --plan \(plan.id))")
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
          "no unit \"\(text)\" in \(region.isEmpty ? "plans without a Region" : region) "
            + "(see board units)")
      }
      return unit
    }
    let matches = roster.units(named: text)
    guard let first = matches.first else {
      throw .notFound("no unit \"\(text)\" in the roster (see board units)")
    }
    guard matches.count == 1 else {
      let choices = matches.map { "\($0.id) (\($0.region))" }.joined(separator: ", ")
      throw .invalid("\"\(text)\" names units of several jurisdictions: \(choices); give the id")
    }
    return first
  }
}
