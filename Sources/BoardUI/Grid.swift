/// A screenful of cells: what the view returns and the painter draws.
///
/// Writing keeps wide characters whole: a wide character that would cross the edge of the
/// space it is given is replaced by a space, and overwriting half of a wide character blanks
/// the other half, so columns always line up.
public struct Grid: Hashable, Sendable {
  /// A cell position, 0-based from the top left.
  public struct Position: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
      self.row = row
      self.column = column
    }
  }

  public let size: Size
  public private(set) var cells: [Cell]
  /// Where the terminal's cursor stands (in a text field being edited); nil hides it.
  public var cursor: Position?

  public init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public var width: Int { size.width }
  public var height: Int { size.height }

  public subscript(row: Int, column: Int) -> Cell {
    cells[row * size.width + column]
  }

  /// Writes `text` from `column` on `row`, in at most `width` columns (to the right edge when
  /// nil). Returns the columns used. Characters of no width (a lone combining mark) are left
  /// out; the caller makes text harmless (`VisibleText`) and cuts it (`truncated`) first.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, row: Int, column: Int, width: Int? = nil, style: Style
  ) -> Int {
    guard row >= 0, row < size.height, column >= 0, column < size.width else { return 0 }
    let limit = min(width ?? size.width, size.width - column)
    var used = 0
    for character in text {
      let columns = DisplayWidth.of(character)
      if columns == 0 { continue }
      if used + columns > limit {
        if used < limit { set(Cell(" ", style: style), row: row, column: column + used) }
        used = min(limit, used + 1)
        break
      }
      set(Cell(character, width: UInt8(columns), style: style), row: row, column: column + used)
      used += columns
    }
    return used
  }

  /// Fills `width` columns from `column` with spaces of `style` (to the right edge when nil).
  public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, style: Style) {
    guard row >= 0, row < size.height, column >= 0, column < size.width else { return }
    let end = min(size.width, column + (width ?? size.width))
    for index in column..<end { set(Cell(" ", style: style), row: row, column: index) }
  }

  /// Fills one row of a pop-up and blanks the rest of any text its edges cut, so that no
  /// fragment of a word shows beside it as if it were whole (`开始` left of `未开始`).
  public mutating func fillPopup(row: Int, column: Int, width: Int, style: Style) {
    guard row >= 0, row < size.height else { return }
    let left = max(0, column)
    let right = min(size.width, column + width)
    guard left < right else { return }
    func inked(_ column: Int) -> Bool {
      guard column >= 0, column < size.width else { return false }
      let cell = self[row, column]
      return cell.isContinuation || cell.character != " "
    }
    // Where the cut words end, found before the fill blanks their inner halves.
    var start = left
    if inked(left - 1) && inked(left) {
      while inked(start - 1) { start -= 1 }
    }
    var end = right
    if inked(right - 1) && inked(right) {
      while inked(end) { end += 1 }
    }
    fill(row: row, column: left, width: right - left, style: style)
    for index in start..<left {
      set(Cell(" ", style: self[row, index].style), row: row, column: index)
    }
    for index in right..<end {
      set(Cell(" ", style: self[row, index].style), row: row, column: index)
    }
  }

  /// Gives every cell of a row range another style, keeping the characters.
  public mutating func restyle(row: Int, column: Int = 0, width: Int? = nil, style: Style) {
    guard row >= 0, row < size.height, column >= 0, column < size.width else { return }
    let end = min(size.width, column + (width ?? size.width))
    for index in column..<end { cells[row * size.width + index].style = style }
  }

  /// One row as text, without the continuation cells and without trailing spaces.
  public func text(row: Int) -> String {
    var line = ""
    for column in 0..<size.width {
      let cell = self[row, column]
      if !cell.isContinuation { line.append(cell.character) }
    }
    while line.last == " " { line.removeLast() }
    return line
  }

  /// The whole grid as text, one line per row: what screen tests compare.
  public var text: String {
    (0..<size.height).map { text(row: $0) }.joined(separator: "\n")
  }

  private mutating func set(_ cell: Cell, row: Int, column: Int) {
    let index = row * size.width + column
    // Keep wide characters whole: blank whatever half of one this cell would leave behind.
    if cells[index].isContinuation && column > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    let end = column + Int(max(cell.width, 1))
    if end < size.width && cells[row * size.width + end].isContinuation {
      cells[row * size.width + end] = Cell(" ", style: cells[row * size.width + end].style)
    }
    cells[index] = cell
    if cell.width == 2 && column + 1 < size.width {
      cells[index + 1] = Cell(" ", width: 0, style: cell.style)
    }
  }
}
