import BoardCore
import BoardReport
import BoardUI

/// The report in the listings' three faces, from the same tables as Markdown, CSV and HTML.
enum ReportOutput {
  /// Each table under its numbered title, grouped tables under their groups' names.
  static func table(_ report: Report, language: Language) -> String {
    var out = report.title(language) + "\n"
    for line in report.headingLines(language) {
      out += line.label + language.pick("：", ": ") + VisibleText.line(line.value) + "\n"
    }
    for (index, table) in report.tables(language).enumerated() {
      out += "\n" + ReportText.number(index, language) + table.title + "\n"
      guard !table.rows.isEmpty else {
        out += table.emptyText + "\n"
        continue
      }
      out += text(of: table)
      if let note = table.note { out += note + "\n" }
    }
    return out
  }

  /// One table's rows for the terminal, grouped tables under their groups' names.
  static func text(of table: ReportTable) -> String {
    var out = ""
    let columns = table.humanColumns.filter { !table.groupedBy.contains($0.index) }
    for group in table.groups {
      if !group.title.isEmpty { out += "【" + VisibleText.line(group.title) + "】\n" }
      var text = TextTable(
        columns.map {
          TextTable.Column(
            title: $0.column.title, limit: $0.column.long ? 30 : .max,
            alignRight: $0.column.numeric)
        })
      for row in group.rows {
        text.add(columns.map { row[$0.index] == .none ? "—" : row[$0.index].text })
      }
      out += text.text
    }
    return out
  }

  /// One table's rows as JSON objects keyed by column.
  static func objects(of table: ReportTable) -> [JSON] {
    table.rows.map { row in
      .object(zip(table.columns, row).map { column, cell in (column.key, json(cell)) })
    }
  }

  /// Every table with a section column first (as CSV), keys for titles and codes for words.
  static func tsv(_ report: Report, language: Language) -> String {
    var out = ""
    for table in report.tables(language) {
      out += TSV.line(["section"] + table.columns.map(\.key)) + "\n"
      for row in table.rows { out += TSV.line([table.key] + row.map(\.code)) + "\n" }
    }
    return out
  }

  /// One object: the heading, then each table as an array of objects keyed by column.
  static func json(_ report: Report, language: Language) -> String {
    let heading = report.heading
    var members: [(String, JSON)] = [
      ("board", .string(heading.boardName)),
      ("today", .string(heading.today.description)),
      ("dueSoonDays", .number(heading.dueSoonDays)),
      ("author", .string(heading.author?.id)),
      ("authorName", .string(heading.author?.name ?? heading.userName)),
      ("plan", .string(heading.plan?.id)),
    ]
    for table in report.tables(language) {
      members.append((table.key, .array(objects(of: table))))
    }
    return JSON.object(members).text + "\n"
  }

  static func json(_ cell: ReportCell) -> JSON {
    switch cell {
    case .number(let number): return .number(number)
    case .none: return .null
    default: return .string(cell.code)
    }
  }
}
