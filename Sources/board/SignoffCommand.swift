import BoardCore

/// `board signoff PLAN TASK [NOTE]`: the office accepts a completion request (已办结).
enum SignoffCommand: Command {
  static let note = Positional<String>(
    "NOTE", help: Localized("审核意见（可省略）", "a remark (may be left out)"), optional: true, rest: true)

  static let declaration = CommandDeclaration(
    "signoff",
    summary: Localized(
      "审核通过办结申请：任务已办结（仅办公室）", "sign off a completion request: the task is done (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, note])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    try Changes.apply(
      Change(
        planID: input[CommonArguments.plan].text,
        .signOff(task: input[CommonArguments.task].text, note: input.given(note) ?? "")),
      context)
  }
}
