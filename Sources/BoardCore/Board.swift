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

  public init(name: String = "", dueSoonDays: Int = 30) {
    self.name = name
    self.dueSoonDays = dueSoonDays
  }
}
