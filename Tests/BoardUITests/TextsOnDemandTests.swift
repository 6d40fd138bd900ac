import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardUI

extension TextFiles: TextSource {}

/// A TUI session keeps its board without texts or notes and reads them from the files when a
/// screen shows them (`TextFiles`). Every screen must look exactly as it does with a board
/// that holds them: the detail, a search's rows and the reasons they show, the latest-note
/// column, the edit form.
@Suite struct TextsOnDemandTests {
  /// A copy of the shipped boards with notes (they ship with none), one of several lines.
  static func boardWithNotes() throws -> (TemporaryDirectory, BoardDirectory) {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let board = try directory.load()
    var random = SeededGenerator(seed: 3)
    for step in 0..<40 {
      let plan = random.pick(board.plans)
      let task = random.pick(plan.tasks)
      let text = step % 3 == 0 ? "PCT 申请已受理\n下一步：专利导航（\(step)）" : "已完成第\(step)批质押融资"
      _ = try directory.apply(
        Change(planID: plan.id, .addNote(task: task.id, text: text)), by: "office",
        today: ScreenHarness.today, time: "2026-11-24T10:00:00+08:00")
    }
    return (boards, directory)
  }

  /// The same keys on two models, one holding the texts and one reading them; the screens
  /// compared after every key.
  static func expectSameScreens(
    _ keys: [Key], directory: BoardDirectory, size: Size, unit: String = "office"
  ) throws {
    let full = try directory.load()
    let light = try directory.load(keepingTexts: false)
    #expect(light.plans.allSatisfy { $0.tasks.allSatisfy(\.text.isEmpty) })
    let session = Session(
      actor: full.roster.unit(id: unit), language: .zh, today: ScreenHarness.today)
    var holding = Model(board: full, session: session, size: size)
    var reading = Model(
      board: light, session: session, size: size,
      texts: TextFiles(directory: directory, roster: full.roster))
    for (step, key) in keys.enumerated() {
      _ = holding.update(.key(key))
      _ = reading.update(.key(key))
      let expected = holding.view(size: size).text
      let seen = reading.view(size: size).text
      #expect(seen == expected, "after key \(step) (\(key))")
      if seen != expected { return }
    }
  }

  @Test func detailsSearchesAndNotesLookTheSame() throws {
    let (boards, directory) = try TextsOnDemandTests.boardWithNotes()
    defer { _ = boards }
    // The plans, into a plan, down its tasks with the detail open and closed; a search that
    // matches texts, units and notes; the triage views with a search.
    var keys: [Key] = [.enter]
    for _ in 0..<6 { keys += [.enter, .escape, .down] }
    keys += [.character("/")] + "专利".map { .character($0) } + [.enter]
    for _ in 0..<4 { keys += [.down, .enter, .escape] }
    keys += [.escape, .tab, .character("/")] + "质押".map { .character($0) } + [.enter, .down]
    keys += [.tab, .character("/")] + "pct".map { .character($0) } + [.enter]
    for size in [Size(width: 120, height: 40), Size(width: 160, height: 40)] {
      try TextsOnDemandTests.expectSameScreens(keys, directory: directory, size: size)
    }
  }

  /// `e` opens the form with the task's text as the file holds it.
  @Test func theEditFormHoldsTheText() throws {
    let (boards, directory) = try TextsOnDemandTests.boardWithNotes()
    defer { _ = boards }
    try TextsOnDemandTests.expectSameScreens(
      [.enter, .down, .character("e"), .down, .down], directory: directory,
      size: Size(width: 120, height: 40))
  }
}
