import BoardCore

/// What the screens show about the whole board, computed once per load and then per changed
/// plan: per-plan summaries, per-unit counts, the board's totals, and indexes to find a task
/// by its key.
struct BoardFacts: Sendable {
  private(set) var rules: Rules
  private(set) var summaries: [PlanSummary]
  /// The sum of `unitCounts` over the plans.
  private(set) var unitStatistics: [String: UnitStatistics]
  private(set) var overdue = 0
  private(set) var unassigned = 0
  private(set) var dueSoon = 0
  /// The width of the longest plan id, so a plan column shows every id whole.
  private(set) var longestPlanID = 0
  /// Each plan's part of `unitStatistics`, so a changed plan changes only its own.
  private var unitCounts: [[String: UnitStatistics]]
  private var planIndex: [String: Int]
  private var taskIndex: [[String: Int]]

  init(board: Board, today: Day) {
    let rules = Rules(today: today, settings: board.settings)
    self.rules = rules
    summaries = board.plans.map { rules.summary(of: $0) }
    unitCounts = board.plans.map { rules.unitCounts(of: $0) }
    unitStatistics = [:]
    planIndex = Dictionary(
      board.plans.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    taskIndex = board.plans.map(BoardFacts.taskIndex(of:))
    longestPlanID = board.plans.map(\.id.count).max() ?? 0
    total()
  }

  /// The facts after the plan at `index` was replaced by `plan` (same id, same place).
  mutating func replacePlan(at index: Int, with plan: Plan) {
    summaries[index] = rules.summary(of: plan)
    unitCounts[index] = rules.unitCounts(of: plan)
    taskIndex[index] = BoardFacts.taskIndex(of: plan)
    total()
  }

  /// Sums the plans' parts: a few thousand additions for a city's hundreds of plans.
  private mutating func total() {
    overdue = summaries.reduce(0) { $0 + $1.overdue }
    unassigned = summaries.reduce(0) { $0 + $1.unassigned }
    dueSoon = summaries.reduce(0) { $0 + $1.dueSoon }
    var statistics: [String: UnitStatistics] = [:]
    for counts in unitCounts {
      for (id, count) in counts { statistics[id, default: UnitStatistics(unitID: id)].add(count) }
    }
    unitStatistics = statistics
  }

  private static func taskIndex(of plan: Plan) -> [String: Int] {
    Dictionary(
      plan.tasks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func planIndex(of id: String) -> Int? { planIndex[id] }

  func ref(_ key: TaskKey) -> TaskRef? {
    guard let plan = planIndex[key.plan], let task = taskIndex[plan][key.task] else { return nil }
    return TaskRef(plan: plan, task: task)
  }
}
