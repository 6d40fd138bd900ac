import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardUI

/// A change read file by file (`Msg.refreshed`) leaves the model exactly as a reload of the
/// whole board would: the same counts, the same rows on every open screen, the cursor on the
/// same row. Checked over thousands of seeded random changes, on every kind of screen.
@Suite struct RefreshTests {
  static let today = ScreenHarness.today

  /// The screens to keep open: each view and list, as the office; searched, and a unit's own.
  static func models(_ board: Board) -> [Model] {
    let size = Size(width: 120, height: 40)
    let cases: [(unit: String, kind: ScreenKind, filter: String)] = [
      ("office", .plans, ""), ("office", .overdue, ""), ("office", .overdue, "专利"),
      ("office", .unassigned, ""), ("office", .dueSoon, ""), ("office", .units, "科技"),
      ("office", .tasks(plan: "luzhou-patent-2024"), ""),
      ("office", .tasks(plan: "dazu-patent-2025"), "专利"),
      ("office", .unitTasks(unit: "qj-kjj"), ""), ("qj-kjj", .mine, ""),
      ("qj-kjj", .mine, "专利"),
    ]
    return cases.map { unit, kind, filter in
      let session = Session(
        actor: board.roster.unit(id: unit), language: .zh, today: RefreshTests.today)
      var model = Model(board: board, session: session, size: size)
      var screen = Screen(kind)
      screen.filter = filter
      model.stack = [Screen(.plans), screen]
      model.stack[1] = model.rebuilt(model.stack[1])
      model.stack[1].select(model.stack[1].rows.count / 2, visible: 30)
      return model
    }
  }

  func expectSame(_ refreshed: Model, _ reloaded: Model, seed: UInt64, step: Int) {
    let place = "seed \(seed), step \(step)"
    #expect(refreshed.board.plans == reloaded.board.plans, "\(place)")
    #expect(refreshed.facts.summaries == reloaded.facts.summaries, "\(place)")
    #expect(refreshed.facts.unitStatistics == reloaded.facts.unitStatistics, "\(place)")
    #expect(refreshed.facts.overdue == reloaded.facts.overdue, "\(place)")
    #expect(refreshed.facts.unassigned == reloaded.facts.unassigned, "\(place)")
    #expect(refreshed.facts.dueSoon == reloaded.facts.dueSoon, "\(place)")
    #expect(refreshed.stack == reloaded.stack, "\(place): \(refreshed.stack.last!.kind)")
    #expect(refreshed.selectedTask == reloaded.selectedTask, "\(place)")
  }

  @Test(arguments: [1, 2] as [UInt64])
  func refreshingFileByFileEqualsReadingEverythingAgain(seed: UInt64) {
    var board = ScreenHarness.seedBoard
    var changes = RandomBoardChanges(seed: seed, today: RefreshTests.today)
    var models = RefreshTests.models(board)
    for step in 0..<1_500 {
      let delta = changes.change(&board)
      // Every model takes every change; one in turn is checked against a reload of the whole
      // board (what it would show had it read everything again), so a difference that builds
      // up over many changes is seen too.
      let checked = step % models.count
      var reloaded = models[checked]
      reloaded.reload(board)
      for index in models.indices { _ = models[index].update(.refreshed(delta)) }
      expectSame(models[checked], reloaded, seed: seed, step: step)
      if step % 100 == 0 {
        // And counted from scratch, as a new session would.
        let fresh = Model(board: board, session: reloaded.session, size: reloaded.size)
        #expect(fresh.facts.unitStatistics == reloaded.facts.unitStatistics)
        #expect(fresh.facts.summaries == reloaded.facts.summaries)
      }
    }
  }

  @Test func aChangeInAnotherPlanLeavesTheCursorOnItsTask() {
    var harness = ScreenHarness()
    harness.press([.tab, .down, .down, .down])
    let selected = harness.model.selectedTask
    var board = harness.board
    let index = board.plans.firstIndex { $0.id == "luzhou-patent-2024" }!
    board.plans[index].tasks[0].status = .done
    harness.send(.refreshed(BoardDelta(plans: [board.plans[index]])))
    #expect(harness.model.selectedTask == selected)
    #expect(harness.text.contains("逾期 \(harness.model.facts.overdue)"))
  }
}
