/// A change someone asks for: one operation on one plan.
///
/// Changes are values so that the store can apply them under its lock to the file as it is on
/// disk at that moment, and so that the CLI and the TUI go through one rule.
public struct Change: Hashable, Sendable {
  public enum Operation: Hashable, Sendable {
    case setStatus(task: String, Status)
    case addNote(task: String, text: String)
    /// Replaces the lead and/or cooperating units; nil leaves that list as it is.
    case assign(task: String, lead: [String]?, coop: [String]?)
    case setDue(task: String, Day?)
    case editTask(task: String, TaskEdit)
    case addTask(PlanTask)
    case removeTask(task: String)
    /// A lead unit reports the task done and asks for sign-off (申请办结).
    case requestDone(task: String, note: String)
    /// The office accepts a pending completion request: the task is done (已办结).
    case signOff(task: String, note: String)
    /// The office sends a pending completion request back (退回): the task is in progress.
    case sendBack(task: String, reason: String)
    /// A lead unit asks, before the deadline has passed, for a later one (申请延期).
    case requestExtension(task: String, to: Day, reason: String)
    /// The office grants the pending extension: the deadline becomes the one asked for.
    case approveExtension(task: String, note: String)
    /// The office refuses the pending extension, with a reason.
    case refuseExtension(task: String, reason: String)
    /// The office chases the lead unit (催办); the level follows from the task's state.
    case chase(task: String, message: String)
    /// Sets an indicator's actual value for a year; an empty value removes it (an undo).
    case setActual(indicator: String, year: Int, value: String)
  }

  public var planID: String
  public var operation: Operation
  /// The values (as the log writes them, by field) the task must still have for the change to
  /// be made: an undo restores a field only if nobody changed it since. Checked under the
  /// store's lock, against the file as it is then.
  public var expecting: [String: String] = [:]

  public init(planID: String, _ operation: Operation, expecting: [String: String] = [:]) {
    self.planID = planID
    self.operation = operation
    self.expecting = expecting
  }

  /// The id of the task the change is about; for an indicator, `indicator:ID` as the audit
  /// log names it.
  public var taskID: String {
    switch operation {
    case .setActual(let indicator, _, _):
      return Change.logName(ofIndicator: indicator)
    case .setStatus(let task, _), .addNote(let task, _), .assign(let task, _, _),
      .setDue(let task, _), .editTask(let task, _), .removeTask(let task),
      .requestDone(let task, _), .signOff(let task, _), .sendBack(let task, _),
      .requestExtension(let task, _, _), .approveExtension(let task, _),
      .refuseExtension(let task, _), .chase(let task, _):
      return task
    case .addTask(let task):
      return task.id
    }
  }
}

extension Change {
  /// How the audit log names an indicator in its `Task` field: `indicator:3`, never mistaken
  /// for task 3.
  public static func logName(ofIndicator id: String) -> String { "indicator:" + id }

  /// The audit log's `Field` of an indicator's actual value in one year: `actual-2025`.
  public static func actualField(year: Int) -> String { "actual-\(year)" }
}

/// New title, text or section of a task; nil leaves the field as it is.
public struct TaskEdit: Hashable, Sendable {
  public var title: String?
  public var text: String?
  public var section: String?

  public init(title: String? = nil, text: String? = nil, section: String? = nil) {
    self.title = title
    self.text = text
    self.section = section
  }
}

extension PlanTask {
  /// A field's value as `FieldChange` and the audit log write it.
  public func loggedValue(of field: String) -> String {
    switch field {
    case "status": return status.rawValue
    case "lead": return lead.joined(separator: ",")
    case "coop": return coop.joined(separator: ",")
    case "due": return due?.description ?? ""
    case "title": return title
    case "text": return text
    case "section": return section
    default: return ""
    }
  }
}

extension FieldChange {
  /// A logged field's name as people read it (`status` → 状态, `actual-2025` → 2025 年实际值):
  /// the one list the command line, the board's screens and the core's messages use.
  public static func name(of field: String) -> Localized {
    switch field {
    case "status": return Localized("状态", "status")
    case "lead": return Localized("牵头单位", "lead units")
    case "coop": return Localized("配合单位", "cooperating units")
    case "due": return Localized("期限", "deadline")
    case "title": return Localized("任务名称", "title")
    case "text": return Localized("任务内容", "text")
    case "section": return Localized("章节", "section")
    case "note": return Localized("进度反馈", "note")
    case "task": return Localized("任务", "task")
    default:
      if let kind = TaskEvent.Kind(rawValue: field) {
        return Localized(kind.chineseName, kind.englishName)
      }
      guard field.hasPrefix("actual-") else { return Localized(field, field) }
      let year = field.dropFirst("actual-".count)
      return Localized("\(year) 年实际值", "actual \(year)")
    }
  }
}

/// One field of one task changed, for the audit log.
public struct FieldChange: Hashable, Sendable {
  public var taskID: String
  /// `status`, `note`, `lead`, `coop`, `due`, `title`, `text`, `section`, `task` for a task
  /// added or removed, or a supervision step (`request-done`, `signoff`, `sendback`,
  /// `request-extension`, `approve-extension`, `refuse-extension`, `chase`: the event's
  /// kind, its detail as the new value).
  public var field: String
  public var old: String
  public var new: String

  public init(taskID: String, field: String, old: String, new: String) {
    self.taskID = taskID
    self.field = field
    self.old = old
    self.new = new
  }
}
