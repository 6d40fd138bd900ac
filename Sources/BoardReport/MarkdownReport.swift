import BoardUI

/// The report as Markdown, for reading on screen or pasting into a document: a title, the
/// heading as a list, one numbered section per table, grouped tables under subheadings.
public enum MarkdownReport {
  public static func render(_ report: Report, language: Language) -> String {
    var out = "# " + escape(report.title(language)) + "\n\n"
    for line in report.headingLines(language) {
      out += "- " + escape(line.label) + language.pick("：", ": ") + escape(line.value) + "\n"
    }
    for (index, table) in report.tables(language).enumerated() {
      out += "\n## " + ReportText.number(index, language) + escape(table.title) + "\n\n"
      guard !table.rows.isEmpty else {
        out += escape(table.emptyText) + "\n"
        continue
      }
      let columns = table.humanColumns.filter { !table.groupedBy.contains($0.index) }
      for group in table.groups {
        if !group.title.isEmpty { out += "### " + escape(group.title) + "\n\n" }
        out += "| " + columns.map { escape($0.column.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.column.numeric ? " ---: |" : " --- |" }.joined() + "\n"
        for row in group.rows {
          out += "| " + columns.map { cell(row[$0.index]) }.joined(separator: " | ") + " |\n"
        }
        out += "\n"
      }
      if let note = table.note { out += escape(note) + "\n" }
    }
    return out
  }

  static func cell(_ cell: ReportCell) -> String {
    cell == .none ? "—" : escape(cell.text)
  }

  /// Text safe in a Markdown table cell: markup characters escaped, HTML made text, line
  /// breaks and control characters shown (`VisibleText`) so a cell stays one line.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in VisibleText.line(text) {
      switch character {
      case "\\", "|", "*", "_", "`", "[", "]", "#": out += "\\" + String(character)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      default: out.append(character)
      }
    }
    return out
  }
}

/// Words every format puts around the tables.
public enum ReportText {
  /// The number before a section's title: 一、 二、 in Chinese, 1. 2. in English.
  public static func number(_ index: Int, _ language: Language) -> String {
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    guard language == .zh, index < numerals.count else { return "\(index + 1). " }
    return numerals[index] + "、"
  }
}
