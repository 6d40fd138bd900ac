import BoardCore
import BoardUI

/// `board plans`: every plan with its counts and traffic light.
enum PlansCommand: Command {
  static let declaration = CommandDeclaration(
    "plans",
    summary: Message(
      "列出方案：任务数、已完成、逾期、未分配和状态灯",
      "list the plans with tasks, done, overdue, unassigned and a traffic light"),
    arguments: [CommonArguments.format])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let board = try context.loadBoard()
    let rules = context.rules(for: board)
    let language = context.language
    let output = context.output
    let summaries = board.plans.map { ($0, rules.summary(of: $0)) }
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for (plan, summary) in summaries {
        writer.add(
          .object([
            ("id", .string(plan.id)), ("title", .string(plan.title)),
            ("region", .string(plan.region)), ("number", .string(plan.number)),
            ("issued", .string(plan.issued?.description)),
            ("start", .string(plan.start?.description)), ("end", .string(plan.end?.description)),
            ("tasks", .number(summary.tasks)), ("done", .number(summary.done)),
            ("blocked", .number(summary.blocked)), ("overdue", .number(summary.overdue)),
            ("dueSoon", .number(summary.dueSoon)), ("unassigned", .number(summary.unassigned)),
            ("light", .string(summary.light.rawValue)),
          ]))
      }
      writer.finish()
    case .tsv:
      output.line(
        TSV.line([
          "id", "title", "region", "tasks", "done", "overdue", "dueSoon", "unassigned", "light",
        ]))
      for (plan, summary) in summaries {
        output.line(
          TSV.line([
            plan.id, plan.title, plan.region, String(summary.tasks), String(summary.done),
            String(summary.overdue), String(summary.dueSoon), String(summary.unassigned),
            summary.light.rawValue,
          ]))
      }
    case .table:
      var table = TextTable([
        .init(title: language.pick("方案", "plan")),
        .init(title: language.pick("名称", "title"), limit: 40),
        .init(title: language.pick("辖区", "region")),
        .init(title: language.pick("任务", "tasks"), alignRight: true),
        .init(title: language.pick("已完成", "done"), alignRight: true),
        .init(title: language.pick("逾期", "overdue"), alignRight: true),
        .init(title: language.pick("即将到期", "due soon"), alignRight: true),
        .init(title: language.pick("未分配", "unassigned"), alignRight: true),
        .init(title: language.pick("灯", "light")),
      ])
      for (plan, summary) in summaries {
        table.add([
          plan.id, plan.title, language.region(plan.region), String(summary.tasks),
          String(summary.done), String(summary.overdue), String(summary.dueSoon),
          String(summary.unassigned), language.name(of: summary.light),
        ])
      }
      table.write(to: output)
    }
    return .success
  }
}
