import BoardCore
import Testing

@testable import BoardUI

/// What a whole working day with the board met: places kept, messages that do not linger,
/// pop-ups and columns that show whole words, and wording that says what it means.
@Suite struct EverydayTests {
  static let openLuzhou: [Key] = [.down, .down, .enter]

  @Test func tabRoundTheViewsComesBackToTheSamePlace() {
    var harness = ScreenHarness()
    harness.press(EverydayTests.openLuzhou + [.down, .down])
    #expect(harness.model.screen.cursor == 2)
    harness.press([.tab, .down, .tab, .backTab, .backTab])
    #expect(harness.model.screen.kind == .tasks(plan: "luzhou-patent-2024"))
    #expect(harness.model.screen.cursor == 2)
    #expect(harness.model.stack.count == 2)
    #expect(harness.model.stack[0].cursor == 2)  // the plans screen under it too
    harness.press([.tab])
    #expect(harness.model.screen.kind == .overdue)
    #expect(harness.model.screen.cursor == 1)
  }

  @Test func aTaskAddedWithPlusGoesToTheEndOfItsSection() {
    var harness = ScreenHarness()
    harness.press(EverydayTests.openLuzhou + [.down, .character("+")])
    harness.type("新增的任务")
    harness.press([.enter])
    let tasks = harness.board.plan(id: "luzhou-patent-2024")?.tasks ?? []
    #expect(tasks.map(\.id).prefix(4) == ["1", "2", "3", tasks[3].id])
    #expect(tasks[3].title == "新增的任务")
    #expect(tasks[3].section == tasks[2].section)
    #expect(harness.model.selectedTask == TaskKey(plan: "luzhou-patent-2024", task: tasks[3].id))
  }

  @Test func helpSaysItScrollsAndGAndGGoToItsEnds() {
    var harness = ScreenHarness(size: Size(width: 80, height: 24))
    harness.press([.character("q"), .character("?")])
    #expect(harness.text.contains("↓ 还有"))
    harness.press([.character("G")])
    guard case .help(let top) = harness.model.mode else {
      Issue.record("G closed the help")
      return
    }
    #expect(top > 0)
    #expect(harness.text.contains("已到末尾"))
    harness.press([.character("g")])
    #expect(harness.model.mode == .help(top: 0))
  }

  @Test func helpListsTheEditorKeysAndTheMouseAndTheHintLineComesFromTheKeymap() {
    let help = HelpScreen.lines(.zh).map(\.text).joined(separator: "\n")
    for name in ["Ctrl-A", "Ctrl-E", "Ctrl-K", "Ctrl-U", "Click", "Paste"] {
      #expect(help.contains(name), "\(name)")
    }
    for binding in Keymap.bindings {
      guard let hint = binding.hint else { continue }
      let hints = Keymap.hints(.zh, canEdit: true, role: binding.hintRole)
      #expect(hints.contains(binding.hintKey + " " + hint.0))
    }
    // Each role's own step of the supervision cycle.
    #expect(Keymap.hints(.zh, canEdit: true, role: .unit).contains("r 办结"))
    #expect(!Keymap.hints(.zh, canEdit: true, role: .unit).contains("V 审核"))
    #expect(Keymap.hints(.zh, canEdit: true, role: .office).contains("V 审核"))
    #expect(!Keymap.hints(.zh, canEdit: false).contains("s 状态"))
  }

  @Test func aStaleMessageLeavesWhenHelpOpensTheCursorMovesOrAPickerOpens() {
    var office = ScreenHarness()
    let select = "请先选择一个任务"
    office.press([.character("s")])
    #expect(office.text.contains(select))
    office.press([.character("?")])
    #expect(!office.text.contains(select))
    office.press([.escape, .character("s")])
    #expect(office.text.contains(select))
    office.press([.down])
    #expect(!office.text.contains(select))

    // A unit on a task it leads: assigning is refused, then the status picker opens.
    var harness = ScreenHarness(unit: "qj-kjj")
    guard case .tasks(let refs) = harness.model.screen.rows,
      let own = refs.firstIndex(where: {
        harness.board.plans[$0.plan].tasks[$0.task].lead.contains("qj-kjj")
      })
    else {
      Issue.record("qj-kjj leads no task")
      return
    }
    harness.press(Array(repeating: .down, count: own) + [.character("a")])
    let refusal = "无权"
    #expect(harness.text.contains(refusal))
    harness.press([.character("s")])
    guard case .status = harness.model.mode else {
      Issue.record("no picker")
      return
    }
    #expect(!harness.text.contains(refusal))
  }

