import BoardReport
import BoardUI

/// The formats of `board report`: the terminal's table, TSV and JSON for scripts, Markdown,
/// CSV and HTML for the meeting.
enum ReportFormat: String, CaseIterable, ArgumentValue {
  case table
  case tsv
  case json
  case md
  case csv
  case html

  static var placeholder: String { "table|tsv|json|md|csv|html" }
  static var expectation: Message {
    let names = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
    return Message("以下之一：\(names)", "one of \(names)")
  }
  init?(argument: String) { self.init(rawValue: argument) }
  var argumentText: String { rawValue }

  func render(_ report: Report, language: Language, bom: Bool) -> String {
    switch self {
    case .table: return ReportOutput.table(report, language: language)
    case .tsv: return ReportOutput.tsv(report, language: language)
    case .json: return ReportOutput.json(report, language: language)
    case .md: return MarkdownReport.render(report, language: language)
    case .csv: return CSVReport.render(report, language: language, byteOrderMark: bom)
    case .html: return HTMLReport.render(report, language: language)
    }
  }
}
