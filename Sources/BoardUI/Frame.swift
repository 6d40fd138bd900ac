import BoardCore

/// What every screen has around its rows: the title bar with the views, the location line,
/// the status line (who, today, counts, the last message) and the bottom line (hints, or
/// the text being typed).
enum Frame {
  static func drawTitle(_ model: Model, into grid: inout Grid) {
    let language = model.language
    grid.fill(row: Layout.titleRow, style: Style(.title))
    let views = ScreenKind.views(forUnit: model.session.isUnit)
    let tabs = views.map { " " + $0.name(language) + " " }
    let tabsWidth = tabs.reduce(0) { $0 + $1.displayWidth }
    let name =
      model.board.settings.name.isEmpty
      ? language.pick("任务看板", "Task board") : VisibleText.line(model.board.settings.name)
    let nameRoom = max(0, grid.width - tabsWidth - 3)
    var column = 1
    if nameRoom >= 4 {
      column += grid.put(
        name.truncated(toWidth: nameRoom), row: 0, column: column, style: Style(.title))
      column += 2
    }
    for (view, tab) in zip(views, tabs) {
      let style = Style(view == model.stack[0].kind ? .activeTab : .tab)
      column += grid.put(tab, row: Layout.titleRow, column: column, style: style)
    }
  }

  static func drawLocation(_ model: Model, into grid: inout Grid) {
    let language = model.language
    var parts = model.stack.map { label(of: $0.kind, model) }
    let screen = model.screen
    var tail = ""
    if screen.kind.listsTasks || screen.kind == .plans || screen.kind == .units
      || screen.kind.isIndicators
    {
      tail += language.pick("（\(screen.rows.count)）", " (\(screen.rows.count))")
    }
    if !screen.filter.isEmpty, model.mode.isBrowsing {
      tail += language.pick("  搜索：", "  search: ") + VisibleText.line(screen.filter)
    }
    if screen.kind.listsTasks {
      if !screen.taskFilter.isEmpty {
        tail +=
          language.pick("  筛选：", "  filter: ")
          + screen.taskFilter.description(language, roster: model.board.roster)
      }
      if screen.effectiveSort != TaskSort.standard(for: screen.kind) {
        tail += language.pick("  排序：", "  sorted by ") + screen.effectiveSort.name(language)
      }
    }
    if screen.kind.spansPlans, let key = model.selectedTask, let (plan, _) = model.task(key) {
      tail += "  [" + VisibleText.line(plan.title) + "]"
    }
    var text = parts.joined(separator: " > ") + tail
    while text.displayWidth > grid.width - 2 && parts.count > 1 {
      parts.removeFirst()
      text = "… > " + parts.joined(separator: " > ") + tail
    }
    grid.put(
      text.truncated(toWidth: grid.width - 2), row: Layout.locationRow, column: 1,
      style: Style(.location))
  }

  private static func label(of kind: ScreenKind, _ model: Model) -> String {
    let language = model.language
    switch kind {
    case .tasks(let id):
      return model.facts.planIndex(of: id).map { VisibleText.line(model.board.plans[$0].title) }
        ?? id
    case .unitTasks(let id):
      guard let unit = model.board.roster.unit(id: id) else { return id }
      return VisibleText.line(
        unit.name
          + language.pick("（\(language.region(unit.region))）", " (\(language.region(unit.region)))")
      )
    case .detail(let key):
      return language.pick("任务 ", "task ") + VisibleText.line(key.task)
    default:
      return kind.name(language)
    }
  }

  static func who(_ session: Session) -> String {
    let language = session.language
    guard let actor = session.actor else { return language.pick("只读", "read-only") }
    if actor.region.isEmpty { return VisibleText.line(actor.name) }
    return VisibleText.line(actor.name + language.pick("（\(actor.region)）", " (\(actor.region))"))
  }

