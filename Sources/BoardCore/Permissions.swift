/// Who may change what. One rule, used by the command line and the TUI alike.
///
/// - The office may change everything.
/// - A lead unit may change the status of, and add notes to, the tasks it leads, but not set
///   them done: it requests completion (申请办结) or an extension, and the office decides.
/// - A cooperating unit may add notes to the tasks it cooperates on, nothing more.
/// - Nobody decides on a request they made; only the office signs off, sends back, decides
///   on extensions and chases.
/// - An indicator's responsible units may report its actual values.
/// - Nobody else may change anything; a user with no identity is read-only.
///
/// Units are compared by id, so a unit of the same name in another jurisdiction has no rights.
public enum Permissions {
  /// Why `actor` may not make `change` to `plan`, or nil when it may.
  public static func refusal(of change: Change, by actor: Unit?, in plan: Plan) -> ChangeError? {
    guard let actor else { return .readOnly }
    let who = "\(actor.name) (\(actor.id))"
    if let refusal = supervisionRefusal(of: change, by: actor, who: who, in: plan) {
      return .supervision(refusal)
    }
    if actor.role == .office { return nil }
    switch change.operation {
    case .setStatus(let taskID, let status):
      guard let task = plan.task(id: taskID) else { return nil }  // reported as noSuchTask
      guard task.lead.contains(actor.id) else { return .notLeadUnit(unit: who, task: taskID) }
      return status == .done && task.status != .done
        ? .supervision(.doneNeedsSignoff(unit: who, task: taskID)) : nil
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
    case .requestDone, .requestExtension:
      return nil  // a lead unit's: checked above
    case .signOff:
      return .officeOnly(unit: who, action: "sign off tasks")
    case .sendBack:
      return .officeOnly(unit: who, action: "send tasks back")
    case .approveExtension, .refuseExtension:
      return .officeOnly(unit: who, action: "decide on extensions")
    case .chase:
      return .officeOnly(unit: who, action: "chase units")
    case .setActual(let id, _, _):
      guard let indicator = plan.indicator(id: id) else { return nil }  // noSuchIndicator
      return indicator.units.contains(actor.id)
        ? nil : .notResponsibleUnit(unit: who, indicator: id)
    }
  }

  /// Who may take a step of the supervision cycle: a lead unit requests, and nobody decides
  /// on their own request (checked before "office only", so a unit trying to sign off its
  /// own request hears that rule).
  private static func supervisionRefusal(
    of change: Change, by actor: Unit, who: String, in plan: Plan
  ) -> SupervisionRefusal? {
    guard let task = plan.task(id: change.taskID) else { return nil }
    switch change.operation {
    case .requestDone, .requestExtension:
      let kind: TaskEvent.Kind = {
        if case .requestDone = change.operation { return .requestDone }
        return .requestExtension
      }()
      return task.lead.contains(actor.id)
        ? nil : .leadOnly(unit: who, task: task.id, kind: kind)
    case .signOff, .sendBack:
      let request = task.supervision.doneRequest
      return request?.unit == actor.id
        ? .ownRequest(unit: who, task: task.id, kind: .requestDone) : nil
    case .approveExtension, .refuseExtension:
      let request = task.supervision.extensionRequest
      return request?.unit == actor.id
        ? .ownRequest(unit: who, task: task.id, kind: .requestExtension) : nil
    default:
      return nil
    }
  }

  /// What a unit may do to one task, so screens can mark rows it cannot change.
  public static func allowed(for actor: Unit?, on task: PlanTask) -> Allowed {
    guard let actor else { return [] }
    if actor.role == .office { return .all }
    var allowed: Allowed = []
    if task.lead.contains(actor.id) { allowed.formUnion([.status, .request]) }
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
    /// Request completion or an extension (a lead unit's part of the cycle).
    public static let request = Allowed(rawValue: 1 << 5)
    /// Sign off, send back, decide on extensions, chase (the office's part).
    public static let decide = Allowed(rawValue: 1 << 6)
    public static let all: Allowed = [.status, .note, .assign, .due, .edit, .decide]
  }
}
