import BoardCore
import BoardStore
import BoardUI

/// `board plan edit PLAN [--title] [--region] [--issuer] [--number] [--start] [--end]`: a
/// plan's own fields. A Region makes that jurisdiction's units assignable to the plan.
enum PlanEditCommand: Command {
  static let title = Option<String>("--title", "TITLE", help: Message("方案名称", "the plan's title"))
  static let region = Option<String>(
    "--region", "REGION",
    help: Message(
      "辖区（黔江区）：此后其任务从该辖区的单位中指派", "its jurisdiction (黔江区): its tasks take that jurisdiction's units")
  )
  static let issuer = Option<String>(
    "--issuer", "NAME", help: Message("发文机关", "the issuing office"))
  static let number = Option<String>(
    "--number", "NUMBER", help: Message("文号", "the document number"))
  static let start = Option<Day>("--start", help: Message("实施期的第一天", "the first day of its period"))
  static let end = Option<Day>("--end", help: Message("实施期的最后一天", "the last day of its period"))

  static let declaration = CommandDeclaration(
    "plan edit",
    summary: Message(
      "修改方案的名称、辖区、发文机关、文号或实施期（仅办公室）",
      "change a plan's title, jurisdiction, issuer, number or period (office only)"),
    arguments: [CommonArguments.plan, title, region, issuer, number, start, end])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let plan = input[CommonArguments.plan].text
    let fields = BoardDirectory.PlanFields(
      title: input[title]?.trimmingWhitespace(), region: input[region]?.trimmingWhitespace(),
      issuer: input[issuer], number: input[number], start: input[start], end: input[end])
    if fields.title?.isEmpty == true {
      throw input.usageError(Message("方案名称不能为空：--title", "a plan needs a title: give --title"))
    }
    let entries = try context.directory.editPlan(
      plan, fields, by: try context.actorID(), time: Clock.now())
    Changes.print(entries, context)
    return .success
  }
}
