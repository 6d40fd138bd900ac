import BoardCore

/// A list of tasks: one plan's (编号, 任务, 牵头单位, 配合单位, 状态, 期限), or a triage view's
/// across plans (with the plan). Only the rows on screen are laid out.
enum TaskListScreen {
  static func columns(_ model: Model, spansPlans: Bool, width: Int) -> ColumnLayout {
    let language = model.language
    let statusWidth = Status.allCases.map { language.name(of: $0).displayWidth }.max() ?? 6
    var columns: [ColumnLayout.Column] = [ColumnLayout.Column("", min: 1)]
    // What hides first on a narrow screen: the cooperating units, then the plan id (shown
    // whole or not at all: the command line needs all of it), then the lead units; status
    // and deadline stay longest, and the title gives up room before any of them goes.
    if spansPlans {
      let planWidth = min(24, max(8, model.facts.longestPlanID))
      columns.append(.init(language.pick("方案", "plan"), min: planWidth, hideRank: 5))
    }
    columns += [
      .init(language.pick("编号", "id"), min: 4, preferred: 5, max: 6),
      .init(language.pick("任务", "task"), min: 20, preferred: 40, isFlexible: true),
      .init(language.pick("牵头单位", "lead"), min: 10, preferred: 20, max: 30, hideRank: 3),
      .init(language.pick("配合单位", "cooperating"), min: 24, max: 40, hideRank: 6),
      .init(language.pick("状态", "status"), min: statusWidth, hideRank: 1),
      .init(language.pick("期限", "deadline"), min: 10, hideRank: 2),
      .init(language.pick("剩余/逾期", "days"), min: 7, hideRank: 4),
    ]
    if width >= cycleColumnFrom {
      columns.append(.init(language.pick("督办", "cycle"), min: 9, max: 14, hideRank: 4))
    }
    if width >= noteColumnFrom {
      columns.append(.init(language.pick("最新反馈", "latest note"), min: 24, max: 40, hideRank: 7))
    }
    return ColumnLayout(columns, width: width, left: 1)
  }

  /// The latest note shows from this width on: below it the title needs the room.
  static let noteColumnFrom = 140
  /// The supervision column (督办: 待审核, 延期, 退回, 缺报, the chase level) from this width
  /// on: below it the lead units need the room; the detail and the triage views say the same.
  static let cycleColumnFrom = 100

  /// Days left to the deadline (剩 12 天), or past it (逾 30 天); empty when done or ongoing.
  static func days(_ task: PlanTask, _ rules: Rules, _ language: Language) -> String {
    guard task.status != .done, let due = task.due else { return "" }
    if let late = rules.daysOverdue(task) {
      return language.pick("逾\(late)天", "\(late) late")
    }
    return language.pick(
      "剩\(rules.today.days(until: due))天", "\(rules.today.days(until: due)) left")
  }

  /// Where the task stands in the supervision cycle, shortest first: 待审核, 延期, 退回, 缺报,
  /// and the chase level (催红, 催黄, 催蓝); empty when none applies.
  static func cycle(_ task: PlanTask, _ rules: Rules, _ language: Language) -> (String, Style.Kind)
  {
    guard !task.events.isEmpty || rules.isReportMissing(task) else { return ("", .muted) }
    var words: [String] = []
    var kind = Style.Kind.muted
    if let level = rules.chaseLevel(task) {
      words.append(
        language.pick(
          "催" + String(language.name(of: level).prefix(1)), "chased " + level.rawValue))
      kind = level == .red ? .overdue : level == .yellow ? .dueSoon : .muted
    }
    if rules.isAwaitingSignoff(task) {
      words.append(language.pick("待审核", "sign-off"))
    } else if task.status != .done, task.supervision.sentBack != nil {
      words.append(language.pick("退回", "sent back"))
    }
    if rules.hasExtensionRequest(task) { words.append(language.pick("延期", "extension")) }
    if rules.isReportMissing(task) { words.append(language.pick("缺报", "no report")) }
    return (words.joined(separator: " "), kind)
  }

  /// The latest note's date (month and day) and first words.
  static func latestNote(_ task: PlanTask) -> String {
    guard let note = task.notes.last else { return "" }
    return String(note.date.description.dropFirst(5)) + " " + VisibleText.line(note.text)
  }

