/// Where a task stands in the supervision cycle, derived from its events in order.
///
/// - a completion request is pending from `request-done` until `signoff` or `sendback`;
/// - an extension request is pending from `request-extension` until it is approved or
///   refused;
/// - a send-back stays the task's last word until the lead unit requests completion again.
public struct Supervision: Hashable, Sendable {
  /// The pending completion request (待审核).
  public var doneRequest: TaskEvent?
  /// The pending extension request (延期申请).
  public var extensionRequest: TaskEvent?
  /// The latest send-back, while no new completion request followed it.
  public var sentBack: TaskEvent?
  /// Every chase, oldest first.
  public var chases: [TaskEvent] = []

  public init(events: [TaskEvent]) {
    for event in events {
      switch event.kind {
      case .requestDone:
        doneRequest = event
        sentBack = nil
      case .signOff:
        doneRequest = nil
      case .sendBack:
        doneRequest = nil
        sentBack = event
      case .requestExtension:
        extensionRequest = event
      case .approveExtension, .refuseExtension:
        extensionRequest = nil
      case .chase:
        chases.append(event)
      }
    }
  }
}

extension PlanTask {
  public var supervision: Supervision { Supervision(events: events) }
}

extension Rules {
  /// A lead unit asked for sign-off and the office has not decided (待审核).
  public func isAwaitingSignoff(_ task: PlanTask) -> Bool {
    task.status != .done && !task.events.isEmpty && task.supervision.doneRequest != nil
  }

  /// A lead unit asked for a later deadline and the office has not decided (延期申请).
  public func hasExtensionRequest(_ task: PlanTask) -> Bool {
    task.status != .done && !task.events.isEmpty && task.supervision.extensionRequest != nil
  }

  /// The chase level a task has today: nil when it was never chased or is done; red when it
  /// is overdue and a chase made while it was overdue is `redChaseDays` or more days old;
  /// yellow when it is overdue and was chased while overdue; blue otherwise (chased before
  /// it was overdue, or no longer overdue).
  public func chaseLevel(_ task: PlanTask) -> ChaseLevel? {
    guard task.status != .done, !task.events.isEmpty else { return nil }
    let chases = task.supervision.chases
    guard !chases.isEmpty else { return nil }
    guard isOverdue(task) else { return .blue }
    return overdueLevel(chases) ?? .blue
  }

  /// The level of a chase made today: blue when the task is not overdue, red when an earlier
  /// chase made while it was overdue is `redChaseDays` or more days old, else yellow.
  public func levelOfNewChase(_ task: PlanTask) -> ChaseLevel {
    guard isOverdue(task) else { return .blue }
    return overdueLevel(task.supervision.chases) ?? .yellow
  }

  /// Red or yellow from the chases of an overdue task; nil when none was made while overdue.
  private func overdueLevel(_ chases: [TaskEvent]) -> ChaseLevel? {
    let overdueChases = chases.filter { ($0.level ?? .blue) >= .yellow }
    guard let first = overdueChases.first else { return nil }
    return first.date.days(until: today) >= redChaseDays ? .red : .yellow
  }

  /// The reporting day of a month: `reportDay`, or the month's last day when it is shorter
  /// (the 31st in February is the 28th or 29th).
  static func reportingDay(year: Int, month: Int, reportDay: Int) -> Day? {
    guard (1...12).contains(month) else { return nil }
    return Day(year: year, month: month, day: min(reportDay, Day.daysIn(month: month, year: year)))
  }

  /// The period whose report is due on `today`: from the day after one reporting day through
  /// the next, the latest that has passed before today. Nil on no day a file can name.
  static func reportingPeriod(before today: Day, reportDay: Int) -> ClosedRange<Day>? {
    func reportingDay(year: Int, month: Int) -> Day? {
      Rules.reportingDay(year: year, month: month, reportDay: reportDay)
    }
    let (year, month, _) = today.components
    guard var end = reportingDay(year: year, month: month) else { return nil }
    var (endYear, endMonth) = (year, month)
    if end >= today {
      (endYear, endMonth) = month == 1 ? (year - 1, 12) : (year, month - 1)
      guard let day = reportingDay(year: endYear, month: endMonth) else { return nil }
      end = day
    }
    let (startYear, startMonth) = endMonth == 1 ? (endYear - 1, 12) : (endYear, endMonth - 1)
    guard let previous = reportingDay(year: startYear, month: startMonth), previous < end else {
      return nil
    }
    return previous.adding(days: 1)...end
  }

  /// 未按期反馈: a task not done, with a lead unit, whose lead units wrote nothing on it (a
  /// note, a completion or extension request) from the start of the period that closed on
  /// the latest reporting day before today, through today. Computed, never stored.
  public func isReportMissing(_ task: PlanTask) -> Bool {
    guard task.status != .done, !task.lead.isEmpty, let period = closedReportingPeriod else {
      return false
    }
    let since = period.lowerBound
    for note in task.notes where note.date >= since && note.date <= today {
      if task.lead.contains(note.author) { return false }
    }
    for event in task.events where event.date >= since && event.date <= today {
      if task.lead.contains(event.unit)
        && (event.kind == .requestDone || event.kind == .requestExtension)
      {
        return false
      }
    }
    return true
  }
}
