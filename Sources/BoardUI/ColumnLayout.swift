/// Fits table columns into a width: the least needed columns hide first when the terminal
/// is narrow, and the room of a wide terminal goes first to each column's preferred width,
/// then to its largest, then to the flexible one (the task's title).
struct ColumnLayout {
  struct Column {
    var title: String
    var minWidth: Int
    var preferredWidth: Int
    var maxWidth: Int
    /// Columns hide in decreasing order of this; 0 never hides.
    var hideRank: Int
    var alignRight = false
    var isFlexible = false

    init(
      _ title: String, min: Int, preferred: Int? = nil, max: Int? = nil, hideRank: Int = 0,
      alignRight: Bool = false, isFlexible: Bool = false
    ) {
      self.title = title
      minWidth = Swift.max(min, title.displayWidth)
      preferredWidth = Swift.max(minWidth, preferred ?? min)
      maxWidth = Swift.max(preferredWidth, max ?? preferred ?? min)
      self.hideRank = hideRank
      self.alignRight = alignRight
      self.isFlexible = isFlexible
    }

    /// A column of right-aligned numbers headed by `title`.
    static func number(_ title: String, hideRank: Int = 0) -> Column {
      Column(title, min: 3, hideRank: hideRank, alignRight: true)
    }
  }

  static let gap = 1

  let columns: [Column]
  /// Width of each column; 0 when hidden.
  let widths: [Int]
  /// Where each column starts.
  let starts: [Int]

  /// - Parameter left: columns kept free at the left edge.
  init(_ columns: [Column], width: Int, left: Int = 0) {
    self.columns = columns
    let width = width - left
    var shown = Array(repeating: true, count: columns.count)
    func needed() -> Int {
      let visible = columns.indices.filter { shown[$0] }
      return visible.reduce(0) { $0 + columns[$1].minWidth } + ColumnLayout.gap
        * (visible.count - 1)
    }
    while needed() > width {
      guard
        let drop = columns.indices.filter({ shown[$0] && columns[$0].hideRank > 0 })
          .max(by: { columns[$0].hideRank < columns[$1].hideRank })
      else { break }
      shown[drop] = false
    }
    var widths = columns.indices.map { shown[$0] ? columns[$0].minWidth : 0 }
    var room = max(0, width - needed())
    let order = columns.indices.filter { shown[$0] }.sorted {
      columns[$0].hideRank < columns[$1].hideRank
    }
    func grow(_ index: Int, to target: Int) {
      let add = min(room, max(0, target - widths[index]))
      widths[index] += add
      room -= add
    }
    // The fixed columns reach their preferred width before the flexible one (the title)
    // takes room from them.
    for index in order where !columns[index].isFlexible {
      grow(index, to: columns[index].preferredWidth)
    }
    for index in order where columns[index].isFlexible {
      grow(index, to: columns[index].preferredWidth)
    }
    for index in order where !columns[index].isFlexible { grow(index, to: columns[index].maxWidth) }
    for index in order where columns[index].isFlexible { grow(index, to: Int.max) }
    self.widths = widths
    var starts: [Int] = []
    var position = left
    for index in columns.indices {
      starts.append(position)
      if widths[index] > 0 { position += widths[index] + ColumnLayout.gap }
    }
    self.starts = starts
  }

  /// Writes one row's cells (text made harmless by the caller) into their columns.
  func draw(_ cells: [(String, Style)], row: Int, into grid: inout Grid) {
    for (index, cell) in cells.enumerated() where index < columns.count && widths[index] > 0 {
      let width = widths[index]
      let text = cell.0.truncated(toWidth: width)
      let start =
        columns[index].alignRight ? starts[index] + width - text.displayWidth : starts[index]
      grid.put(text, row: row, column: start, width: width, style: cell.1)
    }
  }

  /// The mark of the selected row at the left edge, so the cursor is seen without colour
  /// and in text captures.
  static func drawCursorMark(row: Int, into grid: inout Grid) {
    grid.put(">", row: row, column: 0, width: 1, style: Style(.normal, isCursor: true))
  }

  /// Writes the column headings.
  func drawHeader(row: Int, into grid: inout Grid) {
    grid.fill(row: row, style: Style(.header))
    draw(columns.map { ($0.title, Style(.header)) }, row: row, into: &grid)
  }
}
