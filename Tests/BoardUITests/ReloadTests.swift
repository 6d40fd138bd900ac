import BoardCore
import Testing

@testable import BoardUI

/// Another session's change arrives as a reloaded board: the screen shows it, the cursor stays
/// on the same task, and whatever is half typed stays.
@Suite struct ReloadTests {
  func changed(_ board: Board, _ change: Change) -> Board {
    var board = board
    let index = board.plans.firstIndex { $0.id == change.planID }!
    _ = try! board.plans[index].apply(
      change, by: board.roster.unit(id: "office"), roster: board.roster, today: ScreenHarness.today)
    return board
  }

  @Test func changedOnDiskAsksForAReload() {
    var model = ScreenHarness().model
    #expect(model.update(.changedOnDisk) == .reload)
    #expect(model.update(.tick) == nil)
  }

  @Test func theCursorStaysOnTheSameTaskWhenRowsAboveItGo() {
    var harness = ScreenHarness()
    harness.press([.tab, .down, .down, .down])
    let selected = harness.model.selectedTask
    #expect(selected == TaskKey(plan: "qianjiang-patent-2022", task: "1.3"))
    // Another session finishes two tasks above the cursor: they leave the overdue list.
    var board = changed(
      harness.board, Change(planID: "luzhou-patent-2024", .setStatus(task: "1", .done)))
    board = changed(board, Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.1", .done)))
    harness.send(.reloaded(board))
    #expect(harness.model.screen.rows.count == 49)
    #expect(harness.model.selectedTask == selected)
    #expect(harness.model.screen.cursor == 1)
  }

  @Test func aHalfTypedNoteAndSearchSurviveAReload() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .down, .down, .character("n")])
    harness.type("写了一半")
    let board = changed(
      harness.board, Change(planID: "luzhou-patent-2024", .setStatus(task: "3", .doing)))
    harness.send(.reloaded(board))
    #expect(harness.text.contains("任务 3 的进度反馈（Enter 保存，Esc 取消）：写了一半"))
    #expect(harness.text.contains("进行中"))
    harness.press([.escape, .character("/")])
    harness.type("专利")
    harness.send(.reloaded(board))
    #expect(harness.text.contains("搜索：专利"))
    guard case .search = harness.model.mode else {
      Issue.record("the search closed")
      return
    }
    #expect(harness.model.field.text == "专利")
  }

  @Test func aDetailScreenShowsTheNewNoteOfAnotherSession() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .down, .down, .enter])
    let board = changed(
      harness.board, Change(planID: "luzhou-patent-2024", .addNote(task: "3", text: "他人的反馈")))
    harness.send(.reloaded(board))
    #expect(harness.text.contains("时间线：进度反馈与督办（1）"))
    #expect(harness.text.contains("他人的反馈"))
  }

  @Test func aFailedReloadIsSaid() {
    var harness = ScreenHarness()
    harness.send(.reloadFailed("无法重新读取看板：x.rec:3: bad"))
    #expect(harness.text.contains("无法重新读取看板：x.rec:3: bad"))
  }

  @Test func escapeSequencesInANoteAreShownAsVisibleText() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .down, .down, .enter])
    let board = changed(
      harness.board,
      Change(
        planID: "luzhou-patent-2024",
        .addNote(task: "3", text: "x\u{1B}[2Jy\u{1B}]0;title\u{07}z\u{9B}")))
    harness.send(.reloaded(board))
    #expect(harness.text.contains("x^[[2Jy^[]0;title^Gz<U+009B>"))
    #expect(
      !harness.grid.cells.contains {
        $0.character.unicodeScalars.contains {
          $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
        }
      })
  }
}
