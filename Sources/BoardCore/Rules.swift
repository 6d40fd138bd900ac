/// The board's rules: overdue, due soon, unassigned, traffic lights and per-unit counts.
///
/// Today is a parameter so every answer is reproducible; core never reads the clock.
public struct Rules: Sendable {
  public var today: Day {
    didSet { closedReportingPeriod = Rules.reportingPeriod(before: today, reportDay: reportDay) }
  }
  /// Due soon covers today through `today + dueSoonDays`.
  public var dueSoonDays: Int
  /// A chased task still overdue this many days after a chase is red-chased.
  public var redChaseDays: Int
  /// Lead units report on their tasks by this day of each month (`BoardSettings.reportDay`).
  public var reportDay: Int {
    didSet { closedReportingPeriod = Rules.reportingPeriod(before: today, reportDay: reportDay) }
  }
  /// The period whose report is due (`Rules.reportingPeriod`), found once: every task's
  /// light asks for it.
  public private(set) var closedReportingPeriod: ClosedRange<Day>?

  public init(today: Day, dueSoonDays: Int = 30, redChaseDays: Int = 7, reportDay: Int = 25) {
    self.today = today
    self.dueSoonDays = dueSoonDays
    self.redChaseDays = redChaseDays
    self.reportDay = reportDay
    closedReportingPeriod = Rules.reportingPeriod(before: today, reportDay: reportDay)
  }

  public init(today: Day, settings: BoardSettings) {
    self.init(
      today: today, dueSoonDays: settings.dueSoonDays, redChaseDays: settings.redChaseDays,
      reportDay: settings.reportDay)
  }

  /// Past its deadline and not done. A task without a deadline (长期) is never overdue.
  public func isOverdue(_ task: PlanTask) -> Bool {
    guard task.status != .done, let due = task.due else { return false }
    return due < today
  }

  /// How many days an overdue task is past its deadline (1 the day after it); nil when the
  /// task is not overdue.
  public func daysOverdue(_ task: PlanTask) -> Int? {
    guard isOverdue(task), let due = task.due else { return nil }
    return due.days(until: today)
  }

  /// Days left until the deadline of a task due soon (0 on the day itself); nil otherwise.
  public func daysLeft(_ task: PlanTask) -> Int? {
    guard isDueSoon(task), let due = task.due else { return nil }
    return today.days(until: due)
  }

  /// Not done, and the deadline is today or within the next `dueSoonDays` days.
  public func isDueSoon(_ task: PlanTask) -> Bool {
    guard task.status != .done, let due = task.due else { return false }
    // Days between two real days, never today plus a number from a file: no overflow.
    return due >= today && today.days(until: due) <= dueSoonDays
  }

  /// No lead unit.
  public func isUnassigned(_ task: PlanTask) -> Bool {
    task.lead.isEmpty
  }

  /// The one traffic-light rule (docs/supervision.md), used by every screen, command and
  /// report: green when done or on track; red when overdue or red-chased; yellow when due
  /// soon, report missing, blocked, awaiting sign-off, or without a lead unit.
  public func light(of task: PlanTask) -> Light {
    if task.status == .done { return .green }
    if isOverdue(task) || chaseLevel(task) == .red { return .red }
    if isDueSoon(task) || task.status == .blocked || task.lead.isEmpty
      || isAwaitingSignoff(task) || isReportMissing(task)
    {
      return .yellow
    }
    return .green
  }

  /// The worst light among the plan's tasks.
  public func light(of plan: Plan) -> Light {
    plan.tasks.reduce(.green) { max($0, light(of: $1)) }
  }

  public func summary(of plan: Plan) -> PlanSummary {
    var summary = PlanSummary()
    // In place: `for task in` copies every task with all its strings.
    let tasks = plan.tasks
    for index in tasks.indices { summary.count(tasks[index], by: self) }
    return summary
  }

