import BoardCore

/// One task in full: its fields, its text wrapped at the width, and its notes with date and
/// author. Scrolls by lines.
enum DetailScreen {
  struct Line: Hashable {
    /// A field's label on its first line; nil for lines of a block (text, notes).
    var label: String?
    var text = ""
    var style = Style.normal

    init(label: String? = nil, text: String = "", style: Style = .normal) {
      self.label = label
      self.text = text
      self.style = style
    }
  }

  private static func labels(_ language: Language) -> [String] {
    [
      language.pick("方案", "Plan"), language.pick("章节", "Section"),
      language.pick("牵头单位", "Lead"), language.pick("配合单位", "Cooperating"),
      language.pick("期限", "Deadline"), language.pick("状态", "Status"),
      language.pick("权限", "You may"), language.pick("督办", "Supervision"),
    ]
  }

  private static func labelWidth(_ language: Language) -> Int {
    (labels(language).map(\.displayWidth).max() ?? 8) + 2
  }

  static func lineCount(of model: Model, width: Int) -> Int {
    lines(model, width: width).count
  }

  static func lines(_ model: Model, width: Int) -> [Line] {
    let language = model.language
    guard case .detail(let key) = model.screen.kind, let (plan, task) = model.taskWithTexts(key)
    else {
      return [
        Line(text: language.pick("（此任务已不存在）", "(this task no longer exists)"), style: Style(.muted))
      ]
    }
    let rules = model.facts.rules
    let roster = model.board.roster
    let names = labels(language)
    let textWidth = max(1, width - 1 - labelWidth(language))
    var result: [Line] = []
    func field(_ label: String, _ value: String, _ style: Style = .normal) {
      for (index, line) in TextWrap.lines(value, width: textWidth).enumerated() {
        result.append(Line(label: index == 0 ? label : "", text: line, style: style))
      }
    }
    func block(_ text: String, _ style: Style = .normal) {
      for line in TextWrap.lines(text, width: max(1, width - 2)) {
        result.append(Line(text: line, style: style))
      }
    }
    let none = language.pick("（无）", "(none)")
    result.append(
      Line(text: VisibleText.line(task.id + "  " + task.title), style: Style(.header)))
    field(names[0], plan.title)
    field(names[1], task.section.isEmpty ? none : task.section)
    let unassigned = rules.isUnassigned(task)
    field(
      names[2],
      unassigned
        ? language.pick("（未分配）", "(unassigned)")
        : task.lead.map { roster.name(of: $0) }.joined(separator: language.listSeparator),
      Style(unassigned ? .unassigned : .normal))
    field(
      names[3],
      task.coop.isEmpty
        ? none : task.coop.map { roster.name(of: $0) }.joined(separator: language.listSeparator))
    var deadline = language.deadline(task.due)
    var deadlineKind = Style.Kind.normal
    if rules.isOverdue(task) {
      deadline += "  " + language.pick("逾期", "overdue")
      deadlineKind = .overdue
    } else if rules.isDueSoon(task) {
      deadline += "  " + language.pick("即将到期", "due soon")
      deadlineKind = .dueSoon
    }
    field(names[4], deadline, Style(deadlineKind))
    let statusKind: Style.Kind =
      task.status == .done ? .done : task.status == .blocked ? .blocked : .normal
    field(names[5], language.name(of: task.status), Style(statusKind))
    if model.session.isUnit {
      field(
        names[6], permissions(Permissions.allowed(for: model.session.actor, on: task), language))
    }
    for (text, kind) in supervision(task, rules, language) {
      field(names[7], text, Style(kind))
    }
    result.append(Line())
    result.append(Line(text: language.pick("任务内容", "Text"), style: Style(.header)))
    block(task.text.isEmpty ? none : task.text)
    result.append(Line())
    let entries = TimeLine.entries(of: task)
    result.append(
      Line(
        text: language.pick(
          "时间线：进度反馈与督办（\(entries.count)）", "Time line: notes and supervision (\(entries.count))"),
        style: Style(.header)))
    if entries.isEmpty { block(none, Style(.muted)) }
    for entry in entries {
      let author = roster.name(of: entry.unit)
      var head = "\(entry.date)  \(author)（\(entry.unit)）"
      var text = entry.what(language)
      if let event = entry.event {
        // The step on the heading line, what was said below it.
        head +=
          "  "
          + language.describe(
            TaskEvent(
              date: event.date, unit: event.unit, kind: event.kind, deadline: event.deadline,
              previousDeadline: event.previousDeadline, level: event.level))
        text = event.text
      }
      result.append(Line(text: VisibleText.line(head), style: Style(.muted)))
      for line in TextWrap.lines(text, width: max(1, width - 4)) where !text.isEmpty {
        result.append(Line(text: "  " + line))
      }
    }
    return result
  }

