import BoardCore
import BoardStore
import BoardUI

/// What the change commands share: apply one change as the acting unit, then say what
/// changed.
enum Changes {
  static func apply(_ change: Change, _ context: Context) throws -> ExitStatus {
    let actorID = try context.actorID()
    let changes = try context.directory.apply(
      change, by: actorID, today: context.today, time: Clock.now())
    let language = context.language
    if changes.isEmpty {
      context.output.line(
        VisibleText.line(
          language.pick("未改变：", "unchanged: ") + "\(change.planID) \(change.taskID)"))
    }
    for field in changes {
      let old = field.old.isEmpty ? "—" : field.old
      context.output.line(
        VisibleText.line(
          language.pick("已保存：", "saved: ")
            + "\(change.planID) \(field.taskID) \(field.field): \(old) → \(field.new)"))
    }
    return .success
  }

  /// Unit ids from a comma-separated list of ids or names, within the plan's jurisdiction.
  static func units(_ list: String, plan: Plan, roster: Roster) throws -> [String] {
    try list.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" })
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
      .map { try Program.unit($0, in: roster, region: plan.region).id }
  }
}

/// `board set PLAN TASK --status STATUS`.
enum SetCommand: Command {
  static let name = "set"
  static let usage = "PLAN TASK [--status todo|doing|blocked|done] [--due YYYY-MM-DD|none]"
  static let summary = "set a task's status (lead units: their own tasks; the office: any)"
  static let options: [OptionSpec] = [
    .value("--status", "STATUS", "todo, doing, blocked or done (or 未开始, 进行中, 受阻, 已完成)"),
    .value("--due", "YYYY-MM-DD|none", "set the deadline (office only); none: ongoing (长期)"),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let names = try arguments.positionals("PLAN", "TASK")
    var changes: [Change.Operation] = []
    // The deadline first: a unit may set a status but never a deadline, so a unit's
    // `--status X --due Y` is refused before its status is saved, not half made.
    if let text = arguments.value("--due") {
      if text == "none" || text == "长期" {
        changes.append(.setDue(task: names[1], nil))
      } else {
        guard let day = Day(text) else {
          throw UsageError("--due expects a date YYYY-MM-DD or none, found \"\(text)\"")
        }
        changes.append(.setDue(task: names[1], day))
      }
    }
    if let text = arguments.value("--status") {
      guard let status = Status(code: text) else {
        throw UsageError("--status expects todo, doing, blocked or done, found \"\(text)\"")
      }
      changes.append(.setStatus(task: names[1], status))
    }
    guard !changes.isEmpty else { throw UsageError("nothing to set: give --status or --due") }
    for operation in changes {
      _ = try Changes.apply(Change(planID: names[0], operation), context)
    }
    return .success
  }
}

/// `board assign PLAN TASK --lead U,... --coop U,...`.
enum AssignCommand: Command {
  static let name = "assign"
  static let usage = "PLAN TASK [--lead UNIT,...] [--coop UNIT,...]"
  static let summary = "set a task's lead and cooperating units (office only)"
  static let options: [OptionSpec] = [
    .value("--lead", "UNIT,...", "lead units by id or name; \"\" for none"),
    .value("--coop", "UNIT,...", "cooperating units by id or name; \"\" for none"),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let names = try arguments.positionals("PLAN", "TASK")
    guard arguments.has("--lead") || arguments.has("--coop") else {
      throw UsageError("nothing to assign: give --lead and/or --coop")
    }
    let board = try context.loadBoard()
    let plan = try Program.plan(names[0], in: board)
    _ = try Program.task(names[1], in: plan)
    let lead = try arguments.value("--lead").map {
      try Changes.units($0, plan: plan, roster: board.roster)
    }
    let coop = try arguments.value("--coop").map {
      try Changes.units($0, plan: plan, roster: board.roster)
    }
    return try Changes.apply(
      Change(planID: plan.id, .assign(task: names[1], lead: lead, coop: coop)), context)
  }
}

/// `board note PLAN TASK TEXT`.
enum NoteCommand: Command {
  static let name = "note"
  static let usage = "PLAN TASK TEXT"
  static let summary = "add a progress note to a task, dated today and signed by your unit"

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    guard arguments.positionals.count >= 3 else {
      _ = try arguments.positionals("PLAN", "TASK", "TEXT")
      return .failure
    }
    let plan = arguments.positionals[0]
    let task = arguments.positionals[1]
    let text = arguments.positionals[2...].joined(separator: " ")
    return try Changes.apply(Change(planID: plan, .addNote(task: task, text: text)), context)
  }
}
