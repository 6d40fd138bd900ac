/// Where things go on the screen: the title bar, the location line, column headings, the
/// rows, the status line and the bottom line (hints, messages, the field being typed).
struct Layout: Hashable, Sendable {
  let size: Size

  static let titleRow = 0
  static let locationRow = 1
  static let headerRow = 2
  static let listTop = 3
  /// A detail screen has no column headings.
  static let detailTop = 2

  var statusRow: Int { size.height - 2 }
  var bottomRow: Int { size.height - 1 }
  /// How many list rows fit; also how far a page moves.
  var listRows: Int { max(1, size.height - 5) }
  var detailRows: Int { max(1, size.height - 4) }

  /// One list row on screen: which entry of the list it shows, where, and whether the cursor
  /// is on it.
  struct VisibleRow {
    let index: Int
    let row: Int
    let isCursor: Bool
  }

  /// The rows of a list of `count` entries that fit on screen below `screen.top`: only these
  /// are laid out, however long the list.
  func visibleRows(of screen: Screen, count: Int) -> [VisibleRow] {
    let end = min(count, screen.top + listRows)
    guard screen.top < end else { return [] }
    return (screen.top..<end).map { index in
      VisibleRow(
        index: index, row: Layout.listTop + index - screen.top, isCursor: index == screen.cursor)
    }
  }

  /// The line a list shows in place of rows when nothing matches.
  static func drawEmpty(_ text: String, into grid: inout Grid) {
    grid.put(text, row: listTop, column: 2, style: Style(.muted))
  }
}
