import BoardCore

/// What a task list is narrowed to besides its search: a status, a lead unit, a plan, a
/// light. Each screen keeps its own; `f` edits it.
struct TaskFilter: Hashable, Sendable {
  var status: Status?
  var lead: String?
  var plan: String?
  var light: Light?

  var isEmpty: Bool { self == TaskFilter() }

  func matches(_ task: PlanTask, in plan: Plan, rules: Rules) -> Bool {
    if let status, task.status != status { return false }
    if let lead, !task.lead.contains(lead) { return false }
    if let wanted = self.plan, plan.id != wanted { return false }
    if let light, rules.light(of: task) != light { return false }
    return true
  }

  /// The filter as the location line shows it.
  func description(_ language: Language, roster: Roster) -> String {
    var parts: [String] = []
    if let status { parts.append(language.pick("状态=", "status=") + language.name(of: status)) }
    if let lead { parts.append(language.pick("牵头=", "lead=") + roster.name(of: lead)) }
    if let plan { parts.append(language.pick("方案=", "plan=") + plan) }
    if let light { parts.append(language.pick("灯=", "light=") + language.name(of: light)) }
    return VisibleText.line(parts.joined(separator: " "))
  }
}

/// How a task list is ordered; `o` cycles through them.
enum TaskSort: Hashable, Sendable, CaseIterable {
  case planOrder
  case deadline
  case daysOverdue
  case lead
  case status

  func name(_ language: Language) -> String {
    switch self {
    case .planOrder: return language.pick("方案顺序", "plan order")
    case .deadline: return language.pick("期限", "deadline")
    case .daysOverdue: return language.pick("逾期天数", "days overdue")
    case .lead: return language.pick("牵头单位", "lead unit")
    case .status: return language.pick("状态", "status")
    }
  }

  /// The order a view starts in: the triage views by deadline, the others as the plans are.
  static func standard(for kind: ScreenKind) -> TaskSort {
    switch kind {
    case .overdue, .dueSoon: return .deadline
    default: return .planOrder
    }
  }
}
