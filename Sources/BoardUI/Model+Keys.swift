import BoardCore

/// Keys while browsing: moving, opening, going back, views, search, help, mouse clicks.
extension Model {
  mutating func handle(_ key: Key) -> Effect? {
    // Quitting at once works in every mode, as the help says: whatever is open is dropped.
    if Keymap.action(for: key) == .quitNow { return .quit }
    switch mode {
    case .browse:
      break
    case .search(let previous):
      return search(key, previous: previous)
    case .help(let top):
      return help(key, top: top)
    case .history(let top):
      return history(key, top: top)
    case .ids:
      if case .paste = key { return nil }
      mode = .browse
      return nil
    default:
      return edit(key)
    }
    if case .click(let row, _) = key { return click(row: row) }
    guard let action = Keymap.action(for: key) else { return nil }
    return perform(action)
  }

  mutating func perform(_ action: Action) -> Effect? {
    switch action {
    case .moveUp: move(by: -1)
    case .moveDown: move(by: 1)
    case .pageUp: move(by: -pageSize)
    case .pageDown: move(by: pageSize)
    case .first: move(by: -Int.max / 2)
    case .last: move(by: Int.max / 2)
    case .open: open()
    case .back: back()
    case .quit:
      guard stack.count > 1 else { return .quit }
      stack.removeLast()
      message = nil
    case .nextView: switchView(by: 1)
    case .previousView: switchView(by: -1)
    case .search:
      guard !isDetail else { return nil }
      field = LineEditor(screen.filter)
      mode = .search(previous: screen.filter)
    case .help:
      mode = .help(top: 0)
      message = nil
    case .filter:
      guard screen.kind.listsTasks else {
        say(language.pick("筛选用于任务列表", "filters apply to task lists"), isError: true)
        return nil
      }
      message = nil
      mode = .filter(FilterMenu(screen.taskFilter, leads: leadUnits, plans: board.plans.map(\.id)))
    case .sort:
      guard screen.kind.listsTasks else {
        say(language.pick("排序用于任务列表", "sorting applies to task lists"), isError: true)
        return nil
      }
      let all = TaskSort.allCases
      let next = all[((all.firstIndex(of: screen.effectiveSort) ?? 0) + 1) % all.count]
      updateTop {
        $0.sort = next
        $0.cursor = 0
        $0.top = 0
      }
      rebuildTop()
      say(language.pick("排序：", "sorted by ") + next.name(language))
    case .redraw: return .redraw
    case .quitNow: return .quit
    case .setStatus, .assignLead, .assignCoop, .addNote, .setDeadline, .addTask, .editTask,
      .removeTask:
      return startEdit(action)
    case .requestDone, .requestExtension, .signOff, .sendBack, .approveExtension,
      .refuseExtension, .chase:
      return startStep(action)
    case .undo: return undo()
    case .history:
      mode = .history(top: 0)
      message = nil
    case .showIDs:
      mode = .ids
      message = nil
    case .toggleMouse:
      mouseEnabled.toggle()
      say(
        mouseEnabled
          ? language.pick("鼠标已打开（M 关闭）", "mouse on (M turns it off)")
          : language.pick(
            "鼠标已关闭：可用终端选择、复制文字（M 重新打开）",
            "mouse off: the terminal selects and copies text (M turns it on)"))
      return .mouse(mouseEnabled)
    case .suspend:
      return .suspend
    case .indicators:
      let plan = openPlanID
      stack.append(rebuilt(Screen(.indicators(plan: plan))))
      message = nil
    }
    return nil
  }

  /// The units that lead at least one task, in the roster's order: the lead filter's
  /// choices.
  private var leadUnits: [String] {
    var leading = Set<String>()
    for plan in board.plans { for task in plan.tasks { leading.formUnion(task.lead) } }
    return board.roster.units.map(\.id).filter { leading.contains($0) }
  }

  var isDetail: Bool {
    if case .detail = screen.kind { return true }
    return false
  }

  private var pageSize: Int { isDetail ? layout.detailRows : visibleRows }

