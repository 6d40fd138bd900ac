import BoardCore

/// `board set PLAN TASK --status STATUS --due DEADLINE`.
enum SetCommand: Command {
  static let status = Option<Status>(
    "--status",
    help: Localized(
      "todo、doing、blocked 或 done（或 未开始、进行中、受阻、已完成）",
      "todo, doing, blocked or done (or \"to do\", \"in progress\", 未开始, 进行中, …)"))
  static let due = Option<Deadline>(
    "--due",
    help: Localized(
      "修改期限（仅办公室）；长期、ongoing、none 或 -：无期限",
      "set the deadline (office only); ongoing, 长期, none or -: no deadline"))

  static let declaration = CommandDeclaration(
    "set",
    summary: Localized(
      "设置任务状态（牵头单位：本单位牵头的任务，已完成须申请办结；办公室：任何任务）",
      "set a task's status (lead units: their own tasks, done only by request-done; the office: any)"
    ),
    arguments: [CommonArguments.plan, CommonArguments.task, status, due])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let plan = input[CommonArguments.plan].text
    let task = input[CommonArguments.task].text
    var changes: [Change.Operation] = []
    // One save for both: a unit may set a status but never a deadline, so a unit's
    // `--status X --due Y` is refused whole, not half made.
    if let due = input[Self.due] { changes.append(.setDue(task: task, due.day)) }
    if let status = input[Self.status] { changes.append(.setStatus(task: task, status)) }
    guard !changes.isEmpty else {
      throw input.usageError(
        Localized("没有要设置的内容：请给出 --status 或 --due", "nothing to set: give --status or --due"))
    }
    return try Changes.apply(changes.map { Change(planID: plan, $0) }, context)
  }
}
