import BoardCore
import BoardUI

/// `board chase PLAN TASK [MESSAGE]` and `board chase --lead UNIT [MESSAGE]`: the office
/// records a chase (催办) on one task, or on every overdue task a unit leads; the level
/// (blue, yellow, red) follows from the task (docs/supervision.md).
enum ChaseCommand: Command {
  static let lead = Option<String>(
    "--lead", "UNIT",
    help: Localized(
      "催办此单位（编号或名称）牵头的所有逾期任务，此时不写 PLAN TASK",
      "chase every overdue task this unit (id or name) leads; then give no PLAN TASK"))
  static let plan = Positional<PlanID>(
    "PLAN", help: Localized("方案编号", "the plan's id"), omittedWith: lead)
  static let task = Positional<TaskID>(
    "TASK", help: Localized("任务编号", "the task's id"), omittedWith: lead)
  static let message = Positional<String>(
    "MESSAGE", help: Localized("催办内容（可省略）", "the message (may be left out)"), optional: true,
    rest: true)

  static let declaration = CommandDeclaration(
    "chase",
    summary: Localized(
      "催办：记录对一项任务或某单位全部逾期任务的催办（仅办公室）",
      "chase: record a chase of one task, or of every overdue task of a unit (office only)"),
    arguments: [plan, task, message, lead])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let text = input.given(message) ?? ""
    guard let unitText = input[lead] else {
      return try Changes.apply(
        Change(planID: input[plan].text, .chase(task: input[task].text, message: text)), context)
    }
    let board = try context.loadBoard()
    let rules = context.rules(for: board)
    let unit = try Program.unit(unitText, in: board.roster, region: nil)
    var chased = 0
    for plan in board.plans {
      for task in plan.tasks where task.lead.contains(unit.id) && rules.isOverdue(task) {
        _ = try Changes.apply(
          Change(planID: plan.id, .chase(task: task.id, message: text)), context)
        chased += 1
      }
    }
    let language = context.language
    context.output.line(
      VisibleText.line(
        language.pick(
          "已催办 \(unit.name)（\(unit.id)）牵头的 \(chased) 项逾期任务",
          "chased \(chased) overdue tasks led by \(unit.name) (\(unit.id))")))
    return .success
  }
}
