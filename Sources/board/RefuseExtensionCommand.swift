import BoardCore

/// `board refuse-extension PLAN TASK REASON`: the office refuses a pending extension.
enum RefuseExtensionCommand: Command {
  static let reason = Positional<String>(
    "REASON", help: Localized("不予延期的理由（其余的词以空格连接）", "why (the remaining words, joined by spaces)"),
    rest: true)

  static let declaration = CommandDeclaration(
    "refuse-extension",
    summary: Localized(
      "不予延期并说明理由：期限不变（仅办公室）",
      "refuse an extension request with a reason: the deadline stays (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, reason])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    try Changes.apply(
      Change(
        planID: input[CommonArguments.plan].text,
        .refuseExtension(task: input[CommonArguments.task].text, reason: input[reason])),
      context)
  }
}
