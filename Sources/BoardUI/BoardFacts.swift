import BoardCore

/// What the screens show about the whole board, computed once per load and then per changed
/// plan: per-plan summaries, per-unit counts, the board's totals, and an index to find a plan
/// by its id.
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

  init(board: Board, today: Day) {
    let rules = Rules(today: today, settings: board.settings)
    self.rules = rules
    summaries = board.plans.map { rules.summary(of: $0) }
    unitCounts = board.plans.map { rules.unitCounts(of: $0) }
    unitStatistics = [:]
    planIndex = Dictionary(
      board.plans.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    longestPlanID = board.plans.map(\.id.count).max() ?? 0
    total()
  }

  /// The facts after the plan at `index` was replaced by `plan` (same id, same place).
  mutating func replacePlan(at index: Int, with plan: Plan) {
    summaries[index] = rules.summary(of: plan)
    unitCounts[index] = rules.unitCounts(of: plan)
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

  func planIndex(of id: String) -> Int? { planIndex[id] }

  /// Where the task is in `board` (the board these facts are of). A plan's tasks are looked
  /// through: a few hundred comparisons of short ids, where a dictionary per plan held 5 MB
  /// of a 100,000-task board in every session.
  func ref(_ key: TaskKey, in board: Board) -> TaskRef? {
    guard let plan = planIndex[key.plan], let task = board.plans[plan].taskIndex(id: key.task)
    else { return nil }
    return TaskRef(plan: plan, task: task)
  }
}
