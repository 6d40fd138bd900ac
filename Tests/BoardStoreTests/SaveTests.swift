import BoardCore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardStore

extension AuditLog.Entry {
  /// The entry without its save id, which names a process and so differs from run to run.
  var withoutSave: AuditLog.Entry {
    var entry = self
    entry.save = ""
    return entry
  }
}

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
    #expect(entries.allSatisfy { !$0.save.isEmpty })
    #expect(
      entries.map(\.withoutSave) == [
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

  /// An indicator's actual value changes only its `Actual` lines: a comment and a unit written
  /// by hand in the record stay as they were.
  @Test func anActualValueChangesOnlyItsLine() throws {
    let boards = TemporaryDirectory("save")
    SampleBoard.write(to: boards)
    let name = SampleBoard.plan + ".rec"
    let original = boards.read(name).replacingOccurrences(
      of: "Id: 2\nName: 知识产权质押融资额\n", with: "Id: 2\n# 以区金融办数据为准\nName: 知识产权质押融资额\n")
    boards.write(name, original)
    let directory = BoardDirectory(path: boards.path)
    let changes = try directory.apply(
      Change(planID: SampleBoard.plan, .setActual(indicator: "2", year: 2025, value: "5.5")),
      by: "t-scjgj", today: today, time: time)
    #expect(changes.map(\.field) == ["actual-2025"])
    let lines = changedLines(original, boards.read(name))
    #expect(lines.removed == ["Actual: 2025 4.2"])
    #expect(lines.added == ["Actual: 2025 5.5"])
    try directory.apply(
      Change(planID: SampleBoard.plan, .setActual(indicator: "3", year: 2025, value: "4")),
      by: "office", today: today, time: time)
    #expect(
      boards.read(name).contains(
        "Target: 2025 4\nTarget: 2026 5\nActual: 2025 4\nUnit: 区市场监管局\n"))
    #expect(try directory.check().isEmpty)
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
    let before = boards.read("qianjiang-patent-2022.rec")
    let holder = open(boards.file(".lock"), O_RDWR | O_CREAT, 0o644)
    defer { close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    // What a writer holding the lock leaves in it: its process id and unit.
    _ = "4242 qj-kjj\n".withCString { pwrite(holder, $0, strlen($0), 0) }
    let directory = BoardDirectory(path: boards.path, lockTimeout: 0.3)
    let started = Date()
    #expect {
      try directory.apply(
        Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.3", .doing)), by: "office",
        today: today, time: time)
    } throws: { error in
      guard case StoreError.lockTimeout = error else { return false }
      return "\(error)".contains("locked by process \(getpid()) for more than 0 s")
        && "\(error)".contains("nothing was changed")
    }
    #expect(Date().timeIntervalSince(started) >= 0.3)
    #expect(boards.read("qianjiang-patent-2022.rec") == before)
  }

  @Test func aWriterWaitsForALockThatIsReleasedInTime() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let holder = open(boards.file(".lock"), O_RDWR | O_CREAT, 0o644)
    #expect(flock(holder, LOCK_EX) == 0)
    let started = Date()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { close(holder) }
    try BoardDirectory(path: boards.path, lockTimeout: 20).apply(
      Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.3", .doing)), by: "qj-kjj",
      today: today, time: time)
    #expect(Date().timeIntervalSince(started) >= 0.45)
    #expect(boards.read("qianjiang-patent-2022.rec").contains("Status: doing"))
  }

  @Test func theLockFileIsNeverReplacedButThePlanFileIs() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    func inode(_ name: String) -> UInt64? {
      var info = stat()
      return stat(boards.file(name), &info) == 0 ? UInt64(info.st_ino) : nil
    }
    try directory.apply(
      Change(planID: "dazu-patent-2025", .setStatus(task: "3", .doing)), by: "dz-kjj",
      today: today, time: time)
    let lock = try #require(inode(".lock"))
    let plan = try #require(inode("dazu-patent-2025.rec"))
    try directory.apply(
      Change(planID: "dazu-patent-2025", .setStatus(task: "3", .blocked)), by: "dz-kjj",
      today: today, time: time)
    #expect(inode(".lock") == lock)
    #expect(inode("dazu-patent-2025.rec") != plan)
  }

  @Test func temporaryFilesLeftByKilledWritersAreRemovedByTheNextSave() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    boards.write(".qianjiang-patent-2022.rec.tmp-99999", "Id: half-written\n")
    boards.write(".dazu-patent-2025.rec.tmp-12", "%rec: Plan\n\nId: dazu")
    boards.write(".gitignore", "*.tmp\n")
    let directory = BoardDirectory(path: boards.path)
    // Readers never take them for data.
    #expect(try directory.load().plans.count == 5)
    #expect(try directory.check().isEmpty)
    try directory.apply(
      Change(planID: "luzhou-patent-2024", .addNote(task: "4", text: "已召开推进会")), by: "lz-kjj",
      today: today, time: time)
    let names = try FileManager.default.contentsOfDirectory(atPath: boards.path)
    #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
    #expect(names.contains(".gitignore"))
    #expect(names.contains(".lock"))
  }

  @Test func aRefusedChangeStillClearsWhatAKilledWriterLeft() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.read("qianjiang-patent-2022.rec")
    boards.write(".qianjiang-patent-2022.rec.tmp-99999-0", "Id: half-written\n")
    #expect(throws: StoreError.self) {
      try BoardDirectory(path: boards.path).apply(
        Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.1", .done)), by: "qj-kjj",
        today: today, time: time)
    }
    #expect(
      !FileManager.default.fileExists(atPath: boards.file(".qianjiang-patent-2022.rec.tmp-99999-0"))
    )
    #expect(boards.read("qianjiang-patent-2022.rec") == before)
    #expect(try BoardDirectory(path: boards.path).logEntries().isEmpty)
  }

  @Test func aSaveLoggedButNotRenamedIsFinishedByTheNextWriter() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    // What a writer killed between its log append and its rename leaves: the new file
    // beside the old one, and log records that end with its save.
    let roster = try directory.loadRoster().0
    var plan = try #require(try directory.load().plan(id: "dazu-patent-2025"))
    plan.tasks[0].status = .doing
    let bytes = PlanFile.encode(plan, roster: roster)
    let save =
      "4242-0-0123456789abcdef-" + LoggedSave.digest([("dazu-patent-2025.rec", bytes)], records: 1)
    boards.write(".dazu-patent-2025.rec.tmp-\(save)", bytes: bytes)
    boards.write(
      "log.rec",
      "%rec: Change\n%type: Time date\n%mandatory: Time Unit Plan Task Field\n"
        + "%allowed: Time Unit Plan Task Field Old New Save\n\n"
        + "Time: \(time)\nUnit: dz-jjxxw\nPlan: dazu-patent-2025\nTask: 1\nField: status\n"
        + "Old: todo\nNew: doing\nSave: \(save)\n\n")
    try directory.recover()
    #expect(try directory.load().plan(id: "dazu-patent-2025")?.tasks[0].status == .doing)
    #expect(try directory.logEntries().count == 1)
    #expect(
      try !FileManager.default.contentsOfDirectory(atPath: boards.path).contains {
        $0.contains(".tmp-")
      })
  }

  @Test func aSaveHalfLoggedIsUndoneWithItsRecords() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try directory.apply(
      Change(planID: "luzhou-patent-2024", .setStatus(task: "4", .doing)), by: "lz-kjj",
      today: today, time: time)
    let log = Repository.bytes(boards.file("log.rec"))
    // A second writer was killed while appending its records: they are torn.
    let save = "4343-\(log.count)-0123456789abcdef-" + String(repeating: "0", count: 32)
    boards.write(".luzhou-patent-2024.rec.tmp-\(save)", "Id: luzhou\n")
    boards.write("log.rec", bytes: log + Array("Time: \(time)\nUnit: lz-kjj\nPla".utf8))
    try directory.recover()
    #expect(Repository.bytes(boards.file("log.rec")) == log)
    #expect(try directory.load().plan(id: "luzhou-patent-2024")?.task(id: "4")?.status == .doing)
    #expect(
      try !FileManager.default.contentsOfDirectory(atPath: boards.path).contains {
        $0.contains(".tmp-")
      })
  }

  @Test func aLogThatCannotBeWrittenRefusesTheChangeBeforeTheFileChanges() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    // A directory where the log should be: opening it for appending fails, even for root.
    try FileManager.default.createDirectory(
      atPath: boards.file("log.rec"), withIntermediateDirectories: false)
    let before = boards.read("qianjiang-patent-2022.rec")
    #expect {
      try BoardDirectory(path: boards.path).apply(
        Change(planID: "qianjiang-patent-2022", .setStatus(task: "1.3", .doing)), by: "qj-kjj",
        today: today, time: time)
    } throws: { error in
      "\(error)".contains("log.rec: cannot open")
    }
    #expect(boards.read("qianjiang-patent-2022.rec") == before)
  }

  @Test func theLogOnlyGrowsOneRecordPerChangedField() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try directory.apply(
      Change(planID: "luzhou-patent-2024", .setStatus(task: "4", .doing)), by: "lz-kjj",
      today: today, time: time)
    let first = Repository.bytes(boards.file("log.rec"))
    let later = "2026-11-24T09:05:00+08:00"
    try directory.apply(
      Change(
        planID: "luzhou-patent-2024", .assign(task: "S1", lead: ["lz-scjgj"], coop: ["lz-kjj"])),
      by: "office", today: today, time: later)
    // Setting the status a task already has changes nothing and logs nothing.
    try directory.apply(
      Change(planID: "luzhou-patent-2024", .setStatus(task: "4", .doing)), by: "lz-kjj",
      today: today, time: later)
    let second = Repository.bytes(boards.file("log.rec"))
    #expect(Array(second.prefix(first.count)) == first)
    let entries = try directory.logEntries()
    // The two fields of one assignment share their save; each change has its own.
    #expect(entries[1].save == entries[2].save)
    #expect(entries[0].save != entries[1].save)
    #expect(
      entries.map(\.withoutSave) == [
        AuditLog.Entry(
          time: time, unit: "lz-kjj", plan: "luzhou-patent-2024", task: "4", field: "status",
          old: "todo", new: "doing"),
        AuditLog.Entry(
          time: later, unit: "office", plan: "luzhou-patent-2024", task: "S1", field: "lead",
          old: "", new: "lz-scjgj"),
        AuditLog.Entry(
          time: later, unit: "office", plan: "luzhou-patent-2024", task: "S1", field: "coop",
          old: "", new: "lz-kjj"),
      ])
  }
}
