import BoardCore
import Testing

@testable import BoardUI

/// Every edit becomes one `Change` saved at once; the status line says what came of it.
@Suite struct EditTests {
  static let luzhou3: [Key] = [.down, .down, .enter, .down, .down]
  let task3 = TaskKey(plan: "luzhou-patent-2024", task: "3")

  func task(_ harness: ScreenHarness, _ key: TaskKey) -> PlanTask? {
    harness.board.plan(id: key.plan)?.task(id: key.task)
  }

  @Test func statusIsChosenInAPickerAndSavedAtOnce() {
    var harness = ScreenHarness()
    harness.press(EditTests.luzhou3 + [.character("s"), .down, .enter])
    #expect(harness.saved == [Change(planID: task3.plan, .setStatus(task: "3", .doing))])
    #expect(task(harness, task3)?.status == .doing)
    #expect(harness.text.contains("已保存"))
    #expect(harness.model.mode == .browse)
    #expect(harness.text.contains("进行中 2025-12-31"))
    harness.press([.character("s"), .character("4")])
    #expect(task(harness, task3)?.status == .done)
    harness.press([.character("s"), .escape])
    #expect(harness.saved.count == 2)
  }

  @Test func leadUnitsArePickedFromThePlansJurisdictionWithTypeToFilter() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .end, .character("a")])  // S4, unassigned
    guard case .units(let picker) = harness.model.mode else {
      Issue.record("no unit picker")
      return
    }
    #expect(picker.choices.count == ScreenHarness.seedBoard.roster.units(in: "泸州市").count)
    #expect(picker.choices.allSatisfy { $0.id.hasPrefix("lz-") })
    harness.type("科技")
    harness.press([.character(" ")])
    harness.press([.backspace, .backspace])
    harness.type("财政")
    harness.press([.character(" "), .enter])
    #expect(
      harness.saved == [
        Change(
          planID: "luzhou-patent-2024", .assign(task: "S4", lead: ["lz-kjj", "lz-czj"], coop: nil))
      ])
    #expect(harness.text.contains("市科技局、市财政局"))
    #expect(!harness.text.contains("S4    营造良好环境                            （未分配）"))
  }

  @Test func cooperatingUnitsCanBeUntickedAndTheOrderIsKept() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .down, .character("c")])  // task 2: 4 coop units
    harness.type("司法")
    harness.press([.character(" "), .enter])  // untick 市司法局
    #expect(
      task(harness, TaskKey(plan: "luzhou-patent-2024", task: "2"))?.coop == [
        "lz-jytyj", "lz-wsjkw",
      ])
  }

  @Test func aNoteTakesChineseTextWithCursorKeysAndBackspace() {
    var harness = ScreenHarness()
    harness.press(EditTests.luzhou3 + [.character("n")])
    harness.type("已召开会议")
    harness.press([.left, .left, .backspace])
    harness.type("推进")
    #expect(harness.text.contains("任务 3 的进度反馈（Enter 保存，Esc 取消）：已召推进会议"))
    harness.press([.enter])
    #expect(harness.saved == [Change(planID: task3.plan, .addNote(task: "3", text: "已召推进会议"))])
    let note = task(harness, task3)?.notes.last
    #expect(note?.text == "已召推进会议")
    #expect(note?.author == "office")
    harness.press([.enter])
    #expect(harness.text.contains("2026-11-24  联席会议办公室（office）"))
    #expect(harness.text.contains("  已召推进会议"))
  }

  @Test func anEmptyNoteIsRefusedByTheCoreAndTheEditorStaysOpen() {
    var harness = ScreenHarness()
    harness.press(EditTests.luzhou3 + [.character("n"), .character(" "), .enter])
    #expect(harness.text.contains(ChangeError.emptyNote.chineseDescription))
    guard case .note = harness.model.mode else {
      Issue.record("the note editor closed")
      return
    }
  }

  @Test func aDeadlineIsADateOrOngoingAndAnythingElseIsExplained() {
    var harness = ScreenHarness()
    harness.press(EditTests.luzhou3 + [.character("d"), .control("u")])
    harness.type("2026-13-01")
    harness.press([.enter])
    #expect(harness.saved.isEmpty)
    #expect(harness.text.contains("期限应为 YYYY-MM-DD"))
    harness.press([.control("u")])
    harness.type("2026-12-15")
    harness.press([.enter])
    #expect(task(harness, task3)?.due == Day("2026-12-15"))
    #expect(harness.text.contains("~ 3"))  // due soon now
    harness.press([.character("d"), .control("u")])
    harness.type("长期")
    harness.press([.enter])
    #expect(task(harness, task3)?.due == nil)
  }

  @Test func escapeClosesAnEditorWithoutSaving() {
    var harness = ScreenHarness()
    harness.press(EditTests.luzhou3 + [.character("n")])
    harness.type("不要保存")
    harness.press([.escape])
    #expect(harness.saved.isEmpty)
    #expect(harness.model.mode == .browse)
  }

  @Test func plusAddsATaskToTheOpenPlanWithTheNextFreeId() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .end, .character("+")])
    guard case .form = harness.model.mode, let form = harness.model.form else {
      Issue.record("no form")
      return
    }
    #expect(form.value(.id) == "S5")
    #expect(
      form.value(.section)
        == task(harness, TaskKey(plan: "luzhou-patent-2024", task: "S4"))?.section)
    #expect(form.value(.due) == "2025-12-31")
    harness.type("建立工作台账")
    harness.press([.tab, .tab, .control("u")])
    harness.type("2026-06-30")
    harness.press([.enter])
    let added = task(harness, TaskKey(plan: "luzhou-patent-2024", task: "S5"))
    #expect(added?.title == "建立工作台账")
    #expect(added?.due == Day("2026-06-30"))
    #expect(harness.model.selectedTask == TaskKey(plan: "luzhou-patent-2024", task: "S5"))
    #expect(harness.text.contains("已保存"))
  }

  @Test func plusNeedsAnOpenPlan() {
    var harness = ScreenHarness()
    harness.press([.tab, .character("+")])
    #expect(harness.model.mode == .browse)
    #expect(harness.text.contains("请先打开一个方案"))
  }

  @Test func aTaskIdThatExistsIsRefusedAndTheFormStaysOpen() {
    var harness = ScreenHarness()
    harness.press([.down, .down, .enter, .character("+"), .up, .control("u")])
    harness.type("3")
    harness.press([.down])
    harness.type("重复的任务")
    harness.press([.enter])
    let refusal = ChangeError.taskExists(plan: "luzhou-patent-2024", task: "3").chineseDescription
    #expect(harness.text.contains(refusal))
    guard case .form = harness.model.mode, let form = harness.model.form else {
      Issue.record("the form closed")
      return
    }
    #expect(form.problem == refusal)
    #expect(form.value(.title) == "重复的任务")
  }

  @Test func eEditsTitleSectionAndTextAndSendsOnlyWhatChanged() {
    var harness = ScreenHarness()
    harness.press(EditTests.luzhou3 + [.character("e"), .control("u")])
    harness.type("突出专利质量和转化导向")
    harness.press([.enter, .character("y")])
    #expect(
      harness.saved == [
        Change(planID: task3.plan, .editTask(task: "3", TaskEdit(title: "突出专利质量和转化导向")))
      ])
    #expect(task(harness, task3)?.title == "突出专利质量和转化导向")
    #expect(
      task(harness, task3)?.text
        == ScreenHarness.seedBoard.plan(id: task3.plan)?.task(id: "3")?.text)
    harness.press([.character("e"), .enter])
    #expect(harness.saved.count == 1)
    #expect(harness.text.contains("未改变"))
  }
}
