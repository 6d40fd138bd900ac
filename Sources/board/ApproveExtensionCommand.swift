import BoardCore

/// `board approve-extension PLAN TASK [NOTE]`: the office grants a pending extension; the
/// deadline becomes the one asked for, and the task's history keeps the old one.
enum ApproveExtensionCommand: Command {
  static let note = Positional<String>(
    "NOTE", help: Localized("审批意见（可省略）", "a remark (may be left out)"), optional: true, rest: true)

  static let declaration = CommandDeclaration(
    "approve-extension",
    summary: Localized(
      "批准延期申请：期限改为所申请的日期（仅办公室）",
      "approve an extension request: the deadline becomes the one asked for (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, note])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    try Changes.apply(
      Change(
        planID: input[CommonArguments.plan].text,
        .approveExtension(task: input[CommonArguments.task].text, note: input.given(note) ?? "")),
      context)
  }
}
