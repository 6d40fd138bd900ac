import BoardCore

/// `board request-extension PLAN TASK --to DATE REASON`: a lead unit asks, before the
/// deadline has passed, for a later one (申请延期).
enum RequestExtensionCommand: Command {
  static let to = Option<Day>(
    "--to", help: Localized("申请的新期限", "the deadline asked for"), required: true)
  static let reason = Positional<String>(
    "REASON", help: Localized("延期理由（其余的词以空格连接）", "why (the remaining words, joined by spaces)"),
    rest: true)

  static let declaration = CommandDeclaration(
    "request-extension",
    summary: Localized(
      "申请延期：牵头单位在期限届满前申请新期限，待办公室审批",
      "request an extension: before the deadline, a lead unit asks for a later one, for the office to decide"
    ),
    arguments: [CommonArguments.plan, CommonArguments.task, reason, to])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    guard let day = input[to] else { return .failure }  // required: the parser made sure
    return try Changes.apply(
      Change(
        planID: input[CommonArguments.plan].text,
        .requestExtension(task: input[CommonArguments.task].text, to: day, reason: input[reason])),
      context)
  }
}
