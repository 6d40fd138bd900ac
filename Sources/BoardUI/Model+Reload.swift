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
      RowSource(board: model.board, facts: model.facts, actor: model.session.actor)
        .rows(for: screen.kind, filter: screen.filter)
    }
  }

  /// Puts `board` and its `facts` in place and each screen's rows as `rows` makes them (given
  /// the model with the new board and the screen with its old rows), keeping every cursor.
  mutating func replace(
    _ board: Board, facts: BoardFacts, rows: (Model, Screen) -> Rows
  ) {
    let selections = stack.map(selection(of:))
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
      guard let ref = facts.ref(key) else { return nil }
      return rows.firstIndex(of: ref)
    case (.unit(let id), .units(let rows)):
      return rows.firstIndex { board.roster.units[$0].id == id }
    default:
      return nil
    }
  }
}
