import BoardCore
import Testing

@testable import BoardUI

/// Keys move, open, go back and switch views as the help screen says.
@Suite struct NavigationTests {
  @Test func arrowsAndVimKeysMoveTheCursorAndStopAtTheEnds() {
    var harness = ScreenHarness()
    harness.press([.down, .character("j")])
    #expect(harness.model.screen.cursor == 2)
    harness.press([.up, .character("k"), .character("k"), .up])
    #expect(harness.model.screen.cursor == 0)
    harness.press([.character("G")])
    #expect(harness.model.screen.cursor == 4)
    harness.press([.down])
    #expect(harness.model.screen.cursor == 4)
    harness.press([.home])
    #expect(harness.model.screen.cursor == 0)
  }

  @Test func pagesMoveByTheRowsThatFitAndKeepTheCursorVisible() {
    var harness = ScreenHarness(size: Size(width: 80, height: 24))
    harness.press([.tab])  // 逾期: 51 rows, 19 visible
    harness.press([.pageDown])
    #expect(harness.model.screen.cursor == 19)
    #expect(harness.model.screen.top == 1)
    harness.press([.pageDown, .pageDown])
    #expect(harness.model.screen.cursor == 50)
    #expect(harness.model.screen.top == 32)
    harness.press([.pageUp])
    #expect(harness.model.screen.cursor == 31)
    harness.press([.character("g")])
    #expect(harness.model.screen.top == 0)
  }

  @Test func enterOpensAndEscapeGoesBackToTheSameRow() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter])
    #expect(harness.model.screen.kind == .tasks(plan: "luzhou-patent-2024"))
    harness.press([.down, .enter])
    #expect(harness.model.screen.kind == .detail(TaskKey(plan: "luzhou-patent-2024", task: "2")))
    harness.press([.escape])
    #expect(harness.model.screen.cursor == 1)
    harness.press([.character("q")])
    #expect(harness.model.screen.kind == .plans)
    #expect(harness.model.screen.cursor == 2)
  }

  @Test func qQuitsOnlyOnTheTopScreen() {
    var harness = ScreenHarness()
    harness.press([.enter])
    var model = harness.model
    #expect(model.update(.key(.character("q"))) == nil)
    #expect(model.update(.key(.character("q"))) == .quit)
    #expect(model.update(.key(.escape)) == nil)
    #expect(harness.model.update(.key(.control("c"))) == .quit)
  }

  @Test func tabCyclesTheViewsAndAUnitStartsOnItsOwnTasks() {
    var office = ScreenHarness()
    var seen: [ScreenKind] = [office.model.screen.kind]
    for _ in 0..<8 {
      office.press([.tab])
      seen.append(office.model.screen.kind)
    }
    #expect(
      seen == [
        .plans, .overdue, .unassigned, .dueSoon, .awaiting, .extensions, .reportMissing, .units,
        .plans,
      ])
    office.press([.backTab])
    #expect(office.model.screen.kind == .units)
    let unit = ScreenHarness(unit: "qj-kjj")
    #expect(unit.model.screen.kind == .mine)
    #expect(unit.model.screen.rows.count == 5)
  }

  @Test func theUnitsViewListsAUnitsTasksOnEnter() {
    var harness = ScreenHarness()
    harness.press([.backTab])
    #expect(harness.model.screen.kind == .units)
    harness.press([.down, .down, .enter])  // 区科技局 of 黔江区
    #expect(harness.model.screen.kind == .unitTasks(unit: "qj-kjj"))
    #expect(harness.text.contains("区科技局（黔江区）（5）"))
  }

  @Test func searchNarrowsTheRowsAsYouTypeAndEscapePutsThemBack() {
    var harness = ScreenHarness()
    harness.press([.tab, .character("/")])
    harness.type("转化")
    #expect(harness.model.screen.rows.count == 19)
    harness.type("运用")
    let narrowed = harness.model.screen.rows.count
    #expect(narrowed < 19 && narrowed > 0)
    harness.press([.backspace, .backspace])
    #expect(harness.model.screen.rows.count == 19)
    harness.press([.escape])
    #expect(harness.model.screen.rows.count == 51)
    // Enter keeps the search; Esc while browsing clears it before going back.
    harness.press([.character("/")])
    harness.type("区科技局")
    harness.press([.enter])
    #expect(harness.model.screen.filter == "区科技局")
    #expect(harness.text.contains("搜索：区科技局"))
    let board = ScreenHarness.seedBoard
    let rules = Rules(today: ScreenHarness.today)
    let expected = board.plans.flatMap(\.tasks).filter { task in
      rules.isOverdue(task)
        && ((task.lead + task.coop).map { board.roster.name(of: $0) }.contains("区科技局")
          || task.text.contains("区科技局") || task.title.contains("区科技局"))
    }
    #expect(harness.model.screen.rows.count == expected.count)
    #expect(expected.count > 1)
    harness.press([.escape])
    #expect(harness.model.screen.filter.isEmpty)
    #expect(harness.model.screen.rows.count == 51)
  }

  @Test func searchMatchesUnitNamesAndTaskTexts() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .character("/")])
    harness.type("人行泸州")  // a cooperating unit of task 10 only
    #expect(harness.model.selectedTask == TaskKey(plan: "luzhou-patent-2024", task: "10"))
    harness.press([.escape, .character("/")])
    harness.type("双随机")  // only in the text of task 2
    #expect(harness.model.selectedTask == TaskKey(plan: "luzhou-patent-2024", task: "2"))
  }

  @Test func aClickSelectsARowAndASecondClickOpensIt() {
    var harness = ScreenHarness()
    harness.press([.click(row: Layout.listTop + 3, column: 10)])
    #expect(harness.model.screen.cursor == 3)
    harness.press([.click(row: Layout.listTop + 3, column: 10)])
    #expect(harness.model.screen.kind == .tasks(plan: "qianjiang-patent-2022"))
    harness.press([.click(row: Layout.listTop + 30, column: 10)])
    #expect(harness.model.screen.cursor == 0)
  }

  @Test func aSmallerTerminalKeepsTheCursorOnScreen() {
    var harness = ScreenHarness()
    harness.press([.tab, .end])
    harness.send(.resize(Size(width: 80, height: 24)))
    let screen = harness.model.screen
    #expect(screen.cursor >= screen.top && screen.cursor < screen.top + 19)
    #expect(harness.text.contains("51/51"))
  }

  @Test func theHelpScreenListsEveryKeyOfTheKeymap() {
    var harness = ScreenHarness(size: Size(width: 120, height: 80))
    harness.press([.character("?")])
    let text = harness.text
    for binding in Keymap.bindings {
      #expect(text.contains(binding.keyNames + " "), "\(binding.keyNames)")
      #expect(text.contains(binding.help(.zh)))
    }
    harness.press([.escape])
    #expect(!harness.text.contains(Keymap.bindings[0].help(.zh)))
  }
}
