import BoardCore
import Testing

@testable import BoardUI

/// A unit sees which rows it may change and hears the core's rule when it may not.
@Suite struct PermissionTests {
  func row(of taskID: String, in harness: ScreenHarness) -> Int? {
    let grid = harness.grid
    return (Layout.listTop..<grid.height).first { row in
      grid.text(row: row).dropFirst(3).hasPrefix("\(taskID) ")
    }
  }

  @Test func rowsTheUnitMayNotChangeAreMarkedReadOnly() {
    var harness = ScreenHarness(unit: "qj-kjj")
    harness.press([.tab, .down, .down, .down, .enter])  // 黔江区's plan
    let grid = harness.grid
    for (task, mayChange) in [("1.2", true), ("1.1", true), ("2.1", false), ("S1", false)] {
      guard let row = row(of: task, in: harness) else {
        Issue.record("no row \(task)")
        continue
      }
      // The title cell (past the marker and the id) carries the mark.
      #expect(grid[row, 8].style.isReadOnly == !mayChange, "\(task)")
    }
    var office = ScreenHarness()
    office.press([.down, .down, .down, .enter])
    #expect(office.grid.cells.allSatisfy { !$0.style.isReadOnly })
  }

  @Test func aUnitIsRefusedWhatOnlyLeadUnitsOrTheOfficeMayDoWithTheRuleNamed() {
    var harness = ScreenHarness(unit: "qj-kjj")
    harness.press([.character("s")])  // 1.1: cooperating only
    let who = "区科技局 (qj-kjj)"
    #expect(
      harness.text.contains(ChangeError.notLeadUnit(unit: who, task: "1.1").chineseDescription))
    #expect(harness.model.mode == .browse)
    for (key, action) in [
      ("a", "assign units"), ("c", "assign units"), ("d", "change deadlines"), ("e", "edit tasks"),
    ] {
      harness.press([.character(Character(key))])
      #expect(
        harness.text.contains(ChangeError.officeOnly(unit: who, action: action).chineseDescription),
        "\(key)")
      #expect(harness.model.mode == .browse)
    }
    harness.press([.enter, .character("+")])
    #expect(
      harness.text.contains(
        ChangeError.officeOnly(unit: who, action: "add tasks").chineseDescription))
    #expect(harness.saved.isEmpty)
  }

  @Test func aUnitSetsTheStatusOfItsOwnTaskAndNotesOnTasksItCooperatesOn() {
    var harness = ScreenHarness(unit: "qj-kjj")
    harness.press([.down, .character("s"), .down, .enter])  // 1.2: it leads
    #expect(
      harness.saved == [Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.2", .doing))])
    harness.press([.up, .character("n")])  // 1.1: it cooperates
    harness.type("已提供专利数据")
    harness.press([.enter])
    #expect(
      harness.saved.last
        == Change(planID: "qianjiang-patent-2022", .addNote(task: "1.1", text: "已提供专利数据")))
    #expect(harness.text.contains("已保存"))
  }

  @Test func aUnitOfTheSameNameInAnotherJurisdictionHasNoRights() {
    var harness = ScreenHarness(unit: "dz-kjj")  // 区科技局 of 大足区
    harness.press([.tab, .down, .down, .down, .enter, .down, .character("s")])  // 黔江区 1.2
    #expect(harness.text.contains("不是任务 1.2 的牵头单位"))
  }

  @Test func readOnlyIsSaidInTheStatusLineAndEveryEditIsRefused() {
    var harness = ScreenHarness(unit: nil)
    #expect(harness.text.contains(" 只读  2026-11-24"))
    harness.press([.enter, .character("n")])
    #expect(harness.text.contains(ChangeError.readOnly.chineseDescription))
    #expect(harness.model.mode == .browse)
  }

  @Test func aRefusalFromTheStoreIsShownAsTheCoreWordsIt() {
    var harness = ScreenHarness(unit: "qj-kjj")
    let refusal = ChangeError.notLeadUnit(unit: "区科技局 (qj-kjj)", task: "1.1")
    harness.send(.saveFinished(.refused(refusal)))
    #expect(harness.text.contains(refusal.chineseDescription))
    var english = ScreenHarness(unit: "qj-kjj", language: .en)
    english.send(.saveFinished(.refused(refusal)))
    #expect(english.text.contains(refusal.description))
  }
}
