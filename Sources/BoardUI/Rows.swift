/// The rows a list screen shows, computed when the screen opens, the board reloads or the
/// search changes, so drawing and moving the cursor never scan the board.
enum Rows: Hashable, Sendable {
  /// Plan indexes.
  case plans([Int])
  case tasks([TaskRef])
  /// Indexes into the roster's units.
  case units([Int])
  /// One row per indicator and year.
  case indicators([IndicatorRef])
  /// One task's detail: no rows to select.
  case none

  var count: Int {
    switch self {
    case .plans(let rows): return rows.count
    case .tasks(let rows): return rows.count
    case .units(let rows): return rows.count
    case .indicators(let rows): return rows.count
    case .none: return 0
    }
  }
}

/// One year of one indicator: the plan's index, the indicator's index in it, and the year.
struct IndicatorRef: Hashable, Sendable {
  var plan: Int
  var indicator: Int
  var year: Int
}
