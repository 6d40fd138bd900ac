import BoardCore

/// 指标: the indicators of a plan (or of every plan), one row per year: target, actual value
/// and what they say; a year over without a report is marked 未报送 in red, one behind its
/// target 未达标 in yellow.
enum IndicatorsScreen {
  static func draw(_ model: Model, into grid: inout Grid) {
    guard case .indicators(let rows) = model.screen.rows else { return }
    let language = model.language
    guard case .indicators(let onePlan) = model.screen.kind else { return }
    let stateWidth =
      IndicatorYear.State.allCases.map { language.name(of: $0).displayWidth }.max()
      ?? 6
    var columns: [ColumnLayout.Column] = []
    if onePlan == nil {
      columns.append(
        .init(
          language.pick("方案", "plan"), min: 10, preferred: model.facts.longestPlanID, hideRank: 2))
    }
    columns += [
      .init(language.pick("编号", "id"), min: 2, preferred: 4, hideRank: 3),
      .init(language.pick("指标", "indicator"), min: 14, preferred: 40, isFlexible: true),
      .init(language.pick("单位", "measure"), min: 4, hideRank: 1),
      .init(language.pick("年度", "year"), min: 4),
      .init(language.pick("目标值", "target"), min: 6, max: 10, alignRight: true),
      .init(language.pick("实际值", "actual"), min: 6, max: 10, alignRight: true),
      .init(language.pick("情况", "state"), min: stateWidth),
    ]
    let layout = ColumnLayout(columns, width: grid.width, left: 1)
    layout.drawHeader(row: Layout.headerRow, into: &grid)
    let screen = model.screen
    if rows.isEmpty {
      Layout.drawEmpty(
        screen.filter.isEmpty
          ? language.pick("没有指标", "no indicators")
          : language.pick("没有符合的指标", "no indicator matches"),
        into: &grid)
    }
    let today = model.facts.rules.today
    for visible in model.layout.visibleRows(of: screen, count: rows.count) {
      let ref = rows[visible.index]
      let plan = model.board.plans[ref.plan]
      let indicator = plan.indicators[ref.indicator]
      let year = indicator.year(ref.year, today: today)
      let row = visible.row
      let isCursor = visible.isCursor
      func style(_ kind: Style.Kind, selected: Bool = false) -> Style {
        Style(kind, isCursor: selected && isCursor)
      }
      let stateStyle: Style.Kind
      switch year.state {
      case .missing: stateStyle = .overdue
      case .behind: stateStyle = .dueSoon
      case .met: stateStyle = .done
      case .pending, .reported: stateStyle = .normal
      }
      grid.fill(row: row, style: style(.normal))
      if isCursor { ColumnLayout.drawCursorMark(row: row, into: &grid) }
      var cells: [(String, Style)] = []
      if onePlan == nil { cells.append((plan.id, style(.muted))) }
      cells += [
        (VisibleText.line(indicator.id), style(.normal)),
        (VisibleText.line(indicator.name), style(.normal, selected: true)),
        (VisibleText.line(indicator.measure), style(.normal)),
        (String(year.year), style(.normal)),
        (VisibleText.line(year.target ?? "—"), style(.normal)),
        (VisibleText.line(year.actual ?? "—"), style(.normal)),
        (language.name(of: year.state), style(stateStyle)),
      ]
      layout.draw(cells, row: row, into: &grid)
    }
  }
}
