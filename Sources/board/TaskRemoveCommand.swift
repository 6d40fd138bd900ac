import BoardCore
import BoardUI

/// `board task rm PLAN TASK --yes`: remove a task. The audit log keeps its last state.
enum TaskRemoveCommand: Command {
  static let name = "task rm"
  static let usage = "PLAN TASK --yes"
  static let summary = "remove a task; the log keeps its last state (office only)"
  static let options: [OptionSpec] = [.flag("--yes", "really remove it")]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let names = try arguments.positionals("PLAN", "TASK")
    let board = try context.loadBoard()
    let task = try Program.task(names[1], in: try Program.plan(names[0], in: board))
    guard arguments.has("--yes") else {
      throw UsageError(
        VisibleText.line(
          "this removes task \(task.id) \(task.title) from \(names[0]); "
            + "add --yes to remove it (board log keeps its last state)"))
    }
    return try Changes.apply(Change(planID: names[0], .removeTask(task: task.id)), context)
  }
}
