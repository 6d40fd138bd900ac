/// Everything on one board: its settings, its roster and its plans.
public struct Board: Sendable {
  public var settings: BoardSettings
  public var roster: Roster
  public var plans: [Plan]

  public init(settings: BoardSettings = BoardSettings(), roster: Roster, plans: [Plan]) {
    self.settings = settings
    self.roster = roster
    self.plans = plans
  }

  public func plan(id: String) -> Plan? {
    plans.first { $0.id == id }
  }
}

/// Settings kept in the roster file's `Board` record.
public struct BoardSettings: Hashable, Sendable {
  /// The board's name (知识产权工作任务看板), shown in the TUI's title; empty when not set.
  public var name: String
  /// A task not done is due soon when its deadline is today or within this many days.
  public var dueSoonDays: Int
  /// A task still overdue this many days after a chase is red-chased (红色催办).
  public var redChaseDays: Int
  /// Lead units report on their tasks by this day of each month (1–31; a shorter month's
  /// last day stands for it).
  public var reportDay: Int

  public static let defaultRedChaseDays = 7
  public static let defaultReportDay = 25

  public init(
    name: String = "", dueSoonDays: Int = 30, redChaseDays: Int = BoardSettings.defaultRedChaseDays,
    reportDay: Int = BoardSettings.defaultReportDay
  ) {
    self.name = name
    self.dueSoonDays = dueSoonDays
    self.redChaseDays = redChaseDays
    self.reportDay = reportDay
  }
}
