import BoardCore

/// `board task edit PLAN TASK --title …`: correct a task's title, text, section or deadline.
enum TaskEditCommand: Command {
  static let title = Option<String>("--title", "TITLE", help: Localized("新名称", "the new title"))
  static let text = Option<String>("--text", help: Localized("新正文", "the new text"))
  static let section = Option<String>(
    "--section", "SECTION", help: Localized("新的所属标题", "the new section"))
  static let due = Option<Deadline>(
    "--due",
    help: Localized(
      "新期限；长期、ongoing、none 或 -：无期限", "the new deadline; ongoing, 长期, none or -: no deadline"))

  static let declaration = CommandDeclaration(
    "task edit",
    summary: Localized(
      "修改任务的名称、正文、所属标题或期限（仅办公室）", "change a task's title, text, section or deadline (office only)"),
    arguments: [CommonArguments.plan, CommonArguments.task, title, text, section, due])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let plan = input[CommonArguments.plan].text
    let task = input[CommonArguments.task].text
    let edit = TaskEdit(title: input[title], text: input[text], section: input[section])
    let due = input[Self.due]
    guard edit != TaskEdit() || due != nil else {
      throw input.usageError(
        Localized(
          "没有要修改的内容：请给出 --title、--text、--section 或 --due",
          "nothing to change: give --title, --text, --section or --due"))
    }
    var changes: [Change.Operation] = []
    if edit != TaskEdit() { changes.append(.editTask(task: task, edit)) }
    if let due { changes.append(.setDue(task: task, due.day)) }
    return try Changes.apply(changes.map { Change(planID: plan, $0) }, context)
  }
}
