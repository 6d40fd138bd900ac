extension Plan {
  /// Applies a change made by `actor` on `today`, after checking permissions and the units'
  /// jurisdiction, and returns what changed field by field for the audit log.
  ///
  /// A change that changes nothing (setting the status a task already has) succeeds and
  /// returns no field changes.
  ///
  /// `settings` give the chase ladder its number of days (`redChaseDays`).
  public mutating func apply(
    _ change: Change, by actor: Unit?, roster: Roster, today: Day,
    settings: BoardSettings = BoardSettings()
  ) throws(ChangeError) -> [FieldChange] {
    if let refusal = Permissions.refusal(of: change, by: actor, in: self) { throw refusal }
    let author = actor?.id ?? ""
    switch change.operation {
    case .addTask(let task):
      guard Unit.isValidID(task.id) else { throw .invalidTaskID(task.id) }
      guard self.task(id: task.id) == nil else { throw .taskExists(plan: id, task: task.id) }
      guard !task.title.isEmpty else { throw .emptyTitle }
      try checkUnits(task.lead + task.coop, roster: roster)
      // A new task goes to the end of its section, where a reader of the plan looks for it.
      if let last = tasks.lastIndex(where: { $0.section == task.section && !task.section.isEmpty })
      {
        tasks.insert(task, at: last + 1)
      } else {
        tasks.append(task)
      }
      return [FieldChange(taskID: task.id, field: "task", old: "", new: task.title)]
    case .removeTask(let taskID):
      guard let index = taskIndex(id: taskID) else { throw .noSuchTask(plan: id, task: taskID) }
      let removed = tasks.remove(at: index)
      return [FieldChange(taskID: taskID, field: "task", old: removed.title, new: "")]
    case .setActual(let indicatorID, let year, let value):
      guard let index = indicators.firstIndex(where: { $0.id == indicatorID }) else {
        throw .noSuchIndicator(plan: id, indicator: indicatorID)
      }
      return try indicators[index].setActual(
        value, year: year, today: today, plan: self, expecting: change.expecting)
    default:
      break
    }
    let taskID = change.taskID
    guard let index = taskIndex(id: taskID) else { throw .noSuchTask(plan: id, task: taskID) }
    var task = tasks[index]
    for (field, expected) in change.expecting.sorted(by: { $0.key < $1.key }) {
      let now = task.loggedValue(of: field)
      if now != expected { throw .changedSince(task: taskID, field: field, now: now) }
    }
    var changes: [FieldChange] = []
    let before = task
    /// Logs each field whose value (as `loggedValue` writes it) the change made different.
    func record(_ fields: String...) {
      for field in fields {
        let (old, new) = (before.loggedValue(of: field), task.loggedValue(of: field))
        if old != new {
          changes.append(FieldChange(taskID: taskID, field: field, old: old, new: new))
        }
      }
    }
    switch change.operation {
    case .setStatus(_, let status):
      task.status = status
      record("status")
    case .addNote(_, let text):
      let text = text.trimmingWhitespace()
      guard !text.isEmpty else { throw .emptyNote }
      task.notes.append(Note(date: today, author: author, text: text))
      changes.append(FieldChange(taskID: taskID, field: "note", old: "", new: text))
    case .assign(_, let lead, let coop):
      if let lead {
        try checkUnits(lead, roster: roster)
        task.lead = lead
      }
      if let coop {
        try checkUnits(coop, roster: roster)
        task.coop = coop
      }
      record("lead", "coop")
    case .setDue(_, let due):
      task.due = due
      record("due")
    case .editTask(_, let edit):
      if let title = edit.title {
        guard !title.isEmpty else { throw .emptyTitle }
        task.title = title
      }
      if let text = edit.text { task.text = text }
      if let section = edit.section { task.section = section }
      record("title", "text", "section")
    case .addTask, .removeTask, .setActual:
      break
    case .requestDone, .signOff, .sendBack, .requestExtension, .approveExtension,
      .refuseExtension, .chase:
      changes = try applySupervision(
        change.operation, to: &task, by: author, rules: Rules(today: today, settings: settings))
    }
    tasks[index] = task
    return changes
  }

  /// A step of the supervision cycle, once permissions are checked: the rules of its state,
  /// the event recorded on the task, and the fields it changes (a sign-off's status, an
  /// approved extension's deadline), each for the log.
  private func applySupervision(
    _ operation: Change.Operation, to task: inout PlanTask, by author: String, rules: Rules
  ) throws(ChangeError) -> [FieldChange] {
    let state = task.supervision
    let today = rules.today
    var changes: [FieldChange] = []
    func refuse(_ refusal: SupervisionRefusal) -> ChangeError { .supervision(refusal) }
    func text(_ raw: String, _ kind: TaskEvent.Kind) throws(ChangeError) -> String {
      let text = raw.trimmingWhitespace()
      if kind.needsText && text.isEmpty { throw refuse(.emptyText(kind: kind)) }
      return text
    }
    func setStatus(_ status: Status) {
      guard task.status != status else { return }
      changes.append(
        FieldChange(
          taskID: task.id, field: "status", old: task.status.rawValue, new: status.rawValue))
      task.status = status
    }
    guard task.status != .done else { throw refuse(.taskDone(task: task.id)) }
    var event: TaskEvent
    switch operation {
    case .requestDone(_, let note):
      guard state.doneRequest == nil else {
        throw refuse(.alreadyPending(task: task.id, kind: .requestDone))
      }
      event = TaskEvent(
        date: today, unit: author, kind: .requestDone, text: try text(note, .requestDone))
    case .signOff(_, let note):
      guard state.doneRequest != nil else {
        throw refuse(.nothingPending(task: task.id, kind: .requestDone))
      }
      event = TaskEvent(date: today, unit: author, kind: .signOff, text: try text(note, .signOff))
    case .sendBack(_, let reason):
      guard state.doneRequest != nil else {
        throw refuse(.nothingPending(task: task.id, kind: .requestDone))
      }
      event = TaskEvent(
        date: today, unit: author, kind: .sendBack, text: try text(reason, .sendBack))
    case .requestExtension(_, let day, let reason):
      guard let due = task.due else { throw refuse(.noDeadline(task: task.id)) }
      guard today <= due else { throw refuse(.deadlinePassed(task: task.id, due: due)) }
      guard state.extensionRequest == nil else {
        throw refuse(.alreadyPending(task: task.id, kind: .requestExtension))
      }
      guard day > due else { throw refuse(.notLater(task: task.id, due: due, asked: day)) }
      event = TaskEvent(
        date: today, unit: author, kind: .requestExtension, deadline: day,
        text: try text(reason, .requestExtension))
    case .approveExtension(_, let note):
      guard let request = state.extensionRequest, let day = request.deadline else {
        throw refuse(.nothingPending(task: task.id, kind: .requestExtension))
      }
      event = TaskEvent(
        date: today, unit: author, kind: .approveExtension, deadline: day,
        previousDeadline: task.due, text: try text(note, .approveExtension))
    case .refuseExtension(_, let reason):
      guard state.extensionRequest != nil else {
        throw refuse(.nothingPending(task: task.id, kind: .requestExtension))
      }
      event = TaskEvent(
        date: today, unit: author, kind: .refuseExtension,
        text: try text(reason, .refuseExtension))
    case .chase(_, let message):
      event = TaskEvent(
        date: today, unit: author, kind: .chase, level: rules.levelOfNewChase(task),
        text: try text(message, .chase))
    default:
      return []
    }
    task.events.append(event)
    changes.append(
      FieldChange(taskID: task.id, field: event.kind.rawValue, old: "", new: event.detail))
    switch event.kind {
    case .signOff:
      setStatus(.done)
    case .sendBack:
      setStatus(.doing)
    case .approveExtension:
      changes.append(
        FieldChange(
          taskID: task.id, field: "due", old: task.due?.description ?? "",
          new: event.deadline?.description ?? ""))
      task.due = event.deadline
    default:
      break
    }
    return changes
  }

  /// Every unit must be in the roster and in this plan's jurisdiction.
  private func checkUnits(_ ids: [String], roster: Roster) throws(ChangeError) {
    for id in ids {
      guard let unit = roster.unit(id: id) else { throw .unknownUnit(id) }
      guard unit.region == region, unit.role == .unit else {
        throw .unitOutsideJurisdiction(unit: "\(unit.name) (\(unit.id))", region: region)
      }
    }
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and line breaks.
  public func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