  /// Counts per unit of the tasks it leads and cooperates on, for every unit of the roster.
  ///
  /// Units are told apart by id, so two units of the same name in two jurisdictions are
  /// counted apart.
  public func unitStatistics(of board: Board) -> [UnitStatistics] {
    // Counted in an array found once per unit id: a city's board has 100,000 tasks, and a
    // `Set` of each task's units and a dictionary update per count made this most of the
    // time the TUI's model took to open.
    var slots: [String: Int] = [:]
    var counts: [UnitStatistics] = []
    for unit in board.roster.units where unit.role == .unit {
      _ = Rules.slot(of: unit.id, in: &slots, &counts)
    }
    for plan in board.plans {
      for task in plan.tasks {
        // Each unit once, however often a task names it.
        for (index, id) in task.lead.enumerated() where !task.lead[..<index].contains(id) {
          counts[Rules.slot(of: id, in: &slots, &counts)].countLed(task, by: self)
        }
        for (index, id) in task.coop.enumerated()
        where !task.lead.contains(id) && !task.coop[..<index].contains(id) {
          counts[Rules.slot(of: id, in: &slots, &counts)].cooperating += 1
        }
        for note in task.notes {
          guard let index = slots[note.author] else { continue }
          counts[index].lastNote = max(counts[index].lastNote ?? note.date, note.date)
        }
      }
    }
    return board.roster.units.compactMap { unit in slots[unit.id].map { counts[$0] } }
  }

  /// Where a unit's counts are, added when the unit has none yet.
  private static func slot(
    of id: String, in slots: inout [String: Int], _ counts: inout [UnitStatistics]
  ) -> Int {
    if let index = slots[id] { return index }
    slots[id] = counts.count
    counts.append(UnitStatistics(unitID: id))
    return counts.count - 1
  }
}

/// Counts of one plan's tasks, for the plans screen and `board plans`.
public struct PlanSummary: Hashable, Sendable {
  public var tasks = 0
  public var done = 0
  public var doing = 0
  public var blocked = 0
  public var todo = 0
  public var overdue = 0
  public var dueSoon = 0
  public var unassigned = 0
  public var awaitingSignoff = 0
  public var extensionRequested = 0
  public var reportMissing = 0
  public var light = Light.green

  public init() {}

  mutating func count(_ task: PlanTask, by rules: Rules) {
    tasks += 1
    switch task.status {
    case .done: done += 1
    case .doing: doing += 1
    case .blocked: blocked += 1
    case .todo: todo += 1
    }
    if rules.isOverdue(task) { overdue += 1 }
    if rules.isDueSoon(task) { dueSoon += 1 }
    if rules.isUnassigned(task) { unassigned += 1 }
    if rules.isAwaitingSignoff(task) { awaitingSignoff += 1 }
    if rules.hasExtensionRequest(task) { extensionRequested += 1 }
    if rules.isReportMissing(task) { reportMissing += 1 }
    light = max(light, rules.light(of: task))
  }
}

/// Counts of one unit's tasks, for the units screen and `board report`.
public struct UnitStatistics: Hashable, Sendable {
  public var unitID: String
  /// Tasks it leads.
  public var led = 0
  public var done = 0
  public var doing = 0
  public var overdue = 0
  public var dueSoon = 0
  public var blocked = 0
  public var todo = 0
  /// Days the longest-overdue task it leads is past its deadline; nil when none is overdue.
  public var longestOverdue: Int?
  /// Tasks it cooperates on without leading them.
  public var cooperating = 0
  /// The day of the unit's latest note on any task, nil when it has reported nothing.
  public var lastNote: Day?
  /// Tasks it leads that wait for the office's sign-off, and that miss this month's report.
  public var awaitingSignoff = 0
  public var reportMissing = 0
  /// The highest chase level among the tasks it leads; nil when none is chased.
  public var chaseLevel: ChaseLevel?

  public init(unitID: String) {
    self.unitID = unitID
  }

  mutating func countLed(_ task: PlanTask, by rules: Rules) {
    led += 1
    switch task.status {
    case .done: done += 1
    case .doing: doing += 1
    case .blocked: blocked += 1
    case .todo: todo += 1
    }
    if let days = rules.daysOverdue(task) {
      overdue += 1
      longestOverdue = max(longestOverdue ?? days, days)
    }
    if rules.isDueSoon(task) { dueSoon += 1 }
    if rules.isAwaitingSignoff(task) { awaitingSignoff += 1 }
    if rules.isReportMissing(task) { reportMissing += 1 }
    if let level = rules.chaseLevel(task) { chaseLevel = max(chaseLevel ?? level, level) }
  }
}
