import BoardCore
import BoardUI

/// `board task rm PLAN TASK --yes`: remove a task. The audit log keeps its last state.
enum TaskRemoveCommand: Command {
  static let yes = Flag("--yes", help: Message("确认删除", "really remove it"))

  static let declaration = CommandDeclaration(
    "task rm",
    summary: Message(
      "删除一项任务；日志保留其最后状态（仅办公室）", "remove a task; the log keeps its last state (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, yes])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let board = try context.loadBoard()
    let plan = try Program.plan(input[CommonArguments.plan], in: board)
    let task = try Program.task(input[CommonArguments.task], in: plan)
    guard input[yes] else {
      throw input.usageError(
        Message(
          "此操作将从 \(plan.id) 删除任务 \(task.id) \(task.title)；确认删除请加 --yes（board log 保留其最后状态）",
          "this removes task \(task.id) \(task.title) from \(plan.id); "
            + "add --yes to remove it (board log keeps its last state)"))
    }
    return try Changes.apply(Change(planID: plan.id, .removeTask(task: task.id)), context)
  }
}
