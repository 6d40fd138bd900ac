/// Who may change what. One rule, used by the command line and the TUI alike.
///
/// - The office may change everything.
/// - A lead unit may change the status of, and add notes to, the tasks it leads.
/// - A cooperating unit may add notes to the tasks it cooperates on.
/// - An indicator's responsible units may report its actual values.
/// - Nobody else may change anything; a user with no identity is read-only.
///
/// Units are compared by id, so a unit of the same name in another jurisdiction has no rights.
public enum Permissions {
  /// Why `actor` may not make `change` to `plan`, or nil when it may.
  public static func refusal(of change: Change, by actor: Unit?, in plan: Plan) -> ChangeError? {
    guard let actor else { return .readOnly }
    if actor.role == .office { return nil }
    let who = "\(actor.name) (\(actor.id))"
    switch change.operation {
    case .setStatus(let taskID, _):
      guard let task = plan.task(id: taskID) else { return nil }  // reported as noSuchTask
      return task.lead.contains(actor.id) ? nil : .notLeadUnit(unit: who, task: taskID)
    case .addNote(let taskID, _):
      guard let task = plan.task(id: taskID) else { return nil }
      return task.involves(actor.id) ? nil : .notInvolved(unit: who, task: taskID)
    case .assign:
      return .officeOnly(unit: who, action: "assign units")
    case .setDue:
      return .officeOnly(unit: who, action: "change deadlines")
    case .editTask:
      return .officeOnly(unit: who, action: "edit tasks")
    case .addTask:
      return .officeOnly(unit: who, action: "add tasks")
    case .removeTask:
      return .officeOnly(unit: who, action: "remove tasks")
    case .setActual(let id, _, _):
      guard let indicator = plan.indicator(id: id) else { return nil }  // noSuchIndicator
      return indicator.units.contains(actor.id)
        ? nil : .notResponsibleUnit(unit: who, indicator: id)
    }
  }

  /// What a unit may do to one task, so screens can mark rows it cannot change.
  public static func allowed(for actor: Unit?, on task: PlanTask) -> Allowed {
    guard let actor else { return [] }
    if actor.role == .office { return .all }
    var allowed: Allowed = []
    if task.lead.contains(actor.id) { allowed.insert(.status) }
    if task.involves(actor.id) { allowed.insert(.note) }
    return allowed
  }

  /// Whether the actor may report the actual values of `indicator`: the office, or one of its
  /// responsible units.
  public static func mayReport(_ indicator: Indicator, by actor: Unit?) -> Bool {
    guard let actor else { return false }
    return actor.role == .office || indicator.units.contains(actor.id)
  }

  /// Whether the actor may add plans and units to the board.
  public static func mayManageBoard(_ actor: Unit?) -> Bool {
    actor?.role == .office
  }

  public struct Allowed: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let status = Allowed(rawValue: 1 << 0)
    public static let note = Allowed(rawValue: 1 << 1)
    public static let assign = Allowed(rawValue: 1 << 2)
    public static let due = Allowed(rawValue: 1 << 3)
    public static let edit = Allowed(rawValue: 1 << 4)
    public static let all: Allowed = [.status, .note, .assign, .due, .edit]
  }
}
