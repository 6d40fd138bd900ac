/// What each column of a table holds, read from its header row (or two header rows, where a
/// spanning 年度计划目标 stands above 2025 / 2026 / 2027).
struct TableColumns: Sendable {
  enum Column: Hashable, Sendable {
    case number
    /// Task name, content, measure text: the header as written.
    case text(String)
    /// A unit column: its header (牵头单位, 责任单位, 配合单位) as a label.
    case units(String, UnitLabels.Kind)
    case deadline(String)
    case indicator
    case measure
    case year(Int)
    case note
  }

  var columns: [Column]
  /// How many rows the header takes.
  var headerRows: Int

  /// A task table: unit columns and a text column.
  var isTaskTable: Bool {
    columns.contains { if case .units = $0 { return true } else { return false } }
      && columns.contains { if case .text = $0 { return true } else { return false } }
  }

  /// An indicator table: an indicator column and year columns.
  var isIndicatorTable: Bool {
    columns.contains(.indicator)
      && columns.contains { if case .year = $0 { return true } else { return false } }
  }

  init?(_ table: Table) {
    guard let first = table.rows.first else { return nil }
    let labels = first.cells.map(TableColumns.compact)
    let known = labels.filter { TableColumns.column($0) != nil }
    guard known.count >= 2 else { return nil }
    if table.rows.count > 1 {
      let second = table.rows[1].cells.map(TableColumns.compact)
      let years = second.compactMap(TableColumns.year)
      if !years.isEmpty, second.allSatisfy({ $0.isEmpty || TableColumns.year($0) != nil }) {
        // 年度计划目标 spans the year columns; the other labels stand over the blank cells.
        var remaining = labels.filter { !$0.isEmpty && !TableColumns.isSpanningTarget($0) }[...]
        var columns: [Column] = []
        for cell in second {
          if let year = TableColumns.year(cell) {
            columns.append(.year(year))
          } else if let label = remaining.popFirst() {
            columns.append(TableColumns.column(label) ?? .text(label))
          } else {
            columns.append(.note)
          }
        }
        self.columns = columns
        headerRows = 2
        return
      }
    }
    columns = labels.map { TableColumns.column($0) ?? .text($0) }
    headerRows = 1
  }

  /// The header without spaces: `指  标` → `指标`.
  static func compact(_ text: String) -> String {
    text.filter { !$0.isWhitespace }
  }

  static func year(_ text: String) -> Int? {
    var text = text
    for suffix in ["年目标值", "年目标", "年度", "年"] where text.hasSuffix(suffix) {
      text.removeLast(suffix.count)
      break
    }
    guard text.count == 4, let year = Scan.number(text), (1900...2200).contains(year) else {
      return nil
    }
    return year
  }

  static func isSpanningTarget(_ label: String) -> Bool {
    ["目标", "计划", "年度", "指标值"].contains { label.contains($0) } && !label.hasPrefix("指标")
      && label != "指标"
  }

  /// The column a header names, or nil for a header that is just text.
  static func column(_ label: String) -> Column? {
    if let year = year(label) { return .year(year) }
    switch label {
    case "序号", "编号", "序", "No.", "NO.": return .number
    case "备注", "说明": return .note
    case "单位", "计量单位", "指标单位": return .measure
    default: break
    }
    // One vocabulary with the text's labels (UnitLabels.labels).
    switch UnitLabels.kind(ofHeader: label) {
    case .lead, .responsible, .jointly, .cooperating:
      if let kind = UnitLabels.kind(ofHeader: label) { return .units(label, kind) }
    case .deadline: return .deadline(label)
    case nil: break
    }
    if label.hasPrefix("指标") || label.hasSuffix("指标") { return .indicator }
    if ["任务", "内容", "措施", "事项", "工作", "名称", "举措", "项目"].contains(where: label.contains) {
      return .text(label)
    }
    return nil
  }
}
