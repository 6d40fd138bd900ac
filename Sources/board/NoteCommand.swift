import BoardCore

/// `board note PLAN TASK TEXT`.
enum NoteCommand: Command {
  static let text = Positional<String>(
    "TEXT", help: Message("反馈内容（其余的词以空格连接）", "the note (the remaining words, joined by spaces)"),
    rest: true)

  static let declaration = CommandDeclaration(
    "note",
    summary: Message(
      "为任务添加进度反馈，日期为今天，署名为本单位", "add a progress note to a task, dated today and signed by your unit"
    ),
    arguments: [CommonArguments.plan, CommonArguments.task, text])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    try Changes.apply(
      Change(
        planID: input[CommonArguments.plan].text,
        .addNote(task: input[CommonArguments.task].text, text: input[text])), context)
  }
}
