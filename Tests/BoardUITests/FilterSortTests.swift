import BoardCore
import Testing

@testable import BoardUI

/// Filters (status, lead unit, plan, light) narrow a task list together with its search;
/// `o` sorts it; the header says both.
@Suite struct FilterSortTests {
  func tasks(_ harness: ScreenHarness) -> [PlanTask] {
    guard case .tasks(let refs) = harness.model.screen.rows else { return [] }
    return refs.map { harness.board.plans[$0.plan].tasks[$0.task] }
  }

  @Test func aLeadFilterAndASearchNarrowTogetherAndTheHeaderSaysSo() {
    var harness = ScreenHarness()
    harness.press([.tab, .character("f"), .down, .right, .enter])
    let lead = harness.model.screen.taskFilter.lead
    #expect(lead != nil)
    let filtered = tasks(harness)
    #expect(!filtered.isEmpty && filtered.allSatisfy { $0.lead.contains(lead ?? "") })
    #expect(harness.text.contains("筛选：牵头="))
    harness.press([.character("/")])
    harness.type("专利")
    harness.press([.enter])
    let both = tasks(harness)
    #expect(both.count <= filtered.count)
    #expect(both.allSatisfy { $0.lead.contains(lead ?? "") })
    #expect(harness.text.contains("搜索：专利"))
  }

  @Test func statusPlanAndLightFiltersAndEscapeLeavesTheFilterAsItWas() {
    var harness = ScreenHarness()
    harness.press([.tab, .tab, .character("f"), .right, .right, .enter])  // 未分配, 进行中
    #expect(tasks(harness).allSatisfy { $0.status == .doing })
    harness.press([.character("f"), .backspace, .down, .down, .right, .escape])
    #expect(harness.model.screen.taskFilter.status == .doing)
    harness.press([.character("f"), .backspace, .down, .down, .right, .down, .right, .enter])
    let plan = harness.model.screen.taskFilter.plan
    #expect(harness.model.screen.taskFilter.light == .red)
    let rules = Rules(today: ScreenHarness.today, settings: harness.board.settings)
    #expect(tasks(harness).allSatisfy { rules.light(of: $0) == .red })
    #expect(plan == harness.board.plans.first?.id)
  }

  @Test func sortingByDaysOverdueLeadAndStatus() {
    var harness = ScreenHarness()
    let rules = Rules(today: ScreenHarness.today, settings: harness.board.settings)
    harness.press([.tab, .character("o")])
    let days = tasks(harness).map { rules.daysOverdue($0) ?? 0 }
    #expect(days == days.sorted(by: >))
    #expect(harness.text.contains("排序：逾期天数"))
    harness.press([.character("o")])
    let leads = tasks(harness).map { $0.lead.first.map { harness.board.roster.name(of: $0) } ?? "" }
    #expect(leads == leads.sorted())
    harness.press([.character("o")])
    let statuses = tasks(harness).map { Status.allCases.firstIndex(of: $0.status) ?? 0 }
    #expect(statuses == statuses.sorted())
  }

  @Test func theDaysColumnSaysDaysLeftOrOverdue() {
    let rules = Rules(today: ScreenHarness.today, settings: ScreenHarness.seedBoard.settings)
    var task = PlanTask(id: "1", title: "t", due: Day("2026-11-30"))
    #expect(TaskListScreen.days(task, rules, .zh) == "剩6天")
    task.due = Day("2026-11-20")
    #expect(TaskListScreen.days(task, rules, .zh) == "逾4天")
    #expect(TaskListScreen.days(task, rules, .en) == "4 late")
    task.due = nil
    #expect(TaskListScreen.days(task, rules, .zh) == "")
  }

  @Test func aSearchSaysWhyARowMatchedAndTheLatestNoteShowsOnWideScreens() {
    var harness = ScreenHarness()
    harness.press([.tab, .character("/")])
    harness.type("区科技局")
    #expect(harness.text.contains("〔单位〕"))
    var wide = ScreenHarness(size: Size(width: 160, height: 40))
    wide.press([.down, .down, .enter, .down, .down, .character("n")])
    wide.type("已召开推进会")
    wide.press([.enter])
    #expect(wide.text.contains("最新反馈"))
    #expect(wide.text.contains("11-24 已召开推进会"))
  }
}
