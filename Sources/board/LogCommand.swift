import BoardCore
import BoardStore
import BoardUI

/// `board log`: the audit trail.
enum LogCommand: Command {
  static let name = "log"
  static let usage = "[--plan ID] [--unit ID] [--since YYYY-MM-DD]"
  static let summary = "show the audit log: who changed what, when, from what to what"
  static let options: [OptionSpec] = [
    .value("--plan", "ID", "only changes to this plan"),
    .value("--since", "YYYY-MM-DD", "only changes on or after this day"),
    .format,
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    _ = try arguments.positionals()
    let format = try OutputFormat(arguments)
    var since: Day?
    if let text = arguments.value("--since") {
      guard let day = Day(text) else {
        throw UsageError("--since expects a date YYYY-MM-DD, found \"\(text)\"")
      }
      since = day
    }
    let directory = context.directory
    let (roster, _) = try directory.loadRoster()
    let entries = try directory.logEntries().filter { entry in
      if let plan = arguments.value("--plan"), entry.plan != plan { return false }
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
