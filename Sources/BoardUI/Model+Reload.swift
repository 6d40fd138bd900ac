import BoardCore

/// Reloading keeps every screen where it was: the cursor stays on the same plan, task or unit
/// (by id, not by position), and whatever is half typed stays as it is.
extension Model {
  private enum Selection {
    case plan(String)
    case task(TaskKey)
    case unit(String)
    case none
  }

  mutating func reload(_ board: Board) {
    let facts = BoardFacts(board: board, today: session.today)
    replace(board, facts: facts) { model, screen in
      model.rowSource.rows(for: screen)
    }
  }

  /// Puts `board` and its `facts` in place and each screen's rows as `rows` makes them (given
  /// the model with the new board and the screen with its old rows), keeping every cursor.
  /// `changedPlans`: the only plans that changed (same places), when known.
  mutating func replace(
    _ board: Board, facts: BoardFacts, changedPlans: Set<Int>? = nil,
    rows: (Model, Screen) -> Rows
  ) {
    let selections = stack.map(selection(of:))
    // Only a changed plan can have taken a task away.
    let looked = changedPlans.map { Array($0).sorted() }
    let ownBefore =
      session.unitID.map { Model.tasks(of: $0, in: self.board, plans: looked) } ?? []
    self.board = board
    self.facts = facts
    for index in stack.indices {
      let oldCursor = stack[index].cursor
      stack[index].rows = rows(self, stack[index])
      let found = position(of: selections[index], in: stack[index].rows)
      stack[index].select(found ?? oldCursor, visible: visibleRows)
    }
    if let focus = focusAfterReload, let row = position(of: .task(focus), in: screen.rows) {
      let visible = visibleRows
      updateTop { $0.select(row, visible: visible) }
    }
    focusAfterReload = nil
    if let unit = session.unitID {
      sayWhatWasTakenAway(from: unit, before: ownBefore, plans: looked)
    }
  }

  /// The keys of the tasks `unit` leads or cooperates on, in `plans` (nil: every plan).
  private static func tasks(of unit: String, in board: Board, plans: [Int]?) -> [TaskKey] {
    var keys: [TaskKey] = []
    for planIndex in plans ?? Array(board.plans.indices) {
      let tasks = board.plans[planIndex].tasks
      // By index: a city's board is 100,000 tasks, and copying each costs.
      for index in tasks.indices where tasks[index].involves(unit) {
        keys.append(TaskKey(plan: board.plans[planIndex].id, task: tasks[index].id))
      }
    }
    return keys
  }

  /// A unit's task that the office gave to another unit or removed does not vanish from its
  /// lists without a word.
  private mutating func sayWhatWasTakenAway(
    from unit: String, before: [TaskKey], plans: [Int]?
  ) {
    let now = Set(Model.tasks(of: unit, in: board, plans: plans))
    let gone = before.filter { !now.contains($0) }
    guard let first = gone.first else { return }
    let more =
      gone.count > 1 ? language.pick("等 \(gone.count) 项任务", " and \(gone.count - 1) more") : ""
    let removed = task(first) == nil
    say(
      removed
        ? language.pick(
          "任务 \(first.task)（\(first.plan)）\(more)已被办公室删除",
          "task \(first.task) (\(first.plan))\(more) was removed by the office")
        : language.pick(
          "任务 \(first.task)（\(first.plan)）\(more)已不再由本单位负责（办公室调整了分工）",
          "task \(first.task) (\(first.plan))\(more) is no longer your unit's (the office reassigned it)"
        ),
      isError: true)
  }

  private func selection(of screen: Screen) -> Selection {
    let cursor = screen.cursor
    switch screen.rows {
    case .plans(let rows) where cursor < rows.count:
      return .plan(board.plans[rows[cursor]].id)
    case .tasks(let rows) where cursor < rows.count:
      return .task(key(of: rows[cursor]))
    case .units(let rows) where cursor < rows.count:
      return .unit(board.roster.units[rows[cursor]].id)
    default:
      return .none
    }
  }

  private func position(of selection: Selection, in rows: Rows) -> Int? {
    switch (selection, rows) {
    case (.plan(let id), .plans(let rows)):
      return rows.firstIndex { board.plans[$0].id == id }
    case (.task(let key), .tasks(let rows)):
      guard let ref = facts.ref(key, in: board) else { return nil }
      return rows.firstIndex(of: ref)
    case (.unit(let id), .units(let rows)):
      return rows.firstIndex { board.roster.units[$0].id == id }
    default:
      return nil
    }
  }
}
