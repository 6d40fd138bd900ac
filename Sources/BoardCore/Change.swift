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

  /// The id of the task the change is about.
  public var taskID: String {
    switch operation {
    case .setStatus(let task, _), .addNote(let task, _), .assign(let task, _, _),
      .setDue(let task, _), .editTask(let task, _), .removeTask(let task):
      return task
    case .addTask(let task):
      return task.id
    }
  }
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

/// One field of one task changed, for the audit log.
public struct FieldChange: Hashable, Sendable {
  public var taskID: String
  /// `status`, `note`, `lead`, `coop`, `due`, `title`, `text`, `section`, or `task` for a task
  /// added or removed.
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
