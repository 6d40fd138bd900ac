import BoardCore
import BoardStore

/// `board task add PLAN --title …`: a task written by hand.
enum TaskAddCommand: Command {
  static let title = Option<String>(
    "--title", "TITLE", help: Message("任务的简短名称", "the task's short title"), required: true)
  static let id = Option<String>(
    "--id", "ID",
    help: Message(
      "任务编号（默认：按方案编号规则的下一个空号）", "its id (default: the next free number in the plan's numbering)"))
  static let section = Option<String>(
    "--section", "SECTION", help: Message("所属标题", "the heading it stands under"))
  static let text = Option<String>("--text", help: Message("任务全文", "its full text"))
  static let lead = Option<UnitList>(
    "--lead", help: Message("牵头单位（编号或名称）", "lead units by id or name"))
  static let coop = Option<UnitList>(
    "--coop", help: Message("配合单位（编号或名称）", "cooperating units by id or name"))
  static let due = Option<Deadline>(
    "--due",
    help: Message(
      "期限（默认：方案结束日）；none：长期", "its deadline (default: the plan's end); none: ongoing (长期)"))

  static let declaration = CommandDeclaration(
    "task add",
    summary: Message("向方案添加一项任务（仅办公室）", "add a task to a plan (office only)"),
    arguments: [CommonArguments.plan, title, id, section, text, lead, coop, due])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let title = input[Self.title]?.trimmingWhitespace() ?? ""
    guard !title.isEmpty else {
      throw input.usageError(Message("任务名称不能为空：--title", "a task needs a title: give --title"))
    }
    let board = try context.loadBoard()
    let plan = try Program.plan(input[CommonArguments.plan], in: board)
    let section = input[Self.section]?.trimmingWhitespace() ?? ""
    let id = input[Self.id] ?? plan.nextTaskID(section: section.isEmpty ? nil : section)
    let lead = try input[Self.lead].map { try Changes.units($0, plan: plan, roster: board.roster) }
    let coop = try input[Self.coop].map { try Changes.units($0, plan: plan, roster: board.roster) }
    let due = input[Self.due].map(\.day) ?? plan.end
    let task = PlanTask(
      id: id, section: section, title: title, text: input[Self.text] ?? "",
      lead: lead ?? [], coop: coop ?? [], due: due)
    return try Changes.apply(Change(planID: plan.id, .addTask(task)), context)
  }
}
