import BoardCore

/// Everything a joint meeting goes through, judged on one day: per lead unit, per plan, the
/// overdue tasks to chase, and the indicators. A value built from the board by core's rules
/// (`Report(board:rules:author:)`); each output format renders it through `ReportTables`.
public struct Report: Hashable, Sendable {
  public var heading: Heading
  /// Lead units with at least one task in the report, in roster order.
  public var units: [UnitRow]
  public var plans: [PlanRow]
  /// The overdue tasks by lead unit (催办清单): longest overdue first; tasks nobody leads
  /// come last, in a group without a unit.
  public var overdue: [OverdueGroup]
  /// Every indicator's every year.
  public var indicators: [IndicatorRow]

  public init(
    heading: Heading, units: [UnitRow], plans: [PlanRow], overdue: [OverdueGroup],
    indicators: [IndicatorRow]
  ) {
    self.heading = heading
    self.units = units
    self.plans = plans
    self.overdue = overdue
    self.indicators = indicators
  }

  /// The indicator years that are over with no actual value reported.
  public var missingReports: [IndicatorRow] {
    indicators.filter { $0.year.state == .missing }
  }

  /// Who the report is for and by whom: the board's name, the day it is judged by, the
  /// unit that made it, and the plan when it covers one plan.
  public struct Heading: Hashable, Sendable {
    public var boardName: String
    public var today: Day
    public var dueSoonDays: Int
    /// The unit that made the report; nil when made by someone who is no unit of the roster.
    public var author: Unit?
    /// The operating-system user, for a report made without a unit.
    public var userName: String?
    /// The plan the report is limited to (`--plan`), or nil for the whole board.
    public var plan: PlanRef?
    public var planCount: Int
    public var taskCount: Int
  }

  /// A plan as rows name it.
  public struct PlanRef: Hashable, Sendable {
    public var id: String
    public var title: String
    public var region: String
  }

  public struct UnitRow: Hashable, Sendable {
    public var unit: Unit
    public var statistics: UnitStatistics
  }

  public struct PlanRow: Hashable, Sendable {
    public var plan: PlanRef
    public var summary: PlanSummary
  }

  /// One lead unit's overdue tasks; `unit` nil for the tasks without a lead unit.
  public struct OverdueGroup: Hashable, Sendable {
    public var unit: Unit?
    public var tasks: [OverdueTask]
  }

  public struct OverdueTask: Hashable, Sendable {
    public var plan: PlanRef
    public var taskID: String
    public var title: String
    public var due: Day
    public var daysOverdue: Int
    public var status: Status
    /// The latest note on the task by anyone, nil when nobody reported on it.
    public var lastNote: Day?
  }

  public struct IndicatorRow: Hashable, Sendable {
    public var plan: PlanRef
    public var indicatorID: String
    public var name: String
    public var measure: String
    public var year: IndicatorYear
    /// The responsible units' names, as written.
    public var units: [String]
  }
}