  /// The detail's 督办 lines: awaiting sign-off, a pending extension, a send-back's reason,
  /// the chase level, a missing monthly report.
  private static func supervision(_ task: PlanTask, _ rules: Rules, _ language: Language)
    -> [(String, Style.Kind)]
  {
    guard !task.events.isEmpty || rules.isReportMissing(task) else { return [] }
    let state = task.supervision
    var lines: [(String, Style.Kind)] = []
    if rules.isAwaitingSignoff(task), let request = state.doneRequest {
      lines.append(
        (
          language.pick("待审核（\(request.date) 申请办结）", "awaiting sign-off (asked \(request.date))"),
          .dueSoon
        ))
    } else if task.status != .done, let back = state.sentBack {
      lines.append(
        (language.pick("已退回（\(back.date)）：", "sent back (\(back.date)): ") + back.text, .overdue))
    }
    if rules.hasExtensionRequest(task), let request = state.extensionRequest {
      lines.append(
        (
          language.pick("延期申请至 ", "extension asked to ") + (request.deadline?.description ?? "")
            + language.pick("：", ": ") + request.text, .dueSoon
        ))
    }
    if let level = rules.chaseLevel(task) {
      lines.append(
        (
          language.pick("催办：\(language.name(of: level))", "chased: \(level.rawValue)"),
          level == .red ? .overdue : level == .yellow ? .dueSoon : .normal
        ))
    }
    if rules.isReportMissing(task) {
      lines.append((language.pick("未按期反馈", "monthly report missing"), .dueSoon))
    }
    return lines
  }

  private static func permissions(_ allowed: Permissions.Allowed, _ language: Language) -> String {
    var parts: [String] = []
    if allowed.contains(.status) { parts.append(language.pick("修改状态", "set the status")) }
    if allowed.contains(.note) { parts.append(language.pick("添加进度反馈", "add notes")) }
    if allowed.contains(.request) {
      parts.append(language.pick("申请办结、申请延期", "request completion or an extension"))
    }
    return parts.isEmpty
      ? language.pick("只读（不是本单位的任务）", "read only (not your unit's task)")
      : parts.joined(separator: language.listSeparator)
  }

  static func draw(_ model: Model, into grid: inout Grid) {
    let all = lines(model, width: grid.width)
    let labelColumns = labelWidth(model.language)
    let rows = model.layout.detailRows
    let top = max(0, min(model.screen.top, all.count - rows))
    for offset in 0..<rows {
      let index = top + offset
      guard index < all.count else { break }
      let line = all[index]
      let row = Layout.detailTop + offset
      if line.style.kind == .header { grid.fill(row: row, style: Style(.header)) }
      if let label = line.label {
        grid.put(label, row: row, column: 1, width: labelColumns, style: Style(.muted))
        grid.put(line.text, row: row, column: 1 + labelColumns, style: line.style)
      } else {
        grid.put(line.text, row: row, column: 1, style: line.style)
      }
    }
  }
}
