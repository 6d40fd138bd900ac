import BoardCore
import BoardStore
import BoardUI

/// `board log`: the audit trail.
enum LogCommand: Command {
  static let since = Option<Day>(
    "--since", help: Message("只看这一天及以后的修改", "only changes on or after this day"))

  static let declaration = CommandDeclaration(
    "log",
    summary: Message(
      "查看审计日志：谁在何时把什么从什么改成了什么", "show the audit log: who changed what, when, from what to what"),
    arguments: [CommonArguments.planFilter, since, CommonArguments.format])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let since = input[Self.since]
    let planID = input[CommonArguments.planFilter]?.text
    let directory = context.directory
    let (roster, _) = try directory.loadRoster()
    let entries = try directory.logEntries().filter { entry in
      if let planID, entry.plan != planID { return false }
      if let unit = context.unitOption, entry.unit != unit { return false }
      if let since, let day = entry.day, day < since { return false }
      return true
    }
    let output = context.output
    let language = context.language
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for entry in entries {
        writer.add(
          .object([
            ("time", .string(entry.time)), ("unit", .string(entry.unit)),
            ("unitName", .string(roster.name(of: entry.unit))), ("plan", .string(entry.plan)),
            ("task", .string(entry.task)), ("field", .string(entry.field)),
            ("old", .string(entry.old)), ("new", .string(entry.new)),
          ]))
      }
      writer.finish()
    case .tsv:
      output.line(TSV.line(["time", "unit", "plan", "task", "field", "old", "new"]))
      for entry in entries {
        output.line(
          TSV.line([
            entry.time, entry.unit, entry.plan, entry.task, entry.field, entry.old, entry.new,
          ]))
      }
    case .table:
      var table = TextTable([
        .init(title: language.pick("时间", "time")),
        .init(title: language.pick("单位", "unit"), limit: 20),
        .init(title: language.pick("方案", "plan")),
        .init(title: language.pick("任务", "task")),
        .init(title: language.pick("字段", "field")),
        .init(title: language.pick("原值", "old"), limit: 24),
        .init(title: language.pick("新值", "new"), limit: 30),
      ])
      for entry in entries {
        table.add([
          entry.time, roster.name(of: entry.unit), entry.plan, entry.task, entry.field,
          entry.old, entry.new,
        ])
      }
      table.write(to: output)
    }
    return .success
  }
}
