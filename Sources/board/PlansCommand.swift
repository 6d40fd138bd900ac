import BoardCore
import BoardUI

/// `board plans`: every plan with its counts and traffic light.
enum PlansCommand: Command {
  static let declaration = CommandDeclaration(
    "plans",
    summary: Localized(
      "列出方案：任务数、已完成、逾期、未分配和状态灯",
      "list the plans with tasks, done, overdue, unassigned and a traffic light"),
    arguments: [CommonArguments.format, CommonArguments.fields])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let board = try context.loadBoard()
    let rules = context.rules(for: board)
    let rows = board.plans.map { PlanRow(plan: $0, summary: rules.summary(of: $0)) }
    try PlanRow.listing.chosen(by: input).write(
      rows, format: format, language: context.language, to: context.output)
    return .success
  }
}

/// One plan with its counts, as `plans` lists it.
struct PlanRow {
  let plan: Plan
  let summary: PlanSummary

  static let listing = Listing<PlanRow>([
    .text("id", Localized("方案", "plan"), { $0.plan.id }),
    .text("title", Localized("名称", "title"), limit: 40, { $0.plan.title }),
    .text(
      "region", Localized("辖区", "region"), { $0.plan.region },
      cell: { row, language in language.region(row.plan.region) }),
    .number("tasks", Localized("任务", "tasks"), { $0.summary.tasks }),
    .number("done", Localized("已完成", "done"), { $0.summary.done }),
    .number("overdue", Localized("逾期", "overdue"), { $0.summary.overdue }),
    .number("dueSoon", Localized("即将到期", "due soon"), { $0.summary.dueSoon }),
    .number("unassigned", Localized("未分配", "unassigned"), { $0.summary.unassigned }),
    .text(
      "light", Localized("灯", "light"), { $0.summary.light.rawValue },
      cell: { row, language in language.name(of: row.summary.light) }),
    .number("blocked", nil, { $0.summary.blocked }),
    .text("number", nil, { $0.plan.number }),
    .text("issued", nil, { $0.plan.issued?.description }),
    .text("start", nil, { $0.plan.start?.description }),
    .text("end", nil, { $0.plan.end?.description }),
  ])
}
