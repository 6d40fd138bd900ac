import BoardCore

/// Which rows a screen shows: the plans, a plan's tasks, a triage view's tasks across all
/// plans, or the units, narrowed by the screen's search.
struct RowSource {
  let board: Board
  let facts: BoardFacts
  let actor: Unit?
  /// The plans whose tasks the views across plans look at; nil: every plan. A changed plan
  /// file recomputes only its own rows (`Model.refresh`).
  var onlyPlans: [Int]? = nil
  /// Where the texts are read when the board does not hold them (`TextSource`).
  var texts: (any TextSource)? = nil

  func rows(for screen: Screen) -> Rows {
    let rows = rows(for: screen.kind, filter: screen.filter, taskFilter: screen.taskFilter)
    guard case .tasks(let refs) = rows else { return rows }
    return .tasks(sorted(refs, by: screen.effectiveSort))
  }

  private func rows(for kind: ScreenKind, filter: String, taskFilter: TaskFilter) -> Rows {
    let query = TextSearch(filter)
    let tasks = { (query: TextSearch, include: (PlanTask) -> Bool) -> [TaskRef] in
      self.tasks(
        in: onlyPlans ?? Array(board.plans.indices), query: query, filter: taskFilter,
        where: include)
    }
    switch kind {
    case .plans:
      return .plans(
        board.plans.indices.filter { index in
          let plan = board.plans[index]
          return query.matches([plan.title, plan.id, plan.region])
        })
    case .units:
      return .units(
        board.roster.units.indices.filter { index in
          let unit = board.roster.units[index]
          return unit.role == .unit
            && query.matches([unit.name, unit.id, unit.region] + unit.aliases)
        })
    case .detail:
      return .none
    case .indicators(let planID):
      let plans =
        planID.map { id in facts.planIndex(of: id).map { [$0] } ?? [] }
        ?? Array(board.plans.indices)
      var refs: [IndicatorRef] = []
      for planIndex in plans {
        let plan = board.plans[planIndex]
        for (index, indicator) in plan.indicators.enumerated()
        where query.matches([indicator.name, indicator.id, indicator.measure, plan.id]) {
          for year in indicator.years(today: facts.rules.today) {
            refs.append(IndicatorRef(plan: planIndex, indicator: index, year: year.year))
          }
        }
      }
      return .indicators(refs)
    case .tasks(let planID):
      guard let planIndex = facts.planIndex(of: planID) else { return .tasks([]) }
      return .tasks(
        self.tasks(in: [planIndex], query: query, filter: taskFilter) { _ in true })
    case .overdue:
      return .tasks(tasks(query) { facts.rules.isOverdue($0) })
    case .unassigned:
      return .tasks(tasks(query) { facts.rules.isUnassigned($0) })
    case .dueSoon:
      return .tasks(tasks(query) { facts.rules.isDueSoon($0) })
    case .awaiting:
      return .tasks(tasks(query) { facts.rules.isAwaitingSignoff($0) })
    case .extensions:
      return .tasks(tasks(query) { facts.rules.hasExtensionRequest($0) })
    case .reportMissing:
      return .tasks(tasks(query) { facts.rules.isReportMissing($0) })
    case .mine:
      guard let id = actor?.id else { return .tasks([]) }
      return .tasks(tasks(query) { $0.involves(id) })
    case .unitTasks(let id):
      return .tasks(tasks(query) { $0.involves(id) })
    }
  }

  private func tasks(
    in plans: [Int], query: TextSearch, filter: TaskFilter, where include: (PlanTask) -> Bool
  ) -> [TaskRef] {
    var refs: [TaskRef] = []
    let rules = facts.rules
    // The rows first; then, for a search, one pass over the files for the texts and notes
    // of the rows whose id or title does not hold it, not one read per task.
    var unmatched: [String: [String]] = [:]
    for planIndex in plans {
      let plan = board.plans[planIndex]
      let planTasks = plan.tasks
      // By index: `enumerated()` copies every task with all its strings.
      for taskIndex in planTasks.indices
      where include(planTasks[taskIndex])
        && (filter.isEmpty || filter.matches(planTasks[taskIndex], in: plan, rules: rules))
      {
        refs.append(TaskRef(plan: planIndex, task: taskIndex))
        if !query.isEmpty && texts != nil
          && !query.matches([planTasks[taskIndex].id, planTasks[taskIndex].title])
        {
          unmatched[plan.id, default: []].append(planTasks[taskIndex].id)
        }
      }
    }
    guard !query.isEmpty else { return refs }
    let found = texts?.search(query, among: unmatched)
    return refs.filter { ref in
      let plan = board.plans[ref.plan]
      let task = plan.tasks[ref.task]
      let inTexts = found.map { $0[plan.id]?[task.id] } ?? TaskTexts(of: task).match(query)
      return SearchMatch.reason(task, query: query, roster: board.roster, inTexts: inTexts) != nil
    }
  }

  /// The rows in `order`; ties keep the plans' order (the order the rows were made in).
  private func sorted(_ refs: [TaskRef], by order: TaskSort) -> [TaskRef] {
    guard order != .planOrder else { return refs }
    let roster = board.roster
    let rules = facts.rules
    func key(_ ref: TaskRef) -> (Int, String) {
      let task = board.plans[ref.plan].tasks[ref.task]
      switch order {
      case .planOrder: return (0, "")
      case .deadline: return (task.due?.serial ?? Int.max, "")
      case .daysOverdue:
        // The most days overdue first, then the rest by deadline.
        if let days = rules.daysOverdue(task) { return (-days, "") }
        return (task.due?.serial ?? Int.max, "")
      case .lead:
        // Unassigned tasks first: they need a lead unit before anything else.
        return (task.lead.isEmpty ? 0 : 1, task.lead.first.map { roster.name(of: $0) } ?? "")
      case .status:
        return (Status.allCases.firstIndex(of: task.status) ?? 0, "")
      }
    }
    let keyed = refs.enumerated().map { (key: key($1), offset: $0, ref: $1) }
    return keyed.sorted { ($0.key.0, $0.key.1, $0.offset) < ($1.key.0, $1.key.1, $1.offset) }
      .map(\.ref)
  }
}
