import BoardCore

/// One table of a report as every format receives it: columns once, rows of typed cells.
///
/// Built from the declarations in `ReportTables.swift`, so Markdown, CSV, HTML, the terminal,
/// TSV and JSON show the same columns in the same order with the same titles.
public struct ReportTable: Hashable, Sendable {
  public struct Column: Hashable, Sendable {
    /// The name scripts see: TSV headers and JSON keys (`overdue`, `lastNote`).
    public var key: String
    /// The title people see, in the report's language.
    public var title: String
    /// Right-aligned, and summed by nobody but the reader.
    public var numeric: Bool
    /// Text that may be long (a task's title): cut in the terminal, wrapped on paper.
    public var long: Bool
    /// Shown only to scripts (TSV and JSON): ids people do not need on paper.
    public var machineOnly: Bool
  }

  /// `units`, `plans`, `overdue`, `indicators`, `missing`: the section's name for scripts.
  public var key: String
  public var title: String
  public var columns: [Column]
  public var rows: [[ReportCell]]
  /// Columns whose values put rows under subheadings, in the formats made for reading
  /// (Markdown, HTML, the terminal); the other formats keep them as columns.
  public var groupedBy: [Int]
  /// A line under the table saying how it counts.
  public var note: String?
  /// What to say instead of an empty table.
  public var emptyText: String

  /// The columns people see, with their indexes into each row.
  public var humanColumns: [(index: Int, column: Column)] {
    columns.enumerated().filter { !$0.element.machineOnly }.map { ($0.offset, $0.element) }
  }

  /// The rows in groups of consecutive rows with equal `groupedBy` values; one group with an
  /// empty title when the table is not grouped.
  public var groups: [(title: String, rows: [[ReportCell]])] {
    guard !groupedBy.isEmpty else { return [("", rows)] }
    var groups: [(title: String, rows: [[ReportCell]])] = []
    for row in rows {
      let title = groupedBy.map { row[$0].text }.filter { !$0.isEmpty }.joined(separator: " · ")
      if groups.last?.title == title {
        groups[groups.count - 1].rows.append(row)
      } else {
        groups.append((title, [row]))
      }
    }
    return groups
  }
}

/// A value in a report table, typed so each format writes it its own way.
public enum ReportCell: Hashable, Sendable {
  case text(String)
  case number(Int)
  case day(Day)
  /// A coded value (a status, a light): scripts get the code, people the words.
  case label(code: String, text: String)
  /// Nothing to show (no note yet, nothing overdue): empty in CSV and TSV, null in JSON.
  case none

  /// The cell as people read it; empty for `none`.
  public var text: String {
    switch self {
    case .text(let text): return text
    case .number(let number): return String(number)
    case .day(let day): return day.description
    case .label(_, let text): return text
    case .none: return ""
    }
  }

  /// The cell as scripts read it: codes instead of words.
  public var code: String {
    if case .label(let code, _) = self { return code }
    return text
  }
}