  @Test func aPopUpBlanksTheRestOfAWordItsEdgeCuts() {
    var grid = Grid(size: Size(width: 20, height: 1))
    grid.put("ab 未开始 cd", row: 0, column: 0, style: .normal)
    grid.fillPopup(row: 0, column: 0, width: 4, style: .normal)
    #expect(grid.text(row: 0) == String(repeating: " ", count: 10) + "cd")
    var right = Grid(size: Size(width: 20, height: 1))
    right.put("未开始 cd", row: 0, column: 5, style: .normal)
    right.fillPopup(row: 0, column: 0, width: 6, style: .normal)
    #expect(right.text(row: 0) == String(repeating: " ", count: 12) + "cd")
  }

  @Test(arguments: [Language.zh, .en])
  func theStatusPickerShowsItsWholeHint(_ language: Language) {
    var harness = ScreenHarness(language: language, size: Size(width: 80, height: 24))
    harness.press(EverydayTests.openLuzhou + [.character("s")])
    #expect(harness.text.contains(language.pick("Esc 取消", "Esc cancel")))
  }

  @Test func narrowScreensKeepStatusAndDeadlineAndWholePlanIds() {
    var narrow = ScreenHarness(size: Size(width: 60, height: 20))
    narrow.press(EverydayTests.openLuzhou)
    let header = narrow.text.split(separator: "\n")[2]
    for column in ["任务", "牵头单位", "状态", "期限"] { #expect(header.contains(column), "\(column)") }
    var wide = ScreenHarness(size: Size(width: 80, height: 24))
    wide.press(EverydayTests.openLuzhou)
    let layout = TaskListScreen.columns(wide.model, spansPlans: false, width: 80)
    #expect(layout.widths[3] >= 20)  // the lead units
    // A plan id shows whole or not at all.
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
      var overdue = ScreenHarness(size: size)
      overdue.press([.tab])
      #expect(
        !overdue.text.contains("qianjiang-pat") || overdue.text.contains("qianjiang-patent-2022"))
      if size.width == 120 { #expect(overdue.text.contains("qianjiang-patent-2022")) }
    }
  }

  @Test func aUnitsStatusLineCountsItsOwnTasks() {
    let harness = ScreenHarness(unit: "qj-kjj")
    #expect(harness.text.contains("本单位任务 5"))
  }

  @Test func aTaskTheOfficeTookAwayIsSaid() throws {
    var harness = ScreenHarness(unit: "qj-kjj")
    let key = try #require(harness.model.selectedTask)
    var board = harness.board
    let index = try #require(board.plans.firstIndex { $0.id == key.plan })
    _ = try board.plans[index].apply(
      Change(planID: key.plan, .assign(task: key.task, lead: ["qj-jw"], coop: [])),
      by: board.roster.unit(id: "office"), roster: board.roster, today: ScreenHarness.today)
    harness.send(.reloaded(board))
    #expect(harness.text.contains("任务 \(key.task)（\(key.plan)）已不再由本单位负责"))
  }

  @Test func anEmptyBoardSaysSoAndTheNotePromptNamesTheTask() {
    var empty = ScreenHarness.seedBoard
    empty.plans = []
    let harness = ScreenHarness(board: empty)
    #expect(harness.text.contains("看板上还没有方案"))
    var search = ScreenHarness()
    search.press([.character("/")])
    search.type("没有这样的方案")
    #expect(search.text.contains("没有符合搜索的方案"))
    var note = ScreenHarness()
    note.press(EverydayTests.openLuzhou + [.character("n")])
    #expect(note.text.contains("任务 1 的进度反馈（Enter 保存，Esc 取消）："))
  }
}
