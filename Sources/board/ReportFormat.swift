import BoardReport
import BoardUI

/// The formats of `board report`: the terminal's table, TSV and JSON for scripts, Markdown,
/// CSV and HTML for the meeting.
enum ReportFormat: String, CaseIterable {
  case table
  case tsv
  case json
  case md
  case csv
  case html

  init(_ arguments: Arguments) throws(UsageError) {
    guard let text = arguments.value("--format") else {
      self = .table
      return
    }
    guard let format = ReportFormat(rawValue: text) else {
      let names = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw UsageError("--format expects one of \(names), found \"\(text)\"")
    }
    self = format
  }

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
