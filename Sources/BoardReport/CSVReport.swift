import BoardCore
import BoardUI

/// The report as one CSV file for Excel and WPS: RFC 4180 (fields with a comma, a quote or a
/// line break are quoted, quotes doubled, records end in CRLF), UTF-8, and with `--bom` the
/// byte-order mark both need to read UTF-8.
///
/// All tables go into one file with a section column: the first field of every record names
/// the table it belongs to, and each table's first record holds its column titles. Filtering
/// the first column in a spreadsheet shows one table with its titles on top.
public enum CSVReport {
  public static let byteOrderMark = "\u{FEFF}"

  public static func render(_ report: Report, language: Language, byteOrderMark: Bool = false)
    -> String
  {
    var out = byteOrderMark ? CSVReport.byteOrderMark : ""
    let section = language.pick("报告信息", "Report")
    out += record([section, language.pick("项目", "item"), language.pick("内容", "value")])
    out += record([section, language.pick("标题", "Title"), report.title(language)])
    for line in report.headingLines(language) { out += record([section, line.label, line.value]) }
    for table in report.tables(language) {
      let columns = table.humanColumns
      out += record([table.title] + columns.map(\.column.title))
      for row in table.rows {
        out += record([table.title] + columns.map { field(row[$0.index]) })
      }
    }
    return out
  }

  /// A cell's text for a spreadsheet. Text that a spreadsheet would take for a formula
  /// (starting with `=`, `+`, `-`, `@`) gets a leading `'`, so a task title can never run as
  /// one; numbers stay numbers.
  ///
  /// Control characters but the line break are shown as text (`VisibleText`): the file may be
  /// printed on a terminal.
  static func field(_ cell: ReportCell) -> String {
    let text = VisibleText.lines(cell.text)
    guard case .text = cell, let first = text.unicodeScalars.first,
      ["=", "+", "-", "@", "\t", "\r"].contains(first), Indicator.number(text) == nil
    else { return text }
    return "'" + text
  }

  /// One record: fields quoted where RFC 4180 requires, ended by CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\r\n"
  }

  /// A field as RFC 4180 writes it: in quotes, with quotes doubled, when it holds a comma, a
  /// quote or a line break; as it is otherwise.
  public static func quoted(_ field: String) -> String {
    guard
      field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else { return field }
    return "\"" + field.replacingQuotes() + "\""
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var out = ""
    for scalar in unicodeScalars {
      if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }
}
