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
}
