/// What a cell means, not how it looks: only the painter maps a style to colours or, without
/// colour, to bold, underline, reverse and dim.
public struct Style: Hashable, Sendable {
  public enum Kind: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    /// The board's title bar.
    case title
    /// A view's name in the title bar; `activeTab` is the one shown.
    case tab
    case activeTab
    /// Column headings.
    case header
    /// Where the user is (a breadcrumb line).
    case location
    case overdue
    case dueSoon
    case unassigned
    case done
    case blocked
    /// Secondary text: labels, hints.
    case muted
    case statusLine
    /// A message after an action (已保存).
    case message
    /// A refusal or an error.
    case error
    /// A pop-up over the screen (pickers, forms) and its title.
    case panel
    case panelTitle
    /// A text field being edited.
    case input
  }

  public var kind: Kind
  /// The selected row.
  public var isCursor: Bool
  /// A row the acting unit may not change.
  public var isReadOnly: Bool

  public init(_ kind: Kind, isCursor: Bool = false, isReadOnly: Bool = false) {
    self.kind = kind
    self.isCursor = isCursor
    self.isReadOnly = isReadOnly
  }

  public static let normal = Style(.normal)

  /// The same meaning on the selected row, or on a row the unit may not change.
  func marked(cursor: Bool, readOnly: Bool) -> Style {
    Style(kind, isCursor: cursor, isReadOnly: readOnly)
  }
}
