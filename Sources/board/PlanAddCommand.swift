import BoardCore
import BoardStore
import BoardUI

/// `board plan add ID --title …`: an empty plan, for tasks added by hand.
enum PlanAddCommand: Command {
  static let name = "plan add"
  static let usage = "ID --title TITLE [--region REGION] [--start DATE] [--end DATE]"
  static let summary = "add an empty plan to the board (office only)"
  static let options: [OptionSpec] = [
    .value("--title", "TITLE", "the plan's title as written"),
    .value("--region", "REGION", "its jurisdiction (黔江区); its units are looked up there"),
    .value("--start", "YYYY-MM-DD", "the first day of its period"),
    .value("--end", "YYYY-MM-DD", "the last day of its period: new tasks are due then"),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let id = try arguments.positionals("ID")[0]
    guard let title = arguments.value("--title")?.trimmingWhitespace(), !title.isEmpty else {
      throw UsageError("a plan needs a title: give --title")
    }
    let start = try date(arguments, "--start")
    let end = try date(arguments, "--end")
    if let start, let end, end < start {
      throw UsageError("--end \(end) is before --start \(start)")
    }
    let plan = Plan(
      id: id, title: title, region: arguments.value("--region")?.trimmingWhitespace() ?? "",
      start: start, end: end)
    try context.directory.create(
      plan: plan, addingUnits: [], by: try context.actorID(), time: Clock.now())
    context.output.line(
      VisibleText.line(
        context.language.pick("已保存：新方案 \(id) \(title)", "saved: new plan \(id) \(title)")))
    return .success
  }

  static func date(_ arguments: Arguments, _ name: String) throws(UsageError) -> Day? {
    guard let text = arguments.value(name) else { return nil }
    guard let day = Day(text) else {
      throw UsageError("\(name) expects a date YYYY-MM-DD, found \"\(text)\"")
    }
    return day
  }
}
