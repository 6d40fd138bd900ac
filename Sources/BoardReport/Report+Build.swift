import BoardCore

extension Report {
  /// The report of `board` as judged by `rules` (today and the due-soon window).
  ///
  /// - Parameters:
  ///   - board: the board, or the part of it the report covers (one plan with `--plan`).
  ///   - plan: the plan id when the report is limited to one plan.
  ///   - author: the unit making the report; `userName` names the user when it is nil.
  public init(
    board: Board, rules: Rules, plan: String? = nil, author: Unit?, userName: String? = nil
  ) {
    let plans = plan.map { id in board.plans.filter { $0.id == id } } ?? board.plans
    let scoped = Board(settings: board.settings, roster: board.roster, plans: plans)
    let roster = board.roster

    let statistics = rules.unitStatistics(of: scoped)
    let units = statistics.filter { $0.led > 0 }.compactMap { stats in
      roster.unit(id: stats.unitID).map { UnitRow(unit: $0, statistics: stats) }
    }

    var overdueByUnit: [String: [OverdueTask]] = [:]
    var unassigned: [OverdueTask] = []
    var taskCount = 0
    for plan in plans {
      let ref = PlanRef(plan)
      taskCount += plan.tasks.count
      for task in plan.tasks {
        guard let days = rules.daysOverdue(task), let due = task.due else { continue }
        let row = OverdueTask(
          plan: ref, taskID: task.id, title: task.title, due: due, daysOverdue: days,
          status: task.status, lastNote: task.notes.map(\.date).max())
        if task.lead.isEmpty { unassigned.append(row) }
        for (index, id) in task.lead.enumerated() where !task.lead[..<index].contains(id) {
          overdueByUnit[id, default: []].append(row)
        }
      }
    }
    // Longest overdue first; the file order breaks ties.
    func ordered(_ tasks: [OverdueTask]) -> [OverdueTask] {
      tasks.enumerated().sorted { a, b in
        a.element.daysOverdue != b.element.daysOverdue
          ? a.element.daysOverdue > b.element.daysOverdue : a.offset < b.offset
      }.map(\.element)
    }
    var overdue = units.compactMap { row in
      overdueByUnit[row.unit.id].map { OverdueGroup(unit: row.unit, tasks: ordered($0)) }
    }
    if !unassigned.isEmpty { overdue.append(OverdueGroup(unit: nil, tasks: ordered(unassigned))) }

    self.init(
      heading: Heading(
        boardName: board.settings.name, today: rules.today, dueSoonDays: rules.dueSoonDays,
        author: author, userName: userName,
        plan: plan.flatMap { id in plans.first { $0.id == id } }.map(PlanRef.init),
        planCount: plans.count, taskCount: taskCount),
      units: units,
      plans: plans.map { PlanRow(plan: PlanRef($0), summary: rules.summary(of: $0)) },
      overdue: overdue,
      indicators: Report.indicatorRows(of: plans, roster: roster, today: rules.today))
  }

  /// Every year of every indicator of `plans`, judged on `today`: the report's indicator
  /// table and `board indicator list`.
  public static func indicatorRows(of plans: [Plan], roster: Roster, today: Day)
    -> [IndicatorRow]
  {
    plans.flatMap { plan in
      let ref = PlanRef(plan)
      return plan.indicators.flatMap { indicator in
        indicator.years(today: today).map { year in
          IndicatorRow(
            plan: ref, indicatorID: indicator.id, name: indicator.name,
            measure: indicator.measure, year: year, units: indicator.units.map(roster.name(of:)))
        }
      }
    }
  }

}

extension Report.PlanRef {
  init(_ plan: Plan) {
    self.init(id: plan.id, title: plan.title, region: plan.region)
  }
}
