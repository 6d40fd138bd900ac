import BoardCore
import BoardTestSupport
import Foundation
import Synchronization
import Testing

@testable import BoardStore

/// Every system call of a save failed in turn, the way SQLite tests I/O errors: the N-th
/// call (open, read, write, fsync, rename, ftruncate, close, the directory's fsync, …) fails
/// with EIO or ENOSPC, once or from then on, for every N the save makes. Afterwards (once the
/// next writer has run its recovery) the board holds the old state or the new one, in the
/// plan files and the log alike; a thrown error means the old one, a return the new one;
/// and `board check` finds nothing.
@Suite struct FaultInjectionTests {
  static let today = Day("2026-11-24")!
  static let time = "2026-11-24T09:00:00+08:00"

  /// A save to fail, and how to tell its new state from the old one.
  struct Operation: Sendable {
    var name: String
    var run: @Sendable (BoardDirectory) throws -> Void
    var isNew: @Sendable (Board) -> Bool
  }

  static let operations: [Operation] = [
    Operation(
      name: "set a status",
      run: {
        try $0.apply(
          Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.3", .doing)),
          by: "qj-kjj", today: today, time: time)
      },
      isNew: { $0.plan(id: "qianjiang-patent-2022")?.task(id: "1.3")?.status == .doing }),
    Operation(
      name: "add a note",
      run: {
        try $0.apply(
          Change(planID: "dazu-patent-2025", .addNote(task: "3", text: "已完成统计")),
          by: "dz-kjj", today: today, time: time)
      },
      isNew: { $0.plan(id: "dazu-patent-2025")?.task(id: "3")?.notes.last?.text == "已完成统计" }),
    Operation(
      name: "add a unit",
      run: {
        try $0.addUnit(
          Unit(id: "qj-test", name: "区测试局", region: "黔江区"), by: "office", time: time)
      },
      isNew: { $0.roster.unit(id: "qj-test") != nil }),
    Operation(
      name: "create a plan with a new unit (two files)",
      run: {
        let plan = Plan(
          id: "fault-plan", title: "测试方案", region: "黔江区",
          tasks: [PlanTask(id: "1", title: "测试任务", lead: ["qj-new"])])
        try $0.create(
          plan: plan, addingUnits: [Unit(id: "qj-new", name: "区新设局", region: "黔江区")],
          by: "office", time: time)
      },
      isNew: { $0.plan(id: "fault-plan") != nil && $0.roster.unit(id: "qj-new") != nil }),
  ]

  /// A copy of the shipped boards with one logged change already made, so the log exists.
  static func board() throws -> (TemporaryDirectory, BoardDirectory) {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try directory.apply(
      Change(planID: "luzhou-patent-2024", .setStatus(task: "4", .doing)), by: "lz-kjj",
      today: today, time: time)
    return (boards, directory)
  }

  @Test(arguments: operations.indices)
  func everyFailedCallLeavesTheOldStateOrTheNewOneAndSaysWhich(_ index: Int) throws {
    let operation = Self.operations[index]
    // How many calls the save makes when nothing fails.
    let (countingBoards, counting) = try Self.board()
    let counter = FaultInjector()
    try FaultInjector.$current.withValue(counter) { try operation.run(counting) }
    withExtendedLifetime(countingBoards) {}
    let calls = counter.calls
    #expect(calls.contains("rename") && calls.contains("directory fsync"))

    var runs = 0
    var old = 0
    var new = 0
    var warned = 0
    for failing in 1...calls.count {
      for code in [EIO, ENOSPC] {
        for persistent in [false, true] {
          let (boards, plain) = try Self.board()
          var directory = plain
          let warnings = Mutex<[String]>([])
          directory.onWarning = { warning in warnings.withLock { $0.append("\(warning)") } }
          let before = boards.snapshot()
          let entriesBefore = try plain.logEntries()
          let injector = FaultInjector(failing: failing, code: code, persistent: persistent)
          let saved: Bool
          do {
            try FaultInjector.$current.withValue(injector) { try operation.run(directory) }
            saved = true
          } catch {
            saved = false
          }
          runs += 1
          let label =
            "\(operation.name): call \(failing) (\(calls[failing - 1])) failing with "
            + "\(code == EIO ? "EIO" : "ENOSPC")\(persistent ? " from then on" : " once")"
          // The next writer's first step, with the disk working again.
          try plain.recover()
          let names = try FileManager.default.contentsOfDirectory(atPath: boards.path)
          #expect(!names.contains { $0.contains(".tmp-") }, "\(label): \(names)")
          let problems = try plain.check()
          #expect(problems.isEmpty, "\(label): \(problems)")
          let board = try plain.load()
          let entries = try plain.logEntries()
          if saved {
            new += 1
            #expect(operation.isNew(board), "\(label): returned, but the change is not there")
            #expect(
              entries.count > entriesBefore.count
                && Array(entries.prefix(entriesBefore.count)) == entriesBefore,
              "\(label): returned, but the log lacks the change")
            if !warnings.withLock({ $0 }).isEmpty {
              warned += 1
              #expect(
                warnings.withLock { $0 }.allSatisfy { $0.contains("the change is saved") },
                "\(label)")
            }
          } else {
            old += 1
            #expect(!operation.isNew(board), "\(label): failed, but the change is there")
            #expect(entries == entriesBefore, "\(label): failed, but the log changed")
            var after = boards.snapshot()
            after["log.rec"] = nil
            var expected = before
            expected["log.rec"] = nil
            #expect(after == expected, "\(label): failed, but a file changed")
          }
        }
      }
    }
    print(
      "fault injection: \(operation.name): \(calls.count) system calls, \(runs) runs "
        + "(each call failed with EIO and ENOSPC, once and from then on): \(old) left the "
        + "old state and said so, \(new) the new one and said so (\(warned) with a warning "
        + "that the change is saved); the board checked clean after every one")
  }

  @Test func aSyncFailureAfterTheRenameIsAWarningThatTheChangeIsSaved() throws {
    let (boards, plain) = try Self.board()
    defer { withExtendedLifetime(boards) {} }
    var directory = plain
    let warnings = Mutex<[String]>([])
    directory.onWarning = { warning in warnings.withLock { $0.append("\(warning)") } }
    let counter = FaultInjector()
    let (countingBoards, counting) = try Self.board()
    try FaultInjector.$current.withValue(counter) {
      try Self.operations[0].run(counting)
    }
    withExtendedLifetime(countingBoards) {}
    let last = try #require(counter.calls.lastIndex(of: "directory fsync"))
    try FaultInjector.$current.withValue(FaultInjector(failing: last + 1, code: EIO)) {
      try Self.operations[0].run(directory)
    }
    #expect(Self.operations[0].isNew(try plain.load()))
    #expect(try plain.logEntries().count == 2)
    #expect(warnings.withLock { $0 }.count == 1)
    #expect(warnings.withLock { $0 }.first?.contains("cannot fsync") == true)
    #expect(warnings.withLock { $0 }.first?.contains("the change is saved") == true)
  }
}
