import BoardUI
import CNcursesw

/// Draws a grid with as few bytes on the wire as ncurses can manage: a frame equal to the last
/// is skipped, and otherwise the window is erased and redrawn in memory (`werase`, runs of
/// one style with `waddnwstr`) and `wnoutrefresh` + `doupdate` send only the cells that
/// changed. Never `clear` per frame.
struct GridPainter {
  let palette: StylePalette
  private var last: Grid?
  private var cursorVisible: Int32 = -1

  init(palette: StylePalette) {
    self.palette = palette
  }

  /// Forgets the last frame, so the next one is drawn in full (after Ctrl-L or a resize).
  mutating func invalidate() {
    last = nil
  }

  mutating func paint(_ grid: Grid, on window: UnsafeMutablePointer<WINDOW>) {
    if grid == last { return }
    werase(window)
    var run: [wchar_t] = []
    for row in 0..<grid.height {
      var column = 0
      while column < grid.width {
        let style = grid[row, column].style
        let start = column
        run.removeAll(keepingCapacity: true)
        while column < grid.width && grid[row, column].style == style {
          let cell = grid[row, column]
          if !cell.isContinuation {
            for scalar in cell.character.unicodeScalars {
              run.append(wchar_t(bitPattern: scalar.value))
            }
          }
          column += 1
        }
        let (attributes, pair) = palette.attributes(style)
        _ = board_set_attributes(window, attributes, pair)
        wmove(window, Int32(row), Int32(start))
        run.withUnsafeBufferPointer { _ = waddnwstr(window, $0.baseAddress, Int32($0.count)) }
      }
    }
    _ = board_set_attributes(window, board_a_normal(), 0)
    let visibility: Int32 = grid.cursor == nil ? 0 : 1
    if visibility != cursorVisible {
      curs_set(visibility)
      cursorVisible = visibility
    }
    if let cursor = grid.cursor {
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    }
    wnoutrefresh(window)
    doupdate()
    last = grid
  }
}
