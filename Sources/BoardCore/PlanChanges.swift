extension Plan {
  /// Applies a change made by `actor` on `today`, after checking permissions and the units'
  /// jurisdiction, and returns what changed field by field for the audit log.
  ///
  /// A change that changes nothing (setting the status a task already has) succeeds and
  /// returns no field changes.
  public mutating func apply(
    _ change: Change, by actor: Unit?, roster: Roster, today: Day
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
    func record(_ field: String, _ old: String, _ new: String) {
      if old != new {
        changes.append(FieldChange(taskID: taskID, field: field, old: old, new: new))
      }
    }
    switch change.operation {
    case .setStatus(_, let status):
      record("status", task.status.rawValue, status.rawValue)
      task.status = status
    case .addNote(_, let text):
      let text = text.trimmingWhitespace()
      guard !text.isEmpty else { throw .emptyNote }
      task.notes.append(Note(date: today, author: author, text: text))
      record("note", "", text)
    case .assign(_, let lead, let coop):
      if let lead {
        try checkUnits(lead, roster: roster)
        record("lead", task.lead.joined(separator: ","), lead.joined(separator: ","))
        task.lead = lead
      }
      if let coop {
        try checkUnits(coop, roster: roster)
        record("coop", task.coop.joined(separator: ","), coop.joined(separator: ","))
        task.coop = coop
      }
    case .setDue(_, let due):
      record("due", task.due?.description ?? "", due?.description ?? "")
      task.due = due
    case .editTask(_, let edit):
      if let title = edit.title {
        guard !title.isEmpty else { throw .emptyTitle }
        record("title", task.title, title)
        task.title = title
      }
      if let text = edit.text {
        record("text", task.text, text)
        task.text = text
      }
      if let section = edit.section {
        record("section", task.section, section)
        task.section = section
      }
    case .addTask, .removeTask:
      break
    }
    tasks[index] = task
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
