import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardUI

/// On disk: random changes saved through the store, noticed by the watcher and read by the
/// reader file by file, give the board a fresh load gives, and read one file per save.
@Suite struct DiskRefreshTests {
  @Test func savesReadBackFileByFileEqualAFreshLoad() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    var watcher = BoardWatcher(directory: directory)
    var reader = BoardReader(directory: directory)
    var board = try reader.load()
    var random = SeededGenerator(seed: 7)
    let statuses = Status.allCases
    for step in 0..<60 {
      let plan = random.pick(board.plans)
      let task = random.pick(plan.tasks)
      let operation: Change.Operation =
        random.chance(50)
        ? .setStatus(task: task.id, random.pick(statuses))
        : .addNote(task: task.id, text: "第\(step)次反馈")
      let fields = try directory.apply(
        Change(planID: plan.id, operation), by: "office", today: ScreenHarness.today,
        time: "2026-11-24T10:00:00+08:00")
      var delta = BoardDelta()
      while true {
        guard let hint = watcher.wait(milliseconds: fields.isEmpty ? 100 : 5000) else { break }
        let more = try reader.refresh(hint)
        delta.plans += more.plans
        delta.filesRead += more.filesRead
        if !delta.filesRead.isEmpty { break }
      }
      #expect(delta.filesRead == (fields.isEmpty ? [] : [plan.id + ".rec"]), "step \(step)")
      board.apply(delta)
      #expect(board.plans == (try directory.load()).plans, "step \(step)")
    }
  }
}
