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

  func rows(for kind: ScreenKind, filter: String) -> Rows {
    let query = Query(filter)
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
    case .tasks(let planID):
      guard let planIndex = facts.planIndex(of: planID) else { return .tasks([]) }
      return .tasks(tasks(in: [planIndex], query: query) { _ in true })
    case .overdue:
      return .tasks(byDeadline(tasks(query: query) { facts.rules.isOverdue($0) }))
    case .unassigned:
      return .tasks(tasks(query: query) { facts.rules.isUnassigned($0) })
    case .dueSoon:
      return .tasks(byDeadline(tasks(query: query) { facts.rules.isDueSoon($0) }))
    case .mine:
      guard let id = actor?.id else { return .tasks([]) }
      return .tasks(tasks(query: query) { $0.involves(id) })
    case .unitTasks(let id):
      return .tasks(tasks(query: query) { $0.involves(id) })
    }
  }

  private func tasks(query: Query, where include: (PlanTask) -> Bool) -> [TaskRef] {
    tasks(in: onlyPlans ?? Array(board.plans.indices), query: query, where: include)
  }

  private func tasks(in plans: [Int], query: Query, where include: (PlanTask) -> Bool)
    -> [TaskRef]
  {
    var refs: [TaskRef] = []
    for planIndex in plans {
      let plan = board.plans[planIndex]
      for (taskIndex, task) in plan.tasks.enumerated() where include(task) {
        if query.isEmpty || matches(task, query: query) {
          refs.append(TaskRef(plan: planIndex, task: taskIndex))
        }
      }
    }
    return refs
  }

  private func matches(_ task: PlanTask, query: Query) -> Bool {
    query.matches([task.id, task.title, task.text])
      || query.matches((task.lead + task.coop).map { board.roster.name(of: $0) })
  }

  /// Earliest deadline first (the most overdue on top); ties keep the plans' order.
  private func byDeadline(_ refs: [TaskRef]) -> [TaskRef] {
    let keyed = refs.enumerated().map { offset, ref in
      (due: board.plans[ref.plan].tasks[ref.task].due?.serial ?? Int.max, offset: offset, ref)
    }
    return keyed.sorted { ($0.due, $0.offset) < ($1.due, $1.offset) }.map(\.2)
  }
}
