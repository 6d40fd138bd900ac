/// One open screen: what it shows, its rows, where the cursor is, and its search.
struct Screen: Hashable, Sendable {
  var kind: ScreenKind
  var rows: Rows = .none
  /// The selected row.
  var cursor = 0
  /// The first row shown (for a detail screen: the first line).
  var top = 0
  /// The search that narrows the rows; empty shows every row.
  var filter = ""
  /// The status, lead unit, plan and light a task list is narrowed to (`f`).
  var taskFilter = TaskFilter()
  /// The order of a task list (`o`); nil: the view's own (`TaskSort.standard`).
  var sort: TaskSort?

  var effectiveSort: TaskSort { sort ?? TaskSort.standard(for: kind) }

  init(_ kind: ScreenKind) {
    self.kind = kind
  }

  /// Moves the cursor to `row` (clamped) and scrolls so it is among `visible` rows.
  mutating func select(_ row: Int, visible: Int) {
    cursor = max(0, min(row, rows.count - 1))
    scrollToCursor(visible: visible)
  }

  mutating func scrollToCursor(visible: Int) {
    let visible = max(1, visible)
    if cursor < top { top = cursor }
    if cursor >= top + visible { top = cursor - visible + 1 }
    top = max(0, min(top, max(0, rows.count - visible)))
  }
}
