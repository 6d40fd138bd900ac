import BoardCore
import BoardUI

/// `board show PLAN TASK`: one task in full.
enum ShowCommand: Command {
  static let declaration = CommandDeclaration(
    "show",
    summary: Localized(
      "显示一项任务的全部内容：正文、单位、期限、状态，以及进度反馈和督办记录的时间线",
      "show one task in full: text, units, deadline, status, and its time line of notes and supervision steps"
    ),
    arguments: [CommonArguments.plan, CommonArguments.task, CommonArguments.format])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let board = try context.loadBoard()
    let plan = try Program.plan(input[CommonArguments.plan], in: board)
    let task = try Program.task(input[CommonArguments.task], in: plan)
    let row = TaskRow(
      plan: plan, task: task, roster: board.roster, rules: context.rules(for: board))
    switch format {
    case .json:
      // One task: the object itself, with the keys of `list`'s.
      context.output.line(TaskRow.listing.json(row).text)
      return .success
    case .tsv:
      context.output.line(TSV.line(TaskRow.listing.keys))
      context.output.line(TaskRow.listing.tsvLine(row))
      return .success
    case .table:
      break
    }
    let language = context.language
    let output = context.output
    let none = language.pick("（无）", "(none)")
    func field(_ label: String, _ value: String) {
      output.line(label + language.pick("：", ": ") + VisibleText.line(value.isEmpty ? none : value))
    }
    output.line(VisibleText.line("\(plan.id) \(task.id) \(task.title)"))
    field(language.pick("方案", "Plan"), plan.title)
    field(language.pick("章节", "Section"), task.section)
    field(language.pick("牵头单位", "Lead"), row.leadNames.joined(separator: language.listSeparator))
    field(
      language.pick("配合单位", "Cooperating"), row.coopNames.joined(separator: language.listSeparator))
    field(language.pick("期限", "Deadline"), language.deadline(task.due))
    let flags = row.flags(language)
    if !flags.isEmpty { field(language.pick("提醒", "Flags"), flags) }
    field(language.pick("状态", "Status"), language.name(of: task.status))
    field(language.pick("状态灯", "Light"), language.name(of: row.light))
    if let request = task.supervision.extensionRequest, row.hasExtensionRequest {
      field(
        language.pick("延期申请", "Extension requested"),
        (request.deadline?.description ?? "") + language.pick("：", ": ") + request.text)
    }
    output.line()
    output.line(language.pick("任务内容：", "Text:"))
    output.line(VisibleText.lines(task.text.isEmpty ? none : task.text))
    output.line()
    output.line(language.pick("时间线（进度反馈与督办）：", "Time line (notes and supervision):"))
    let entries = TimeLine.entries(of: task)
    if entries.isEmpty { output.line(none) }
    for entry in entries {
      let unit = board.roster.name(of: entry.unit)
      output.line(
        VisibleText.lines(
          "\(entry.date) \(unit)（\(entry.unit)）" + language.pick("：", ": ")
            + entry.what(language)))
    }
    return .success
  }
}
