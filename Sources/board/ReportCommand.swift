import BoardCore
import BoardReport
import BoardStore

/// `board report`: the joint meeting's report, on the terminal, as Markdown, CSV or HTML.
enum ReportCommand: Command {
  static let name = "report"
  static let usage = "[--plan ID] [--format FORMAT] [--out FILE] [--bom]"
  static let summary =
    "the joint meeting's report: units, plans, overdue tasks to chase, indicators"
  static let options: [OptionSpec] = [
    .value("--plan", "ID", "only this plan's tasks"),
    .value("--format", "table|tsv|json|md|csv|html", "output format (default: table)"),
    .value("--out", "FILE", "write the report to FILE instead of standard output"),
    .flag("--bom", "start CSV with the byte-order mark Excel and WPS need for UTF-8"),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    _ = try arguments.positionals()
    let format = try ReportFormat(arguments)
    let board = try context.loadBoard()
    let plan = try arguments.value("--plan").map { try Program.plan($0, in: board).id }
    let report = Report(
      board: board, rules: context.rules(for: board), plan: plan,
      author: try context.actor(in: board.roster), userName: Clock.userName())
    let text = format.render(report, language: context.language, bom: arguments.has("--bom"))
    if let path = arguments.value("--out") {
      try OutputFile.write(path, text)
    } else {
      context.output.write(text)
    }
    return .success
  }
}