  private mutating func move(by rows: Int) {
    message = nil  // a refusal or 已保存 was about the row the cursor leaves
    if isDetail {
      let last = DetailScreen.lineCount(of: self, width: size.width) - layout.detailRows
      updateTop { $0.top = max(0, min($0.top + rows, last)) }
      return
    }
    let visible = visibleRows
    updateTop { $0.select($0.cursor + rows, visible: visible) }
  }

  private mutating func open() {
    let cursor = screen.cursor
    let next: ScreenKind
    switch screen.rows {
    case .plans(let rows) where cursor < rows.count:
      next = .tasks(plan: board.plans[rows[cursor]].id)
    case .tasks(let rows) where cursor < rows.count:
      next = .detail(key(of: rows[cursor]))
    case .units(let rows) where cursor < rows.count:
      next = .unitTasks(unit: board.roster.units[rows[cursor]].id)
    case .indicators(let rows) where cursor < rows.count:
      startActual(rows[cursor])
      return
    default:
      return
    }
    stack.append(rebuilt(Screen(next)))
    message = nil
  }

  private mutating func back() {
    if !screen.filter.isEmpty {
      updateTop { $0.filter = "" }
      rebuildTop()
      return
    }
    guard stack.count > 1 else { return }
    stack.removeLast()
    message = nil
  }

  private mutating func switchView(by step: Int) {
    let views = ScreenKind.views(forUnit: session.isUnit)
    let current = views.firstIndex(of: stack[0].kind) ?? 0
    let next = views[(current + step + views.count) % views.count]
    parkedViews[stack[0].kind] = stack
    stack = (parkedViews.removeValue(forKey: next) ?? [Screen(next)]).map(rebuilt)
    message = nil
  }

  /// A click on a row selects it; a click on the selected row opens it.
  private mutating func click(row: Int) -> Effect? {
    guard !isDetail else { return nil }
    let index = screen.top + row - Layout.listTop
    guard row >= Layout.listTop, row < Layout.listTop + visibleRows, index < screen.rows.count
    else { return nil }
    if index == screen.cursor {
      open()
    } else {
      let visible = visibleRows
      updateTop { $0.select(index, visible: visible) }
    }
    return nil
  }

  /// Typing a search narrows the rows at every key; Enter keeps it, Esc puts back the old one.
  private mutating func search(_ key: Key, previous: String) -> Effect? {
    switch key {
    case .enter:
      mode = .browse
    case .escape:
      mode = .browse
      updateTop { $0.filter = previous }
      rebuildTop()
    case .up, .down, .pageUp, .pageDown:
      _ = perform(Keymap.action(for: key) ?? .moveDown)
    default:
      guard field.handle(key) else { return nil }
      let text = field.text
      updateTop {
        $0.filter = text
        $0.cursor = 0
        $0.top = 0
      }
      rebuildTop()
    }
    return nil
  }

  private mutating func history(_ key: Key, top: Int) -> Effect? {
    let last = max(0, HistoryScreen.lines(self).count - layout.detailRows)
    switch key {
    case .up, .character("k"), .wheelUp: mode = .history(top: max(0, top - 1))
    case .down, .character("j"), .wheelDown: mode = .history(top: min(last, top + 1))
    case .paste: break
    case .character("u"):
      mode = .browse
      return undo()
    default: mode = .browse
    }
    return nil
  }

  private mutating func help(_ key: Key, top: Int) -> Effect? {
    let lines = HelpScreen.lines(language).count
    let page = layout.detailRows
    let last = max(0, lines - page)
    switch key {
    case .up, .character("k"), .wheelUp: mode = .help(top: max(0, top - 1))
    case .down, .character("j"), .wheelDown: mode = .help(top: min(last, top + 1))
    case .pageUp: mode = .help(top: max(0, top - page))
    case .pageDown, .character(" "): mode = .help(top: min(last, top + page))
    case .home, .character("g"): mode = .help(top: 0)
    case .end, .character("G"): mode = .help(top: last)
    case .paste: break
    default: mode = .browse
    }
    return nil
  }
}
