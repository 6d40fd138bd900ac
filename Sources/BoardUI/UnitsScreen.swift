import BoardCore

/// Every unit with its jurisdiction and the counts of its tasks; Enter lists its tasks.
enum UnitsScreen {
  static func draw(_ model: Model, into grid: inout Grid) {
    guard case .units(let rows) = model.screen.rows else { return }
    let language = model.language
    let layout = ColumnLayout(
      [
        .init(language.pick("单位", "unit"), min: 16, preferred: 40, isFlexible: true),
        .init(language.pick("辖区", "region"), min: 6, preferred: 8, max: 10, hideRank: 3),
        .number(language.pick("牵头", "led")),
        .number(language.pick("已完成", "done"), hideRank: 1),
        .number(language.pick("逾期", "overdue")),
        .number(language.pick("即将到期", "due soon"), hideRank: 1),
        .number(language.pick("配合", "cooperating"), hideRank: 2),
      ], width: grid.width, left: 1)
    layout.drawHeader(row: Layout.headerRow, into: &grid)
    let screen = model.screen
    if rows.isEmpty {
      Layout.drawEmpty(language.pick("没有符合的单位", "no unit matches"), into: &grid)
    }
    for visible in model.layout.visibleRows(of: screen, count: rows.count) {
      let index = visible.index
      let unit = model.board.roster.units[rows[index]]
      let counts = model.facts.unitStatistics[unit.id] ?? UnitStatistics(unitID: unit.id)
      let row = visible.row
      let isCursor = visible.isCursor
      func style(_ kind: Style.Kind, selected: Bool = false) -> Style {
        Style(kind, isCursor: selected && isCursor)
      }
      grid.fill(row: row, style: style(.normal))
      if isCursor { ColumnLayout.drawCursorMark(row: row, into: &grid) }
      layout.draw(
        [
          (VisibleText.line(unit.name), style(.normal, selected: true)),
          (VisibleText.line(language.region(unit.region)), style(.normal)),
          (String(counts.led), style(.normal)),
          (String(counts.done), style(.normal)),
          (String(counts.overdue), style(counts.overdue > 0 ? .overdue : .normal)),
          (String(counts.dueSoon), style(counts.dueSoon > 0 ? .dueSoon : .normal)),
          (String(counts.cooperating), style(.normal)),
        ], row: row, into: &grid)
    }
  }
}
