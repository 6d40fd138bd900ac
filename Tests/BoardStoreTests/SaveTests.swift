import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

@Suite struct SaveTests {
  let today = Day("2026-11-24")!
  let time = "2026-11-24T09:00:00+08:00"

  /// Lines that differ between two texts, as (old, new) pairs of removed and added lines.
  func changedLines(_ old: String, _ new: String) -> (removed: [String], added: [String]) {
    let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let newLines = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let diff = newLines.difference(from: oldLines)
    var removed: [String] = []
    var added: [String] = []
    for change in diff {
      switch change {
      case .remove(_, let line, _): removed.append(line)
      case .insert(_, let line, _): added.append(line)
      }
    }
    return (removed, added)
  }

  @Test func settingAStatusChangesOnlyThatLine() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let before = boards.read("qianjiang-patent-2022.rec")
    try directory.apply(
      Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.3", .doing)), by: "qj-kjj",
      today: today, time: time)
    let lines = changedLines(before, boards.read("qianjiang-patent-2022.rec"))
    #expect(lines.removed == ["Status: todo"])
    #expect(lines.added == ["Status: doing"])
    let plan = try #require(try directory.load().plan(id: "qianjiang-patent-2022"))
    #expect(plan.task(id: "1.3")?.status == .doing)
    #expect(plan.tasks.filter { $0.status == .doing }.count == 1)
  }

  @Test func aNoteIsAppendedToItsTaskOnly() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.read("dazu-patent-2025.rec")
    try BoardDirectory(path: boards.path).apply(
      Change(planID: "dazu-patent-2025", .addNote(task: "3", text: "已完成年度研发投入统计")),
      by: "dz-kjj", today: today, time: time)
    let lines = changedLines(before, boards.read("dazu-patent-2025.rec"))
    #expect(lines.removed.isEmpty)
    #expect(lines.added == ["Note: 2026-11-24 dz-kjj 已完成年度研发投入统计"])
  }

  @Test func commentsAndHandFormattingOutsideTheChangedTaskAreKept() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var text = boards.read("luzhou-patent-2024.rec")
    text =
      "# 泸州市方案，由办公室维护\n"
      + text.replacingOccurrences(
        of: "Id: 2\n", with: "# 第二项任务\nId: 2\n")
    boards.write("luzhou-patent-2024.rec", text)
    try BoardDirectory(path: boards.path).apply(
      Change(planID: "luzhou-patent-2024", .setStatus(task: "5", .blocked)), by: "office",
      today: today, time: time)
    let after = boards.read("luzhou-patent-2024.rec")
    #expect(after.hasPrefix("# 泸州市方案，由办公室维护\n"))
    #expect(after.contains("# 第二项任务\nId: 2\n"))
    #expect(changedLines(text, after).added == ["Status: blocked"])
  }

  @Test func everyChangedFieldIsLogged() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try directory.apply(
      Change(planID: "xiangzhou-patent-2023", .assign(task: "S20", lead: [], coop: [])),
      by: "office", today: today, time: time)
    // Xiangzhou has no units of its own in the roster: assigning one is refused.
    #expect(throws: StoreError.self) {
      try directory.apply(
        Change(planID: "xiangzhou-patent-2023", .assign(task: "S20", lead: ["qj-kjj"], coop: nil)),
        by: "office", today: today, time: time)
    }
    try directory.apply(
      Change(planID: "qianjiang-patent-2022", .assign(task: "3.1", lead: nil, coop: ["qj-kjj"])),
      by: "office", today: today, time: time)
    let entries = try directory.logEntries()
    #expect(
      entries == [
        AuditLog.Entry(
          time: time, unit: "office", plan: "qianjiang-patent-2022", task: "3.1", field: "coop",
          old: "", new: "qj-kjj")
      ])
  }

  @Test func removingATaskKeepsItsLastStateInTheLog() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try directory.apply(
      Change(planID: "qianjiang-patent-2022", .removeTask(task: "4.2")), by: "office",
      today: today, time: time)
    let plan = try #require(try directory.load().plan(id: "qianjiang-patent-2022"))
    #expect(plan.task(id: "4.2") == nil)
    #expect(plan.tasks.count == 12)
    let entry = try #require(try directory.logEntries().last)
    #expect(entry.field == "task")
    #expect(entry.old.hasPrefix("Id: 4.2\nSection: （四）支持知识产权海外布局\nTitle: 加强海外风险防控"))
    #expect(entry.new == "")
    // The file is still canonical: reading and writing it gives the same bytes.
    let bytes = Repository.bytes(boards.file("qianjiang-patent-2022.rec"))
    let roster = try directory.loadRoster().0
    #expect(PlanFile.encode(plan, roster: roster) == bytes)
  }

  @Test func addingATaskPutsItAfterTheLastTask() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let task = PlanTask(
      id: "S4", section: "四、保障措施", title: "强化督查考核", lead: ["qj-scjgj"],
      due: Day("2024-12-31"))
    try directory.apply(
      Change(planID: "qianjiang-patent-2022", .addTask(task)), by: "office", today: today,
      time: time)
    let plan = try #require(try directory.load().plan(id: "qianjiang-patent-2022"))
    #expect(plan.tasks.last == task)
    let roster = try directory.loadRoster().0
    #expect(
      PlanFile.encode(plan, roster: roster)
        == Repository.bytes(boards.file("qianjiang-patent-2022.rec")))
  }

  @Test func aRefusedChangeLeavesTheFileAlone() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.read("qianjiang-patent-2022.rec")
    #expect(throws: StoreError.self) {
      try BoardDirectory(path: boards.path).apply(
        Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.1", .done)), by: "qj-kjj",
        today: today, time: time)
    }
    #expect(boards.read("qianjiang-patent-2022.rec") == before)
    #expect(!FileManager.default.fileExists(atPath: boards.file("log.rec")))
  }

  @Test func aTemporaryFileLeftByACrashIsNotData() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    boards.write(".qianjiang-patent-2022.rec.tmp-99999", "Id: half-written\n")
    let board = try BoardDirectory(path: boards.path).load()
    #expect(board.plans.count == 5)
  }

  @Test func aLockHeldTooLongIsReportedNotWaitedOnForever() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let holder = open(boards.file(".lock"), O_RDWR | O_CREAT, 0o644)
    defer { close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    let directory = BoardDirectory(path: boards.path, lockTimeout: 0.3)
    #expect {
      try directory.apply(
        Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.3", .doing)), by: "office",
        today: today, time: time)
    } throws: { error in
      guard case StoreError.lockTimeout = error else { return false }
      return "\(error)".contains("locked")
    }
  }
}
