import BoardCore

/// `board assign PLAN TASK --lead U,... --coop U,...`.
enum AssignCommand: Command {
  static let lead = Option<UnitList>(
    "--lead", help: Message("牵头单位（编号或名称）；\"\" 表示无", "lead units by id or name; \"\" for none"))
  static let coop = Option<UnitList>(
    "--coop",
    help: Message("配合单位（编号或名称）；\"\" 表示无", "cooperating units by id or name; \"\" for none"))

  static let declaration = CommandDeclaration(
    "assign",
    summary: Message("设置任务的牵头和配合单位（仅办公室）", "set a task's lead and cooperating units (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, lead, coop])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    guard input.isGiven(lead) || input.isGiven(coop) else {
      throw input.usageError(
        Message("没有要分配的内容：请给出 --lead 和/或 --coop", "nothing to assign: give --lead and/or --coop"))
    }
    let board = try context.loadBoard()
    let plan = try Program.plan(input[CommonArguments.plan], in: board)
    let task = try Program.task(input[CommonArguments.task], in: plan)
    let lead = try input[Self.lead].map { try Changes.units($0, plan: plan, roster: board.roster) }
    let coop = try input[Self.coop].map { try Changes.units($0, plan: plan, roster: board.roster) }
    return try Changes.apply(
      Change(planID: plan.id, .assign(task: task.id, lead: lead, coop: coop)), context)
  }
}
