import BoardCore

/// An indicator table (重点指标分解表): per row an indicator, its measure, a target per year
/// and the responsible units.
struct IndicatorTable: Sendable {
  struct Row: Sendable {
    var id: String
    var name: String
    var measure: String
    var targets: [Indicator.YearValue]
    var units: [String]
    var line: Int
  }

  var rows: [Row] = []

  init(_ table: Table, columns: TableColumns) {
    for (position, row) in table.rows.dropFirst(columns.headerRows).enumerated() {
      func cell(_ index: Int) -> String {
        index < row.cells.count ? row.cells[index].trimmingWhitespace() : ""
      }
      var id = String(position + 1)
      var name = ""
      var measure = ""
      var targets: [Indicator.YearValue] = []
      var units: [String] = []
      for (index, column) in columns.columns.enumerated() {
        switch column {
        case .number where !cell(index).isEmpty: id = cell(index)
        case .indicator: name = cell(index)
        case .measure: measure = cell(index)
        case .year(let year) where !cell(index).isEmpty:
          targets.append(Indicator.YearValue(year: year, value: cell(index)))
        case .units: units += UnitNames.split(cell(index)).names
        default: break
        }
      }
      guard !name.isEmpty else { continue }
      if measure.isEmpty, let (bare, inner) = IndicatorTable.splitMeasure(name) {
        name = bare
        measure = inner
      }
      rows.append(
        Row(id: id, name: name, measure: measure, targets: targets, units: units, line: row.line))
    }
  }

  /// 有效发明专利总量（件） → (有效发明专利总量, 件).
  static func splitMeasure(_ name: String) -> (String, String)? {
    guard let last = name.last, last == "）" || last == ")",
      let open = name.lastIndex(where: { $0 == "（" || $0 == "(" })
    else { return nil }
    let inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
    guard !inner.isEmpty, inner.count <= 4 else { return nil }
    return (String(name[..<open]).trimmingWhitespace(), inner)
  }
}
