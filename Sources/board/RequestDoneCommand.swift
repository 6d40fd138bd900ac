import BoardCore

/// `board request-done PLAN TASK NOTE`: a lead unit reports a task done and asks the office
/// to sign it off (申请办结).
enum RequestDoneCommand: Command {
  static let note = Positional<String>(
    "NOTE",
    help: Localized("完成情况说明（其余的词以空格连接）", "what was done (the remaining words, joined by spaces)"),
    rest: true)

  static let declaration = CommandDeclaration(
    "request-done",
    summary: Localized(
      "申请办结：牵头单位报告任务已完成，待办公室审核",
      "request completion: a lead unit reports a task done, for the office to sign off"),
    arguments: [CommonArguments.plan, CommonArguments.task, note])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    try Changes.apply(
      Change(
        planID: input[CommonArguments.plan].text,
        .requestDone(task: input[CommonArguments.task].text, note: input[note])), context)
  }
}
