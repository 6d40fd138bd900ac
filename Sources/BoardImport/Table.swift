/// A table as the text gives it: rows of cells, with the line each row starts on.
///
/// Copied tables arrive in two shapes: one row per line with cells between tabs (Word), or
/// one cell per line, each after a tab, with a blank line between rows (the Dazu annexes).
struct Table: Sendable {
  struct Row: Sendable {
    var cells: [String]
    var line: Int
  }

  /// The line just above the table (重点指标分解表, 重点任务清单), or empty.
  var caption: String
  var line: Int
  var rows: [Row]

  /// The last line of the table, for the report.
  var lastLine: Int
}
