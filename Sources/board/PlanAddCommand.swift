import BoardCore
import BoardStore
import BoardUI

/// `board plan add ID --title …`: an empty plan, for tasks added by hand.
enum PlanAddCommand: Command {
  static let id = Positional<String>("ID", help: Message("新方案的编号", "the new plan's id"))
  static let title = Option<String>(
    "--title", "TITLE", help: Message("方案名称（照原文）", "the plan's title as written"), required: true)
  static let region = Option<String>(
    "--region", "REGION",
    help: Message("辖区（黔江区）；其单位在此辖区内查找", "its jurisdiction (黔江区); its units are looked up there"))
  static let start = Option<Day>(
    "--start", help: Message("实施期的第一天", "the first day of its period"))
  static let end = Option<Day>(
    "--end",
    help: Message("实施期的最后一天：新任务以此为期限", "the last day of its period: new tasks are due then"))

  static let declaration = CommandDeclaration(
    "plan add",
    summary: Message("向看板添加一个空方案（仅办公室）", "add an empty plan to the board (office only)"),
    arguments: [id, title, region, start, end])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let id = input[Self.id]
    let title = input[Self.title]?.trimmingWhitespace() ?? ""
    guard !title.isEmpty else {
      throw input.usageError(Message("方案名称不能为空：--title", "a plan needs a title: give --title"))
    }
    let start = input[Self.start]
    let end = input[Self.end]
    if let start, let end, end < start {
      throw input.usageError(
        Message("--end \(end) 早于 --start \(start)", "--end \(end) is before --start \(start)"))
    }
    let plan = Plan(
      id: id, title: title, region: input[region]?.trimmingWhitespace() ?? "",
      start: start, end: end)
    try context.directory.create(
      plan: plan, addingUnits: [], by: try context.actorID(), time: Clock.now())
    context.output.line(
      VisibleText.line(
        context.language.pick("已保存：新方案 \(id) \(title)", "saved: new plan \(id) \(title)")))
    return .success
  }

}
