import BoardCore

/// `board sendback PLAN TASK REASON`: the office sends a completion request back (退回).
enum SendbackCommand: Command {
  static let reason = Positional<String>(
    "REASON", help: Localized("退回理由（其余的词以空格连接）", "why (the remaining words, joined by spaces)"),
    rest: true)

  static let declaration = CommandDeclaration(
    "sendback",
    summary: Localized(
      "退回办结申请并说明理由：任务回到进行中（仅办公室）",
      "send a completion request back with a reason: the task is in progress again (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, reason])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    try Changes.apply(
      Change(
        planID: input[CommonArguments.plan].text,
        .sendBack(task: input[CommonArguments.task].text, reason: input[reason])), context)
  }
}
