import BoardCore
import Testing

@testable import BoardUI

/// `u` takes back the session's last change with a new change restoring the old values;
/// removing a lead unit, changing a title or text and removing a task wait for `y`.
@Suite struct UndoTests {
  static let luzhou3: [Key] = [.down, .down, .enter, .down, .down]
  let plan = "luzhou-patent-2024"

  func task(_ harness: ScreenHarness, _ id: String = "3") -> PlanTask? {
    harness.board.plan(id: plan)?.task(id: id)
  }

  @Test func uRestoresTheStatusWithANewChangeAndUListsBoth() {
    var harness = ScreenHarness()
    harness.press(UndoTests.luzhou3 + [.character("s"), .down, .enter])
    #expect(task(harness)?.status == .doing)
    harness.press([.character("u")])
    #expect(task(harness)?.status == .todo)
    #expect(
      harness.saved == [
        Change(planID: plan, .setStatus(task: "3", .doing)),
        Change(planID: plan, .setStatus(task: "3", .todo), expecting: ["status": "doing"]),
      ])
    harness.press([.character("U")])
    #expect(harness.text.contains("本次的修改（2）"))
    #expect(harness.text.contains("［已撤销］luzhou-patent-2024 3 状态：未开始 → 进行中"))
    #expect(harness.text.contains("［撤销］luzhou-patent-2024 3 状态：进行中 → 未开始"))
    harness.press([.escape, .character("u")])
    #expect(harness.text.contains("本次没有可撤销的修改"))
    #expect(harness.saved.count == 2)
  }

  /// The session sets task 3 to 进行中, then another session sets it to 受阻 on disk.
  func changedSinceBySomeoneElse() throws -> ScreenHarness {
    var harness = ScreenHarness()
    harness.press(UndoTests.luzhou3 + [.character("s"), .down, .enter])
    var board = harness.board
    let index = try #require(board.plans.firstIndex { $0.id == plan })
    _ = try board.plans[index].apply(
      Change(planID: plan, .setStatus(task: "3", .blocked)), by: board.roster.unit(id: "office"),
      roster: board.roster, today: ScreenHarness.today)
    harness.board = board
    return harness
  }

  @Test func undoIsRefusedWhenSomeoneElseChangedTheFieldSince() throws {
    var harness = try changedSinceBySomeoneElse()
    harness.send(.reloaded(harness.board))
    harness.press([.character("u")])
    #expect(harness.text.contains("不能撤销：任务 3 的状态已被他人改为“blocked”"))
    #expect(harness.saved.count == 1)
    #expect(task(harness)?.status == .blocked)
  }

  /// The screen may be a moment behind the file: the store checks again under its lock.
  @Test func undoFromAStaleScreenIsRefusedByTheStoreAndChangesNothing() throws {
    var harness = try changedSinceBySomeoneElse()  // and this session has not read it yet
    harness.press([.character("u")])
    #expect(harness.text.contains("任务 3 的状态已被他人改为“blocked”：未做任何修改"))
    #expect(task(harness)?.status == .blocked)
  }

  @Test func aNoteIsNotUndoneButSaidWhy() {
    var harness = ScreenHarness()
    harness.press(UndoTests.luzhou3 + [.character("n")])
    harness.type("已完成")
    harness.press([.enter, .character("u")])
    #expect(harness.text.contains("进度反馈不能撤销"))
    #expect(harness.saved.count == 1)
  }

  @Test func aNewTitleWaitsForYAndAnyOtherKeyGoesBackToTheFormSavingNothing() {
    var harness = ScreenHarness()
    harness.press(UndoTests.luzhou3 + [.character("e")])
    harness.type("（修订）")
    harness.press([.enter])
    #expect(harness.text.contains("保存对任务 3 名称的修改？"))
    harness.press([.character("n")])
    #expect(harness.saved.isEmpty)
    #expect(harness.model.mode == .form)
    #expect(harness.model.form?.value(.title)?.hasSuffix("（修订）") == true)
    harness.press([.enter, .character("y")])
    #expect(task(harness)?.title.hasSuffix("（修订）") == true)
    harness.press([.character("u")])
    #expect(task(harness)?.title.hasSuffix("（修订）") == false)
  }

  @Test func typingAWordOnThePlansScreenChangesNothing() {
    var harness = ScreenHarness()
    harness.type("clear")
    harness.press([.enter])
    harness.type("echo rc=$?")
    harness.press([.enter])
    #expect(harness.saved.isEmpty)
  }

  @Test func removingALeadUnitAsksFirst() {
    var harness = ScreenHarness()
    let lead = task(harness)?.lead ?? []
    harness.press(UndoTests.luzhou3 + [.character("a")])
    harness.type(lead.first ?? "")
    harness.press([.character(" "), .enter])
    #expect(harness.text.contains("从任务 3 移除牵头单位"))
    harness.press([.escape])
    #expect(harness.saved.isEmpty)
    guard case .units = harness.model.mode else {
      Issue.record("the picker closed")
      return
    }
    harness.press([.enter, .character("y")])
    #expect(task(harness)?.lead != lead)
    harness.press([.character("u")])
    #expect(task(harness)?.lead == lead)
  }

  @Test func xRemovesATaskAfterYAndUBringsItBack() {
    var harness = ScreenHarness()
    let before = harness.board.plan(id: plan)?.tasks
    harness.press(UndoTests.luzhou3 + [.character("x")])
    #expect(harness.text.contains("删除任务 3"))
    harness.press([.character("q")])
    #expect(harness.saved.isEmpty)
    harness.press([.character("x"), .character("y")])
    #expect(task(harness) == nil)
    harness.press([.character("u")])
    #expect(harness.board.plan(id: plan)?.tasks == before)
  }
}
