import BoardCore
import BoardReport
import BoardUI

/// `board indicator list`: every indicator's target against its actual value for each year,
/// as the report's indicator table (`ReportColumns.indicators`).
enum IndicatorListCommand: Command {
  static let declaration = CommandDeclaration(
    "indicator list",
    summary: Localized(
      "列出指标：每年的目标值和实际值，标出年度已过未报送的",
      "list indicators: target and actual value per year, "
        + "marking years over without a report"),
    arguments: [CommonArguments.planFilter, CommonArguments.format])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let board = try context.loadBoard(keepingTexts: false)
    let plans =
      try input[CommonArguments.planFilter].map { [try Program.plan($0, in: board)] }
      ?? board.plans
    let language = context.language
    let rows = Report.indicatorRows(of: plans, roster: board.roster, today: context.today)
    let table = Report.indicatorTable(rows, language: language)
    let output = context.output
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for object in ReportOutput.objects(of: table) { writer.add(object) }
      writer.finish()
    case .tsv:
      output.line(TSV.line(table.columns.map(\.key)))
      for row in table.rows { output.line(TSV.line(row.map(\.code))) }
    case .table:
      guard !rows.isEmpty else {
        output.line(table.emptyText)
        return .success
      }
      output.write(ReportOutput.text(of: table))
      let missing = rows.filter { $0.year.state == .missing }.count
      let behind = rows.filter { $0.year.state == .behind }.count
      output.line(
        language.pick(
          "共 \(rows.count) 个指标年度：未报送 \(missing) 个（年度已过仍无实际值），未达标 \(behind) 个",
          "\(rows.count) indicator years: \(missing) missing a report (the year is over and "
            + "no actual value), \(behind) behind the target"))
    }
    return .success
  }
}
