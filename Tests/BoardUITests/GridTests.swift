import Testing

@testable import BoardUI

/// Wide characters stay whole in the grid, so the painter never splits one.
@Suite struct GridTests {
  @Test func aWideCharacterTakesACellAndAContinuation() {
    var grid = Grid(size: Size(width: 6, height: 1))
    let used = grid.put("a中b", row: 0, column: 0, style: .normal)
    #expect(used == 4)
    #expect(grid[0, 1].character == "中" && grid[0, 1].width == 2)
    #expect(grid[0, 2].isContinuation)
    #expect(grid.text == "a中b")
  }

  @Test func aWideCharacterThatWouldCrossTheEdgeBecomesASpace() {
    var grid = Grid(size: Size(width: 4, height: 1))
    grid.put("abc中", row: 0, column: 0, style: .normal)
    #expect(grid.text(row: 0) == "abc")
    #expect(!grid[0, 3].isContinuation)
    var limited = Grid(size: Size(width: 10, height: 1))
    limited.put("中文字", row: 0, column: 0, width: 5, style: .normal)
    limited.put("x", row: 0, column: 5, style: .normal)
    #expect(limited.text(row: 0) == "中文 x")
  }

  @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.put("中文字", row: 0, column: 0, style: .normal)
    grid.put("x", row: 0, column: 1, style: .normal)
    #expect(grid.text(row: 0) == " x文字")
    grid.put("y", row: 0, column: 2, style: .normal)
    #expect(grid.text(row: 0) == " xy 字")
    #expect(grid.cells.filter(\.isContinuation).count == 1)
  }

  @Test func writingOutsideTheGridDoesNothing() {
    var grid = Grid(size: Size(width: 3, height: 1))
    #expect(grid.put("abc", row: 1, column: 0, style: .normal) == 0)
    #expect(grid.put("abc", row: 0, column: 3, style: .normal) == 0)
    #expect(grid.text == "")
  }
}
