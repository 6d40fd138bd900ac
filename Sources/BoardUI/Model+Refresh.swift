import BoardCore

/// Another session's change, applied by plan: the plans whose files changed get new counts and
/// rows, every other plan's stay as they are. At 100,000 tasks a full reload cost a session
/// most of a second of processor time per saved change; this costs what one plan file costs.
extension Model {
  mutating func refresh(_ delta: BoardDelta) {
    guard !delta.isEmpty else { return }
    var board = self.board
    guard let replaced = board.apply(delta), delta.roster == nil, delta.settings == nil else {
      // Plans came or went (every index after them moved), or names and settings changed.
      reload(board)
      return
    }
    var facts = self.facts
    for index in replaced { facts.replacePlan(at: index, with: board.plans[index]) }
    let changed = Set(replaced)
    replace(board, facts: facts, changedPlans: changed) { model, screen in
      model.rows(of: screen, changedPlans: changed)
    }
  }

  /// The screen's rows after the plans `changed` were replaced in place.
  private func rows(of screen: Screen, changedPlans changed: Set<Int>) -> Rows {
    let source = rowSource
    // A list in an order of the user's (`o`) is made again whole; the views' own orders merge.
    if screen.effectiveSort != TaskSort.standard(for: screen.kind) {
      return source.rows(for: screen)
    }
    switch screen.kind {
    case .tasks(let id):
      guard let index = facts.planIndex(of: id), changed.contains(index) else { return screen.rows }
      return source.rows(for: screen)
    case .mine, .overdue, .unassigned, .dueSoon, .awaiting, .extensions, .reportMissing,
      .unitTasks:
      guard case .tasks(let old) = screen.rows else { return source.rows(for: screen) }
      var only = source
      only.onlyPlans = changed.sorted()
      guard case .tasks(let new) = only.rows(for: screen) else { return source.rows(for: screen) }
      let kept = old.filter { !changed.contains($0.plan) }
      return .tasks(merge(kept, new, byDeadline: screen.kind.sortsByDeadline))
    case .plans, .units, .detail, .indicators:
      // A few hundred rows at most.
      return source.rows(for: screen)
    }
  }

  /// Two lists of rows, each in the view's order, as one: by deadline (none last), then by
  /// plan and task, as `RowSource` orders a whole view.
  private func merge(_ first: [TaskRef], _ second: [TaskRef], byDeadline: Bool) -> [TaskRef] {
    guard !first.isEmpty else { return second }
    guard !second.isEmpty else { return first }
    let plans = board.plans
    func key(_ ref: TaskRef) -> (Int, Int, Int) {
      // Only the deadline read, in place: copying the plan or the task per comparison costs.
      let due = byDeadline ? plans[ref.plan].tasks[ref.task].due?.serial ?? Int.max : 0
      return (due, ref.plan, ref.task)
    }
    var merged: [TaskRef] = []
    merged.reserveCapacity(first.count + second.count)
    var left = 0
    var right = 0
    while left < first.count && right < second.count {
      if key(second[right]) < key(first[left]) {
        merged.append(second[right])
        right += 1
      } else {
        merged.append(first[left])
        left += 1
      }
    }
    merged += first[left...]
    merged += second[right...]
    return merged
  }
}

extension ScreenKind {
  /// Whether `RowSource` orders the view by deadline (the most overdue first).
  var sortsByDeadline: Bool {
    switch self {
    case .overdue, .dueSoon: return true
    default: return false
    }
  }
}
