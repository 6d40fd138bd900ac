import BoardUI

/// The report as one standalone HTML file to print on A4: inline CSS, no script, no outside
/// resource; table headers repeat on every page and rows are never cut across pages; every
/// text from the board is escaped.
public enum HTMLReport {
  public static func render(_ report: Report, language: Language) -> String {
    let title = escape(report.title(language))
    var out = """
      <!DOCTYPE html>
      <html lang="\(language.pick("zh-CN", "en"))">
      <head>
      <meta charset="utf-8">
      <title>\(title)</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      <h1>\(title)</h1>
      <p class="heading">
      """
    out += "\n"
    out += report.headingLines(language).map { line in
      "<span>" + escape(line.label) + language.pick("：", ": ") + escape(line.value) + "</span>"
    }.joined(separator: "\n")
    out += "\n</p>\n"
    for (index, table) in report.tables(language).enumerated() {
      out += "<section id=\"\(table.key)\">\n"
      out += "<h2>" + ReportText.number(index, language) + escape(table.title) + "</h2>\n"
      if table.rows.isEmpty {
        out += "<p class=\"empty\">" + escape(table.emptyText) + "</p>\n</section>\n"
        continue
      }
      let columns = table.humanColumns.filter { !table.groupedBy.contains($0.index) }
      for group in table.groups {
        if !group.title.isEmpty { out += "<h3>" + escape(group.title) + "</h3>\n" }
        out += "<table>\n<thead><tr>"
        for (_, column) in columns {
          out += "<th" + cellClass(column) + ">" + escape(column.title) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in group.rows {
          out += "<tr>"
          for (index, column) in columns {
            out += "<td" + cellClass(column, row[index]) + ">" + cellText(row[index]) + "</td>"
          }
          out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
      }
      if let note = table.note { out += "<p class=\"note\">" + escape(note) + "</p>\n" }
      out += "</section>\n"
    }
    out += "</body>\n</html>\n"
    return out
  }

  /// The print layout: A4 with margins, a Chinese font stack (Noto and Source Han as Debian
  /// installs them, then the fonts of Windows and macOS), table headers repeated on each page
  /// (`table-header-group`), rows kept whole (`break-inside: avoid`), headings kept with the
  /// table after them, short cells (`k`) on one line.
  static let style = """
    @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
      "Microsoft YaHei", "PingFang SC", "SimHei", "WenQuanYi Micro Hei", sans-serif;
      font-size: 9.5pt; line-height: 1.35; color: #000; margin: 0; }
    h1 { font-size: 16pt; margin: 0 0 4pt; }
    h2 { font-size: 12.5pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
    p.heading { margin: 0 0 6pt; color: #222; }
    p.heading span { display: inline-block; margin-right: 14pt; }
    table { border-collapse: collapse; width: 100%; margin: 0 0 4pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th, td { border: 0.6pt solid #666; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
    th { background: #e8e8e8; font-weight: bold; white-space: nowrap; }
    .n { text-align: right; white-space: nowrap; }
    .k { white-space: nowrap; }
    td.warn { color: #a00; font-weight: bold; }
    p.note, p.empty { font-size: 8.5pt; color: #333; margin: 2pt 0 0; }
    """

  static func cellClass(_ column: ReportTable.Column, _ cell: ReportCell? = nil) -> String {
    var classes: [String] = []
    if column.numeric { classes.append("n") }
    // Short words (a jurisdiction, a date, a status) stay on one line; long texts wrap.
    if !column.numeric && !column.long { classes.append("k") }
    if let cell, isWarning(column, cell) { classes.append("warn") }
    return classes.isEmpty ? "" : " class=\"" + classes.joined(separator: " ") + "\""
  }

  /// Cells that call for action: a red light, an indicator behind or missing, a count of
  /// overdue tasks above zero.
  static func isWarning(_ column: ReportTable.Column, _ cell: ReportCell) -> Bool {
    switch cell {
    case .label(let code, _): return ["red", "behind", "missing"].contains(code)
    case .number(let number): return number > 0 && column.key == "overdue"
    default: return false
    }
  }

  static func cellText(_ cell: ReportCell) -> String {
    cell == .none ? "—" : escape(cell.text)
  }

  /// Text as HTML text: `&`, `<`, `>` and both quotes as character references, line breaks as
  /// `<br>`, control characters shown (`VisibleText`).
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in VisibleText.lines(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n": out += "<br>"
      default: out.append(character)
      }
    }
    return out
  }
}
