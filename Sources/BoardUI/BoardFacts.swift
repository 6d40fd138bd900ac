import BoardCore

/// What the screens show about the whole board, computed once per load: per-plan summaries,
/// per-unit counts, the board's totals, and indexes to find a task by its key.
struct BoardFacts: Sendable {
  let rules: Rules
  let summaries: [PlanSummary]
  let unitStatistics: [String: UnitStatistics]
  let overdue: Int
  let unassigned: Int
  let dueSoon: Int
  /// The width of the longest plan id, so a plan column shows every id whole.
  let longestPlanID: Int
  /// The counts of the acting unit's own tasks (it leads or cooperates); nil for the office
  /// and read-only sessions, whose status line shows the board's.
  let unitCounts: (overdue: Int, dueSoon: Int, tasks: Int)?
  private let planIndex: [String: Int]
  private let taskIndex: [[String: Int]]

  init(board: Board, today: Day, unit: String? = nil) {
    let rules = Rules(today: today, settings: board.settings)
    self.rules = rules
    summaries = board.plans.map { rules.summary(of: $0) }
    unitStatistics = Dictionary(
      rules.unitStatistics(of: board).map { ($0.unitID, $0) },
      uniquingKeysWith: { first, _ in first })
    overdue = summaries.reduce(0) { $0 + $1.overdue }
    unassigned = summaries.reduce(0) { $0 + $1.unassigned }
    dueSoon = summaries.reduce(0) { $0 + $1.dueSoon }
    longestPlanID = board.plans.map(\.id.count).max() ?? 0
    if let unit {
      var counts = (overdue: 0, dueSoon: 0, tasks: 0)
      for plan in board.plans {
        for task in plan.tasks where task.involves(unit) {
          counts.tasks += 1
          if rules.isOverdue(task) { counts.overdue += 1 }
          if rules.isDueSoon(task) { counts.dueSoon += 1 }
        }
      }
      unitCounts = counts
    } else {
      unitCounts = nil
    }
    planIndex = Dictionary(
      board.plans.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    taskIndex = board.plans.map { plan in
      Dictionary(
        plan.tasks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
  }

  func planIndex(of id: String) -> Int? { planIndex[id] }

  func ref(_ key: TaskKey) -> TaskRef? {
    guard let plan = planIndex[key.plan], let task = taskIndex[plan][key.task] else { return nil }
    return TaskRef(plan: plan, task: task)
  }
}
