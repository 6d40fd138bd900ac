/// One terminal cell: a character and its meaning.
///
/// A wide (CJK) character takes two cells: the character with width 2, then a continuation
/// cell of width 0 that the painter skips.
public struct Cell: Hashable, Sendable {
  public var character: Character
  /// Columns the character takes: 1, 2, or 0 for the second half of a wide character.
  public var width: UInt8
  public var style: Style

  public init(_ character: Character, width: UInt8 = 1, style: Style = .normal) {
    self.character = character
    self.width = width
    self.style = style
  }

  public static let blank = Cell(" ")

  public var isContinuation: Bool { width == 0 }
}
