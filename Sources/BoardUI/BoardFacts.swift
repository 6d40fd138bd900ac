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
  private let planIndex: [String: Int]
  private let taskIndex: [[String: Int]]

  init(board: Board, today: Day) {
    let rules = Rules(today: today, settings: board.settings)
    self.rules = rules
    summaries = board.plans.map { rules.summary(of: $0) }
    unitStatistics = Dictionary(
      rules.unitStatistics(of: board).map { ($0.unitID, $0) },
      uniquingKeysWith: { first, _ in first })
    overdue = summaries.reduce(0) { $0 + $1.overdue }
    unassigned = summaries.reduce(0) { $0 + $1.unassigned }
    dueSoon = summaries.reduce(0) { $0 + $1.dueSoon }
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
