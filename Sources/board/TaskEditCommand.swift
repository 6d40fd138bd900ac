import BoardCore

/// `board task edit PLAN TASK --title …`: correct a task's title, text, section or deadline.
enum TaskEditCommand: Command {
  static let title = Option<String>("--title", "TITLE", help: Message("新名称", "the new title"))
  static let text = Option<String>("--text", help: Message("新正文", "the new text"))
  static let section = Option<String>(
    "--section", "SECTION", help: Message("新的所属标题", "the new section"))
  static let due = Option<Deadline>(
    "--due", help: Message("新期限；none：长期", "the new deadline; none: ongoing (长期)"))

  static let declaration = CommandDeclaration(
    "task edit",
    summary: Message(
      "修改任务的名称、正文、所属标题或期限（仅办公室）", "change a task's title, text, section or deadline (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, title, text, section, due])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let plan = input[CommonArguments.plan].text
    let task = input[CommonArguments.task].text
    let edit = TaskEdit(title: input[title], text: input[text], section: input[section])
    let due = input[Self.due]
    guard edit != TaskEdit() || due != nil else {
      throw input.usageError(
        Message(
          "没有要修改的内容：请给出 --title、--text、--section 或 --due",
          "nothing to change: give --title, --text, --section or --due"))
    }
    if edit != TaskEdit() {
      _ = try Changes.apply(Change(planID: plan, .editTask(task: task, edit)), context)
    }
    if let due {
      _ = try Changes.apply(Change(planID: plan, .setDue(task: task, due.day)), context)
    }
    return .success
  }
}
