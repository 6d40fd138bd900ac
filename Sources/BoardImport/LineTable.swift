/// A table copied without tabs: every cell on its own line, the header first (`序号` /
/// `重点任务` / `牵头单位` / `配合单位` / `完成时限`), an empty cell as an empty line.
///
/// Rows are found by the number column where the table has one (a line that is the next
/// number starts a row), else by blank lines between rows, else by the header's width.
enum LineTable {
  /// The header at `start`: three or more lines in a row that each name a column, one of
  /// them a unit column and one a text column. Returns how many.
  static func header(_ lines: [SourceLine], from start: Int) -> [TableColumns.Column]? {
    var columns: [TableColumns.Column] = []
    var index = start
    while index < lines.count {
      let text = TableColumns.compact(lines[index].text)
      guard !text.isEmpty, text.count <= 12, !lines[index].text.contains("\t"),
        Marker.at(Array(text)[...]) == nil, let column = TableColumns.column(text)
      else { break }
      columns.append(column)
      index += 1
    }
    let units = columns.contains { if case .units = $0 { return true } else { return false } }
    let text = columns.contains { if case .text = $0 { return true } else { return false } }
    return columns.count >= 3 && units && text ? columns : nil
  }

  /// Whether a line ends the table: a heading or item, an annex.
  static func ends(_ text: String) -> Bool {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasPrefix("附件") || trimmed.hasPrefix("附表") { return true }
    return Marker.at(Array(trimmed)[...]) != nil && Scan.number(trimmed) == nil
  }

  /// Reads the table whose header starts at `start`. Returns it and the line after it.
  static func read(
    _ lines: [SourceLine], from start: Int, columns: [TableColumns.Column], caption: String
  ) -> (Table, Int) {
    let width = columns.count
    let headerCells = lines[start..<(start + width)].map { $0.text.trimmingWhitespace() }
    var end = start + width
    while end < lines.count, !ends(lines[end].text) { end += 1 }
    let body = Array(lines[(start + width)..<end])
    var rows = [Table.Row(cells: headerCells, line: lines[start].number)]
    var groups: [[SourceLine]] = []
    if columns.first == .number {
      var expected = 1
      for line in body {
        if Scan.number(line.text.trimmingWhitespace()) == expected {
          groups.append([line])
          expected += 1
        } else if !groups.isEmpty {
          groups[groups.count - 1].append(line)
        }
      }
    } else if body.contains(where: { $0.text.trimmingWhitespace().isEmpty }) {
      var current: [SourceLine] = []
      for line in body {
        if line.text.trimmingWhitespace().isEmpty {
          if !current.isEmpty { groups.append(current) }
          current = []
        } else {
          current.append(line)
        }
      }
      if !current.isEmpty { groups.append(current) }
    } else {
      groups = stride(from: 0, to: body.count, by: width).map {
        Array(body[$0..<min(body.count, $0 + width)])
      }
    }
    for group in groups {
      var cells = group.map { $0.text.trimmingWhitespace() }
      while cells.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
      rows.append(Table.Row(cells: fit(cells, columns), line: group[0].number))
    }
    let last = body.last { !$0.text.trimmingWhitespace().isEmpty }?.number ?? lines[start].number
    return (Table(caption: caption, line: lines[start].number, rows: rows, lastLine: last), end)
  }

  /// The cells of a row made the header's width: where cells are missing, a last cell that
  /// is a time limit goes to the time-limit column; lines beyond the width join the text.
  static func fit(_ cells: [String], _ columns: [TableColumns.Column]) -> [String] {
    var cells = cells
    let textIndex = columns.firstIndex { if case .text = $0 { return true } else { return false } }
    if cells.count > columns.count, let textIndex, textIndex < cells.count {
      let extra = cells.count - columns.count
      let joined = cells[textIndex...(textIndex + extra)].joined()
      cells.replaceSubrange(textIndex...(textIndex + extra), with: [joined])
    }
    if cells.count < columns.count,
      let deadline = columns.firstIndex(where: {
        if case .deadline = $0 { return true } else { return false }
      }), let last = cells.last, Deadlines.field(last, year: 2000) != nil
    {
      cells.removeLast()
      while cells.count < deadline { cells.append("") }
      cells.append(last)
    }
    while cells.count < columns.count { cells.append("") }
    return cells
  }
}
