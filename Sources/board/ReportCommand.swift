import BoardCore
import BoardReport
import BoardStore

/// `board report`: the joint meeting's report, on the terminal, as Markdown, CSV or HTML.
enum ReportCommand: Command {
  static let format = Option<ReportFormat>(
    "--format", help: Message("输出格式", "output format"), default: .table)
  static let out = Option<String>(
    "--out", "FILE",
    help: Message("把报告写入文件 FILE，而不是标准输出", "write the report to FILE instead of standard output"))
  static let bom = Flag(
    "--bom",
    help: Message(
      "CSV 以字节顺序标记开头（Excel 和 WPS 读 UTF-8 时需要）",
      "start CSV with the byte-order mark Excel and WPS need for UTF-8"))

  static let declaration = CommandDeclaration(
    "report",
    summary: Message(
      "联席会议报告：单位、方案、待催办的逾期任务、指标",
      "the joint meeting's report: units, plans, overdue tasks to chase, indicators"),
    arguments: [CommonArguments.planFilter, format, out, bom])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[Self.format] ?? .table
    let board = try context.loadBoard()
    let plan = try input[CommonArguments.planFilter].map { try Program.plan($0, in: board).id }
    let report = Report(
      board: board, rules: context.rules(for: board), plan: plan,
      author: try context.actor(in: board.roster), userName: Clock.userName())
    let text = format.render(report, language: context.language, bom: input[bom])
    if let path = input[out] {
      try OutputFile.write(path, text)
    } else {
      context.output.write(text)
    }
    return .success
  }
}