  static func draw(_ model: Model, into grid: inout Grid) {
    guard case .tasks(let refs) = model.screen.rows else { return }
    let screen = model.screen
    let layout = columns(model, spansPlans: screen.kind.spansPlans, width: grid.width)
    layout.drawHeader(row: Layout.headerRow, into: &grid)
    let rules = model.facts.rules
    let language = model.language
    let roster = model.board.roster
    let query = screen.filter.isEmpty ? nil : TextSearch(screen.filter)
    if refs.isEmpty {
      Layout.drawEmpty(emptyText(model), into: &grid)
      return
    }
    for visible in model.layout.visibleRows(of: screen, count: refs.count) {
      let index = visible.index
      let ref = refs[index]
      let plan = model.board.plans[ref.plan]
      let task = plan.tasks[ref.task]
      // Texts and notes are read from the file only for a row that shows them.
      let showsNote = grid.width >= noteColumnFrom
      let withTexts =
        query != nil || showsNote
        ? model.withTexts(task, TaskKey(plan: plan.id, task: task.id)) : task
      let row = visible.row
      let isCursor = visible.isCursor
      let isReadOnly = model.isReadOnly(task)
      // Only the marker, the id and the title's text show the cursor: moving it then
      // rewrites a few dozen bytes on the terminal, not two whole rows.
      func style(_ kind: Style.Kind, selected: Bool = false) -> Style {
        Style(kind, isCursor: selected && isCursor, isReadOnly: isReadOnly)
      }
      let overdue = rules.isOverdue(task)
      let dueSoon = rules.isDueSoon(task)
      let unassigned = rules.isUnassigned(task)
      let rowKind: Style.Kind =
        overdue ? .overdue : dueSoon ? .dueSoon : task.status == .done ? .done : .normal
      grid.fill(row: row, style: style(rowKind))
      let marker = overdue ? "!" : dueSoon ? "~" : unassigned ? "?" : " "
      let markerKind: Style.Kind = unassigned && !overdue && !dueSoon ? .unassigned : rowKind
      if isCursor { ColumnLayout.drawCursorMark(row: row, into: &grid) }
      var cells: [(String, Style)] = [(marker, style(markerKind, selected: true))]
      if screen.kind.spansPlans { cells.append((VisibleText.line(plan.id), style(rowKind))) }
      let lead =
        unassigned
        ? (language.pick("（未分配）", "(unassigned)"), style(.unassigned))
        : (names(task.lead, roster, language), style(rowKind))
      let statusKind: Style.Kind =
        task.status == .done ? .done : task.status == .blocked ? .blocked : rowKind
      var title = VisibleText.line(task.title)
      if let query,
        let reason = SearchMatch.reason(
          task, query: query, roster: roster, inTexts: TaskTexts(of: withTexts).match(query))?
          .label(language)
      {
        title = reason + title  // first, so a long title cannot hide it
      }
      let daysKind: Style.Kind = overdue ? .overdue : dueSoon ? .dueSoon : .muted
      cells += [
        (VisibleText.line(task.id), style(rowKind, selected: true)),
        (title, style(rowKind, selected: true)),
        lead,
        (names(task.coop, roster, language), style(rowKind)),
        (language.name(of: task.status), style(statusKind)),
        (language.deadline(task.due), style(task.due == nil ? .muted : rowKind)),
        (days(task, rules, language), style(daysKind)),
      ]
      if grid.width >= cycleColumnFrom {
        let (text, kind) = cycle(task, rules, language)
        cells.append((text, style(kind)))
      }
      if showsNote { cells.append((latestNote(withTexts), style(.muted))) }
      layout.draw(cells, row: row, into: &grid)
    }
  }

  static func names(_ ids: [String], _ roster: Roster, _ language: Language) -> String {
    VisibleText.line(ids.map { roster.name(of: $0) }.joined(separator: language.listSeparator))
  }

  private static func emptyText(_ model: Model) -> String {
    let language = model.language
    if !model.screen.filter.isEmpty || !model.screen.taskFilter.isEmpty {
      return language.pick("没有符合搜索或筛选的任务", "no task matches the search or filter")
    }
    switch model.screen.kind {
    case .overdue: return language.pick("没有逾期任务", "no overdue task")
    case .unassigned: return language.pick("没有未分配的任务", "no unassigned task")
    case .dueSoon: return language.pick("没有即将到期的任务", "no task due soon")
    case .awaiting: return language.pick("没有待审核的办结申请", "no completion request awaits sign-off")
    case .extensions: return language.pick("没有待审批的延期申请", "no extension request pending")
    case .reportMissing: return language.pick("没有未按期反馈的任务", "every report is in")
    case .mine:
      return model.session.actor == nil
        ? language.pick("只读：没有属于你的任务", "read-only: no tasks of yours")
        : language.pick("你的单位没有任务", "your unit has no tasks")
    default: return language.pick("没有任务", "no tasks")
    }
  }
}
