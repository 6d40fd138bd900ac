import BoardCore

/// Every plan with its counts and traffic light.
enum PlansScreen {
  static func draw(_ model: Model, into grid: inout Grid) {
    guard case .plans(let rows) = model.screen.rows else { return }
    let language = model.language
    let lightWidth = Light.allCases.map { language.name(of: $0).displayWidth }.max() ?? 2
    let layout = ColumnLayout(
      [
        .init(language.pick("灯", "light"), min: lightWidth),
        .init(language.pick("方案", "plan"), min: 20, preferred: 60, isFlexible: true),
        .init(language.pick("辖区", "region"), min: 10, hideRank: 3),
        .number(language.pick("任务", "tasks"), hideRank: 1),
        .number(language.pick("已完成", "done"), hideRank: 2),
        .number(language.pick("逾期", "overdue")),
        .number(language.pick("即将到期", "due soon"), hideRank: 2),
        .number(language.pick("未分配", "unassigned")),
      ], width: grid.width, left: 1)
    layout.drawHeader(row: Layout.headerRow, into: &grid)
    let screen = model.screen
    if rows.isEmpty {
      Layout.drawEmpty(
        screen.filter.isEmpty
          ? language.pick(
            "看板上还没有方案：用 board import 导入方案文件", "no plans on the board yet: board import adds one")
          : language.pick("没有符合搜索的方案", "no plan matches the search"), into: &grid)
    }
    for visible in model.layout.visibleRows(of: screen, count: rows.count) {
      let index = visible.index
      let plan = model.board.plans[rows[index]]
      let summary = model.facts.summaries[rows[index]]
      let row = visible.row
      let isCursor = visible.isCursor
      func style(_ kind: Style.Kind, selected: Bool = false) -> Style {
        Style(kind, isCursor: selected && isCursor)
      }
      grid.fill(row: row, style: style(.normal))
      if isCursor { ColumnLayout.drawCursorMark(row: row, into: &grid) }
      let lightKind: Style.Kind =
        switch summary.light {
        case .red: .overdue
        case .yellow: .dueSoon
        case .green: .done
        }
      layout.draw(
        [
          (language.name(of: summary.light), style(lightKind, selected: true)),
          (VisibleText.line(plan.title), style(.normal, selected: true)),
          (VisibleText.line(language.region(plan.region)), style(.normal)),
          (String(summary.tasks), style(.normal)),
          (String(summary.done), style(.normal)),
          (String(summary.overdue), style(summary.overdue > 0 ? .overdue : .normal)),
          (String(summary.dueSoon), style(summary.dueSoon > 0 ? .dueSoon : .normal)),
          (String(summary.unassigned), style(summary.unassigned > 0 ? .unassigned : .normal)),
        ], row: row, into: &grid)
    }
  }
}