  static func drawStatus(_ model: Model, into grid: inout Grid) {
    let language = model.language
    let row = model.layout.statusRow
    let style = Style(.statusLine)
    grid.fill(row: row, style: style)
    let screen = model.screen
    let position = screen.rows.count > 0 ? "\(screen.cursor + 1)/\(screen.rows.count) " : ""
    let room = grid.width - position.displayWidth - 1
    var column = 1
    column += grid.put(
      who(model.session) + "  " + model.session.today.description + "  ", row: row, column: column,
      width: max(0, room - column), style: style)
    let facts = model.facts
    let counts: String
    if let unit = model.session.unitID {
      // A unit sees its own counts (the tasks it leads: overdue, due soon), not the board's.
      let own = facts.unitStatistics[unit] ?? UnitStatistics(unitID: unit)
      counts =
        language.pick("本单位任务 ", "our tasks ") + String(own.led + own.cooperating)
        + language.pick("  牵头逾期 ", "  led overdue ") + String(own.overdue)
        + language.pick("  即将到期 ", "  due soon ") + String(own.dueSoon) + "  "
    } else {
      counts =
        language.pick("逾期 ", "overdue ") + String(facts.overdue)
        + language.pick("  未分配 ", "  unassigned ")
        + String(facts.unassigned) + language.pick("  即将到期 ", "  due soon ")
        + String(facts.dueSoon) + "  "
    }
    if let message = model.message, !messageOnBottomLine(model) {
      let text = VisibleText.line(message.text).truncated(toWidth: max(0, room - column))
      grid.put(
        text, row: row, column: column, width: max(0, room - column),
        style: Style(message.isError ? .error : .message))
    } else if column + counts.displayWidth <= room {
      grid.put(counts, row: row, column: column, style: style)
    }
    grid.put(position, row: row, column: grid.width - position.displayWidth, style: style)
  }

  /// While browsing, the last message takes the whole bottom line (a refusal names its rule
  /// and needs the room); while the bottom line holds an editor, the status line shows it.
  static func messageOnBottomLine(_ model: Model) -> Bool {
    switch model.mode {
    case .browse, .help, .history, .ids: return true
    default: return false
    }
  }

  /// The last message, the hint line, or an editor (search, note, deadline) with the
  /// terminal cursor in it.
  static func drawBottom(_ model: Model, into grid: inout Grid) {
    let language = model.language
    let row = model.layout.bottomRow
    func editor(_ prompt: String, _ editor: LineEditor) {
      let used = grid.put(
        prompt.truncated(toWidth: grid.width / 2), row: row, column: 0, style: Style(.muted))
      let (text, cursor) = editor.visible(width: grid.width - used - 1)
      grid.fill(row: row, column: used, style: Style(.input))
      grid.put(text, row: row, column: used, style: Style(.input))
      grid.cursor = Grid.Position(row: row, column: used + cursor)
    }
    switch model.mode {
    case .search:
      editor(language.pick("搜索：", "Search: "), model.field)
    case .note(let key):
      editor(
        language.pick(
          "任务 \(key.task) 的进度反馈（Enter 保存，Esc 取消）：",
          "Note on task \(key.task) (Enter saves, Esc cancels): "), model.field)
    case .step(let key, let kind):
      editor(StepPrompt.text(kind, task: key.task, language), model.field)
    case .actual(let key):
      editor(
        language.pick(
          "指标 \(key.indicator) 的 \(key.year) 年实际值（Esc 取消）：",
          "Actual \(key.year) of indicator \(key.indicator) (Enter saves, Esc cancels): "),
        model.field)
    case .deadline(let key):
      editor(
        language.pick(
          "任务 \(key.task) 的期限（YYYY-MM-DD 或 长期）：",
          "Deadline of task \(key.task) (YYYY-MM-DD or ongoing): "),
        model.field)
    case .help(let top):
      grid.put(
        HelpScreen.position(model, top: top).truncated(toWidth: grid.width - 1), row: row,
        column: 1, style: Style(.muted))
    case .browse:
      if let message = model.message {
        grid.fill(row: row, style: Style(message.isError ? .error : .message))
        grid.put(
          VisibleText.line(message.text).truncated(toWidth: grid.width - 1), row: row, column: 1,
          style: Style(message.isError ? .error : .message))
      } else {
        let canEdit = model.session.actor != nil
        grid.put(
          Keymap.hints(language, canEdit: canEdit, role: model.session.actor?.role).truncated(
            toWidth: grid.width - 1), row: row,
          column: 1, style: Style(.muted))
      }
    case .history:
      grid.put(
        language.pick("u 撤销最后一项  其他键返回", "u undo the last  other keys: back"), row: row, column: 1,
        style: Style(.muted))
    case .ids:
      grid.put(language.pick("任意键返回", "any key: back"), row: row, column: 1, style: Style(.muted))
    case .status, .units, .form, .confirm, .filter:
      break  // the pop-up says its own keys
    }
  }
}
