/// The rows of a task table (重点任务清单, 任务分工表): number, section, title, text, unit
/// labels, deadline.
struct TaskTable: Sendable {
  struct Row: Sendable {
    var number: String
    /// From a column whose cells are merged over several rows, or a row that only names a
    /// group: the section the task stands under.
    var section: String
    var title: String
    var text: String
    var titleIsGuess: Bool
    var labels: UnitLabels.Group
    var deadline: String
    var line: Int
  }

  var table: Table
  var rows: [Row] = []

  init(_ table: Table, columns: TableColumns) {
    self.table = table
    let data = Array(table.rows.dropFirst(columns.headerRows))
    let textColumns = columns.columns.indices.filter {
      if case .text = columns.columns[$0] { return true } else { return false }
    }
    func cell(_ row: Table.Row, _ index: Int) -> String {
      index < row.cells.count ? row.cells[index].trimmingWhitespace() : ""
    }
    // A text column blank in some rows but not in the first is merged cells: a section. So
    // is one whose text repeats in the next row (a merged cell read from a Word file gives
    // its text to every row it covers).
    let grouping = textColumns.filter { index in
      let values = data.map { cell($0, index) }
      let repeats = zip(values, values.dropFirst()).contains { !$0.isEmpty && $0 == $1 }
      return textColumns.count > 1 && !(values.first ?? "").isEmpty
        && (values.contains(where: \.isEmpty) || repeats)
    }
    let content = textColumns.filter { !grouping.contains($0) }
    var section = ""
    var groupSection: [Int: String] = [:]
    for row in data {
      let filled = row.cells.enumerated().filter { !$0.element.trimmingWhitespace().isEmpty }
      // A row with one cell filled that is not a number names a group of tasks.
      if filled.count == 1, Scan.number(filled[0].element.trimmingWhitespace()) == nil {
        section = Scan.withoutFinalStop(filled[0].element)
        continue
      }
      for index in grouping
      where !cell(row, index).isEmpty && cell(row, index) != groupSection[index] {
        groupSection[index] = Scan.withoutFinalStop(cell(row, index))
      }
      let rowSection = grouping.first.flatMap { groupSection[$0] } ?? section
      let texts = content.map { cell(row, $0) }.filter { !$0.isEmpty }
      guard !texts.isEmpty else { continue }
      let title: String
      let text: String
      var guess = false
      if texts.count >= 2 {
        title = Scan.withoutFinalStop(texts[0])
        text = TaskText.layout(Array(texts.dropFirst()))
      } else {
        let split = TaskText(paragraphs: [texts[0]])
        title = split.title
        text = split.text
        guess = split.titleIsGuess
      }
      var entries: [UnitLabels.Entry] = []
      var deadline = ""
      for (index, column) in columns.columns.enumerated() {
        switch column {
        case .units(let label, let kind):
          entries.append(UnitLabels.Entry(label: label, kind: kind, value: cell(row, index)))
        case .deadline:
          deadline = cell(row, index)
        default:
          break
        }
      }
      let number = columns.columns.firstIndex(of: .number).map { cell(row, $0) } ?? ""
      rows.append(
        Row(
          number: number, section: rowSection, title: title, text: text, titleIsGuess: guess,
          labels: UnitLabels.Group(entries: entries, line: row.line), deadline: deadline,
          line: row.line))
    }
  }
}
