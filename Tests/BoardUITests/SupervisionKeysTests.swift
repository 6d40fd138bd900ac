import BoardCore
import Testing

@testable import BoardUI

/// The supervision cycle's keys, views and time line: each step asks the core first, types
/// its text where it needs one, and saves one change.
@Suite struct SupervisionKeysTests {
  static let plan = "dazu-patent-2025"
  /// Task 3 of Dazu: led by 区科技局 (dz-kjj), 区教委 (dz-jw) cooperates, due 2027-12-31.
  static let task = "3"

  /// The harness of `unit`, on the board `board`, with Dazu's task 3 selected in its plan.
  func onTask3(_ unit: String, board: Board = ScreenHarness.seedBoard) -> ScreenHarness {
    var harness = ScreenHarness(unit: unit, board: board)
    // A unit starts on 我的任务; the plans are the next view.
    if unit != "office" { harness.press([.tab]) }
    harness.press([.enter, .down, .down])
    return harness
  }

  func task(_ harness: ScreenHarness) -> PlanTask? {
    harness.board.plan(id: Self.plan)?.task(id: Self.task)
  }

  /// Tab to a view of the office: plans, 逾期, 未分配, 即将到期, 待审核, 延期申请, 未按期反馈.
  func view(_ index: Int, board: Board) -> ScreenHarness {
    var harness = ScreenHarness(unit: "office", board: board)
    harness.press(Array(repeating: .tab, count: index))
    return harness
  }

  @Test func aUnitRequestsCompletionWithSAndTheOfficeSignsItOffFromTheView() {
    var unit = onTask3("dz-kjj")
    unit.press([.character("s"), .character("4")])  // 已完成
    #expect(unit.text.contains("任务 3 申请办结，写明完成情况："))
    unit.type("已完成专利导航报告")
    unit.press([.enter])
    #expect(
      unit.saved == [
        Change(planID: Self.plan, .requestDone(task: Self.task, note: "已完成专利导航报告"))
      ])
    #expect(task(unit)?.status == .todo)
    var office = view(4, board: unit.board)
    #expect(office.text.contains("注重研发投入"))
    #expect(office.text.contains("待审核"))
    office.press([.character("V")])
    #expect(office.text.contains("审核通过任务 3 的办结申请，任务办结？"))
    office.press([.character("y")])
    #expect(task(office)?.status == .done)
    #expect(office.text.contains("没有待审核的办结申请"))
  }

  @Test func theOfficeSendsBackWithAReasonAndTheUnitSeesWhy() {
    var unit = onTask3("dz-kjj")
    unit.press([.character("r")])
    unit.type("已完成")
    unit.press([.enter])
    var office = onTask3("office", board: unit.board)
    office.press([.character("B")])
    #expect(office.text.contains("退回任务 3 的理由："))
    office.type("缺少验收材料")
    office.press([.enter])
    #expect(task(office)?.status == .doing)
    // The unit's own tasks say it was sent back; the detail says why.
    var back = ScreenHarness(unit: "dz-kjj", board: office.board)
    #expect(back.text.contains("退回"))
    back.press([.down, .down, .enter])
    #expect(back.text.contains("已退回（2026-11-24）：缺少验收材料"))
    #expect(back.text.contains("2026-11-24  联席会议办公室（office）  退回"))
  }

  @Test func anExtensionRequestedAndApprovedFromItsView() {
    var unit = onTask3("dz-kjj")
    unit.press([.character("E")])
    #expect(unit.text.contains("任务 3 申请延期：新期限 YYYY-MM-DD 和理由："))
    unit.type("下月")
    unit.press([.enter])
    #expect(unit.text.contains("请先写新期限 YYYY-MM-DD，再写理由"))
    unit.press(Array(repeating: .backspace, count: 2))
    unit.type("2028-06-30 设备延迟到货")
    unit.press([.enter])
    #expect(
      unit.saved == [
        Change(
          planID: Self.plan,
          .requestExtension(task: Self.task, to: Day("2028-06-30")!, reason: " 设备延迟到货"))
      ])
    var office = view(5, board: unit.board)
    #expect(office.text.contains("延期"))
    office.press([.character("P")])
    #expect(office.text.contains("批准任务 3 延期至 2028-06-30？"))
    office.press([.character("y")])
    #expect(task(office)?.due == Day("2028-06-30"))
    #expect(office.text.contains("没有待审批的延期申请"))
    // The old deadline stays in the task's time line.
    var detail = onTask3("office", board: office.board)
    detail.press([.enter])
    #expect(detail.text.contains("联席会议办公室（office）  批准延期：2027-12-31 → 2028-06-30"))
    #expect(detail.text.contains("区科技局（dz-kjj）  申请延期至 2028-06-30"))
  }

  @Test func eachStepIsRefusedAtOnceWhenTheCoreWouldRefuseIt() {
    var unit = onTask3("dz-kjj")
    unit.press([.character("V")])
    #expect(unit.text.contains("区科技局 (dz-kjj)无权审核办结：仅联席会议办公室可以操作"))
    #expect(unit.model.mode == .browse)
    var cooperating = onTask3("dz-jw")
    cooperating.press([.character("r")])
    #expect(cooperating.text.contains("不是任务 3 的牵头单位：只有牵头单位可以申请办结"))
    var office = onTask3("office")
    office.press([.character("P")])
    #expect(office.text.contains("任务 3 没有待审核的延期申请"))
    #expect(office.saved.isEmpty && unit.saved.isEmpty && cooperating.saved.isEmpty)
  }

  @Test func theOfficeChasesAndTheListShowsTheLevel() {
    // Luzhou's tasks are all overdue on 2026-11-24: a first chase is yellow.
    var office = ScreenHarness(unit: "office")
    office.press([.down, .down, .enter, .down, .down, .character("C")])
    #expect(office.text.contains("催办任务 3（催办内容，可空）："))
    office.type("请于本周内报送")
    office.press([.enter])
    #expect(
      office.board.plan(id: "luzhou-patent-2024")?.task(id: "3")?.events.last?.level == .yellow)
    #expect(office.text.contains("催黄"))
    office.press([.enter])
    #expect(office.text.contains("催办：黄色"))
    #expect(office.text.contains("联席会议办公室（office）  催办（黄色）"))
    #expect(office.text.contains("请于本周内报送"))
  }

  @Test func theHelpListsTheSupervisionKeys() {
    var harness = ScreenHarness()
    harness.press([.character("?"), .end])
    let help = HelpScreen.lines(.zh).map(\.text)
    #expect(help.contains("督办"))
    for key in ["r", "E", "V", "B", "P", "R", "C"] {
      #expect(help.contains { $0.hasPrefix(key + " ") }, "\(key)")
    }
    #expect(harness.text.contains("C              催办：记录对此任务的催办和催办内容（办公室）"))
  }
}
