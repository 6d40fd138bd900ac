import BoardCore
import BoardUI

/// `board list`: the tasks, filtered.
enum ListCommand: Command {
  static let overdue = Flag(
    "--overdue", help: Message("只看已过期限且未完成的任务", "only tasks past their deadline and not done"))
  static let dueSoon = Flag(
    "--due-soon",
    help: Message(
      "只看期限临近且未完成的任务", "only tasks not done whose deadline is within the due-soon window"))
  static let unassigned = Flag(
    "--unassigned", help: Message("只看没有牵头单位的任务", "only tasks without a lead unit"))

  static let declaration = CommandDeclaration(
    "list",
    summary: Message(
      "列出任务：逾期、即将到期、未分配，某方案或某单位的", "list tasks: overdue, due soon, unassigned, of a plan or a unit"),
    arguments: [CommonArguments.planFilter, overdue, dueSoon, unassigned, CommonArguments.format])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    // Only JSON shows texts and notes; the other formats skip making strings of them.
    let board = try context.loadBoard(keepingTexts: format == .json)
    let rules = context.rules(for: board)
    var plans = board.plans
    let planID = input[CommonArguments.planFilter]
    if let planID { plans = [try Program.plan(planID, in: board)] }
    var unitID: String?
    if let text = context.unitOption {
      let region = planID.flatMap { board.plan(id: $0.text)?.region }
      unitID = try Program.unit(text, in: board.roster, region: region).id
    }
    let overdue = input[Self.overdue]
    let dueSoon = input[Self.dueSoon]
    let unassigned = input[Self.unassigned]

    var rows: [TaskRow] = []
    for plan in plans {
      for task in plan.tasks {
        if overdue && !rules.isOverdue(task) { continue }
        if dueSoon && !rules.isDueSoon(task) { continue }
        if unassigned && !rules.isUnassigned(task) { continue }
        if let unitID, !task.involves(unitID) { continue }
        rows.append(TaskRow(plan: plan, task: task, roster: board.roster, rules: rules))
      }
    }
    write(rows, format: format, context: context)
    return .success
  }

  static func write(_ rows: [TaskRow], format: OutputFormat, context: Context) {
    let language = context.language
    let output = context.output
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for row in rows { writer.add(row.json) }
      writer.finish()
    case .tsv:
      output.line(
        TSV.line([
          "plan", "id", "section", "title", "lead", "coop", "due", "status", "light", "overdue",
          "dueSoon", "unassigned",
        ]))
      for row in rows {
        output.line(
          TSV.line([
            row.plan.id, row.task.id, row.task.section, row.task.title,
            row.leadNames.joined(separator: "、"), row.coopNames.joined(separator: "、"),
            row.task.due?.description ?? "", row.task.status.rawValue, row.light.rawValue,
            String(row.isOverdue), String(row.isDueSoon), String(row.isUnassigned),
          ]))
      }
    case .table:
      var table = TextTable([
        .init(title: language.pick("方案", "plan")),
        .init(title: language.pick("编号", "id")),
        .init(title: language.pick("任务", "task"), limit: 24),
        .init(title: language.pick("牵头单位", "lead"), limit: 20),
        .init(title: language.pick("配合单位", "cooperating"), limit: 20),
        .init(title: language.pick("状态", "status")),
        .init(title: language.pick("期限", "deadline")),
        .init(title: language.pick("提示", "flags")),
      ])
      for row in rows {
        table.add([
          row.plan.id, row.task.id, row.task.title,
          row.leadNames.joined(separator: language.listSeparator),
          row.coopNames.joined(separator: language.listSeparator),
          language.name(of: row.task.status), language.deadline(row.task.due),
          row.flags(language),
        ])
      }
      table.write(to: output)
      output.line(language.pick("共 \(rows.count) 项任务", "\(rows.count) tasks"))
    }
  }
}
