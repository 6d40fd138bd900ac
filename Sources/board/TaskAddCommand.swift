import BoardCore
import BoardStore

/// `board task add PLAN --title …`: a task written by hand.
enum TaskAddCommand: Command {
  static let name = "task add"
  static let usage =
    "PLAN --title TITLE [--id ID] [--section S] [--text T] [--lead U,...] [--coop U,...] [--due DATE|none]"
  static let summary = "add a task to a plan (office only)"
  static let options: [OptionSpec] = [
    .value("--title", "TITLE", "the task's short title"),
    .value("--id", "ID", "its id (default: the next free number in the plan's numbering)"),
    .value("--section", "SECTION", "the heading it stands under"),
    .value("--text", "TEXT", "its full text"),
    .value("--lead", "UNIT,...", "lead units by id or name"),
    .value("--coop", "UNIT,...", "cooperating units by id or name"),
    .value(
      "--due", "YYYY-MM-DD|none", "its deadline (default: the plan's end); none: ongoing (长期)"),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let planID = try arguments.positionals("PLAN")[0]
    guard let title = arguments.value("--title")?.trimmingWhitespace(), !title.isEmpty else {
      throw UsageError("a task needs a title: give --title")
    }
    let board = try context.loadBoard()
    let plan = try Program.plan(planID, in: board)
    let section = arguments.value("--section")?.trimmingWhitespace() ?? ""
    let id = arguments.value("--id") ?? plan.nextTaskID(section: section.isEmpty ? nil : section)
    let lead = try arguments.value("--lead").map {
      try Changes.units($0, plan: plan, roster: board.roster)
    }
    let coop = try arguments.value("--coop").map {
      try Changes.units($0, plan: plan, roster: board.roster)
    }
    let due: Day?
    if let given = try TaskEditCommand.due(arguments) { due = given } else { due = plan.end }
    let task = PlanTask(
      id: id, section: section, title: title, text: arguments.value("--text") ?? "",
      lead: lead ?? [], coop: coop ?? [], due: due)
    return try Changes.apply(Change(planID: plan.id, .addTask(task)), context)
  }
}
