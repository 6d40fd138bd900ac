import BoardCore

/// Undo: `u` takes back the session's last change by a new change that restores the old
/// values the store reported for it (so the undo is saved and logged like any change), and
/// refuses when someone else has changed one of those fields since.
extension Model {
  /// Keeps the change the loop is about to save, with what an undo of it will need.
  mutating func remember(_ change: Change) {
    var entry = SessionChange(change: change, undoes: undoing)
    if case .removeTask(let id) = change.operation {
      entry.removedTask = task(TaskKey(plan: change.planID, task: id))?.1
    }
    pendingSave = entry
    undoing = nil
  }

  /// Records a save's outcome in the history.
  mutating func recordSave(_ outcome: SaveOutcome) {
    guard var entry = pendingSave else { return }
    pendingSave = nil
    guard case .saved(let fields) = outcome, !fields.isEmpty else { return }
    entry.fields = fields
    if let undone = entry.undoes, undone < history.count { history[undone].isUndone = true }
    history.append(entry)
  }

  mutating func undo() -> Effect? {
    guard
      let index = history.lastIndex(where: { !$0.isUndone && $0.undoes == nil })
    else {
      say(language.pick("本次没有可撤销的修改", "nothing of this session to undo"), isError: true)
      return nil
    }
    switch inverse(of: history[index]) {
    case .failure(let refusal):
      say(refusal.text, isError: true)
      return nil
    case .success(let change):
      message = nil
      undoing = index
      return .save(change)
    }
  }

  struct UndoRefusal: Error {
    var text: String
  }

  /// The change that restores what `entry` changed, if nobody changed it since.
  func inverse(of entry: SessionChange) -> Result<Change, UndoRefusal> {
    let language = self.language
    let planID = entry.change.planID
    let taskID = entry.change.taskID
    func refuse(_ chinese: String, _ english: String) -> Result<Change, UndoRefusal> {
      .failure(UndoRefusal(text: language.pick(chinese, english)))
    }
    let current = task(TaskKey(plan: planID, task: taskID))?.1
    switch entry.change.operation {
    case .addTask:
      guard current != nil else {
        return refuse("任务 \(taskID) 已不存在", "task \(taskID) no longer exists")
      }
      return .success(Change(planID: planID, .removeTask(task: taskID)))
    case .removeTask:
      guard current == nil else {
        return refuse("任务 \(taskID) 已被重新添加", "task \(taskID) exists again")
      }
      guard let removed = entry.removedTask else {
        return refuse("无法恢复任务 \(taskID)", "cannot restore task \(taskID)")
      }
      return .success(Change(planID: planID, .addTask(removed)))
    case .setActual(let indicator, let year, _):
      guard let field = entry.fields.first else { return refuse("无法撤销", "cannot undo") }
      let now = board.plan(id: planID)?.indicator(id: indicator)?.actuals.last { $0.year == year }
      guard (now?.value ?? "") == field.new else {
        return refuse(
          "不能撤销：指标 \(indicator) \(year) 年的实际值已被他人修改",
          "cannot undo: someone changed the actual value of indicator \(indicator) for \(year)")
      }
      return .success(
        Change(
          planID: planID, .setActual(indicator: indicator, year: year, value: field.old),
          expecting: [field.field: field.new]))
    case .addNote:
      return refuse(
        "进度反馈不能撤销（已记入日志）；如有误，请再添加一条更正",
        "a note cannot be undone (it is on record); add a correcting note")
    case .requestDone, .signOff, .sendBack, .requestExtension, .approveExtension,
      .refuseExtension, .chase:
      return refuse(
        "督办记录不能撤销（已记入任务的时间线和日志）",
        "a step of the supervision cycle cannot be undone (it is in the task's time line and the log)"
      )
    default:
      break
    }
    guard let current else {
      return refuse("任务 \(taskID) 已不存在", "task \(taskID) no longer exists")
    }
    for field in entry.fields {
      let now = current.loggedValue(of: field.field)
      if now != field.new {
        return refuse(
          "不能撤销：任务 \(taskID) 的\(Model.fieldName(field.field, .zh))已被他人改为“\(VisibleText.line(now))”",
          "cannot undo: someone changed the \(Model.fieldName(field.field, .en)) of task \(taskID) to \"\(VisibleText.line(now))\""
        )
      }
    }
    func old(_ name: String) -> String? { entry.fields.first { $0.field == name }?.old }
    // Checked again by the store under its lock: the board on screen may be a moment old.
    let expecting = Dictionary(entry.fields.map { ($0.field, $0.new) }, uniquingKeysWith: { $1 })
    switch entry.change.operation {
    case .setStatus:
      guard let status = old("status").flatMap(Status.init(rawValue:)) else {
        return refuse("无法撤销", "cannot undo")
      }
      return .success(
        Change(planID: planID, .setStatus(task: taskID, status), expecting: expecting))
    case .assign:
      func units(_ text: String?) -> [String]? {
        text.map { $0.split(separator: ",").map(String.init) }
      }
      return .success(
        Change(
          planID: planID, .assign(task: taskID, lead: units(old("lead")), coop: units(old("coop"))),
          expecting: expecting))
    case .setDue:
      let text = old("due") ?? ""
      return .success(
        Change(
          planID: planID, .setDue(task: taskID, text.isEmpty ? nil : Day(text)),
          expecting: expecting))
    case .editTask:
      return .success(
        Change(
          planID: planID,
          .editTask(
            task: taskID, TaskEdit(title: old("title"), text: old("text"), section: old("section"))),
          expecting: expecting))
    case .addTask, .removeTask, .addNote, .requestDone, .signOff, .sendBack, .requestExtension,
      .approveExtension, .refuseExtension, .chase, .setActual:
      return refuse("无法撤销", "cannot undo")
    }
  }

  static func fieldName(_ field: String, _ language: Language) -> String {
    FieldChange.name(of: field).text(language)
  }
}
