import BoardTestSupport
import Foundation
import Testing

/// The real `board` binary on copies of the shipped boards.
@Suite struct CommandLineTests {
  let today = "2026-11-24"

  func board(_ arguments: [String], in boards: String = Repository.boards) -> ProcessResult {
    Programs.board(["--boards", boards, "--today", today] + arguments)
  }

  func tsvRows(_ output: String) -> [[String]] {
    output.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  @Test func listsExactlyTheOverdueTasks() {
    let result = board(["list", "--overdue", "--format", "tsv"])
    #expect(result.status == 0)
    let rows = tsvRows(result.stdout)
    #expect(rows.count == 51)
    #expect(rows.allSatisfy { $0[9] == "true" && $0[7] != "done" })
    #expect(
      Set(rows.map { $0[0] }) == [
        "qianjiang-patent-2022", "luzhou-patent-2024", "xiangzhou-patent-2023",
      ])
    #expect(
      result.stdout.hasPrefix(
        "plan\tid\tsection\ttitle\tlead\tcoop\tdue\tstatus\tlight\toverdue\tdueSoon\tunassigned\t"
          + "awaitingSignoff\textensionRequested\treportMissing\tchaseLevel\t"
          + "leadIds\tcoopIds\ttext\tnotes\tevents\tflags\n"))
  }

  @Test func listsExactlyTheUnassignedTasks() {
    let rows = tsvRows(board(["list", "--unassigned", "--format", "tsv"]).stdout)
    #expect(rows.count == 51)
    #expect(rows.allSatisfy { $0[4].isEmpty })
    #expect(
      rows.filter { $0[0] == "luzhou-patent-2024" }.map { $0[1] } == ["S1", "S2", "S3", "S4"])
  }

  @Test func listsTheTasksOfOnePlanAndOfOneUnit() {
    let plan = tsvRows(
      board(["list", "--plan", "qianjiang-patent-2022", "--format", "tsv"]).stdout)
    #expect(
      plan.map { $0[1] } == [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "S1", "S2", "S3",
      ])
    let unit = tsvRows(board(["list", "--unit", "qj-kjj", "--format", "tsv"]).stdout)
    #expect(unit.map { $0[1] } == ["1.1", "1.2", "1.3", "2.2", "2.3"])
    // By name within the plan's jurisdiction.
    let byName = tsvRows(
      board(["list", "--plan", "dazu-patent-2025", "--unit", "区科技局", "--format", "tsv"]).stdout)
    #expect(byName.map { $0[1] } == ["1", "2", "3", "4", "5", "7", "8", "9", "10"])
  }

  @Test func aNameSharedByTwoJurisdictionsMustBeAnId() {
    let result = board(["list", "--unit", "区市场监管局"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("qj-scjgj (黔江区)"))
    #expect(result.stderr.contains("dz-scjgj (大足区)"))
  }

  @Test func dueSoonFollowsToday() {
    let rows = tsvRows(
      Programs.board([
        "--boards", Repository.boards, "--today", "2026-12-10", "list", "--due-soon", "--format",
        "tsv",
      ]).stdout)
    #expect(rows.count == 22)
    #expect(rows.allSatisfy { $0[0] == "ip-pilot-city-2026" && $0[10] == "true" })
  }

  @Test func jsonHasTheDocumentedFields() throws {
    let result = board(["list", "--plan", "luzhou-patent-2024", "--format", "json"])
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(objects.count == 17)
    let first = objects[0]
    #expect(first["plan"] as? String == "luzhou-patent-2024")
    #expect(first["id"] as? String == "1")
    #expect(first["lead"] as? [String] == ["市市场监管局", "市经济和信息化局"])
    #expect((first["coop"] as? [String])?.count == 5)
    #expect(first["due"] as? String == "2024-12-31")
    #expect(first["status"] as? String == "todo")
    #expect(first["overdue"] as? Bool == true)
    #expect(first["dueSoon"] as? Bool == false)
    #expect(first["unassigned"] as? Bool == false)
    #expect(first["light"] as? String == "red")
    #expect((first["text"] as? String)?.hasPrefix("支持高校和科研院所") == true)
    #expect(first["section"] as? String == "(一)提升专利质量,夯实专利转化运用基础")
  }

  @Test func unitsShowTheirJurisdiction() throws {
    let result = board(["units", "--format", "json"])
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let markets = objects.filter { $0["name"] as? String == "区市场监管局" }
    #expect(Set(markets.compactMap { $0["region"] as? String }) == ["黔江区", "大足区"])
    #expect(objects.allSatisfy { $0["id"] is String && $0["role"] is String })
    let table = board(["units"]).stdout
    #expect(table.contains("qj-scjgj"))
    #expect(table.split(separator: "\n").contains { $0.contains("dz-scjgj") && $0.contains("大足区") })
  }

  @Test func tableColumnsLineUpWithChineseText() {
    let lines = board(["plans"]).stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 6)
    // The display column where each line's last column (the light) starts is the same on
    // every line, though the lines mix Chinese, ASCII and full-width punctuation.
    let starts = lines.map { columns($0.dropLast()) }
    #expect(Set(starts).count == 1, "\(lines)")
  }

  /// Terminal columns, counting CJK and full-width characters as two.
  func columns(_ text: Substring) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      let wide =
        (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
      return width + (wide ? 2 : 1)
    }
  }

  @Test func checkPassesOnTheShippedBoards() {
    let result = board(["check"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("：5 个方案，89 项任务，57 个单位：没有问题"))
    #expect(board(["check", "--lang", "en"]).stdout.contains(": 5 plans, 89 tasks, 57 units"))
  }

  @Test func checkListsEachProblemWithFileAndLine() {
    let boards = TemporaryDirectory.copyOfBoards()
    var text = boards.read("qianjiang-patent-2022.rec")
    text = text.replacingOccurrences(
      of: "Status: todo\nText: 围绕卷烟", with: "Status: finished\nText: 围绕卷烟")
    text = text.replacingOccurrences(of: "Lead: 区教委", with: "Lead: 区教育局")
    boards.write("qianjiang-patent-2022.rec", text)
    let file = boards.path + "/qianjiang-patent-2022.rec"
    let result = board(["check"], in: boards.path)
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(file):32: 未知状态“finished”；应为 todo、doing、blocked 或 done"))
    #expect(result.stdout.hasSuffix("发现 1 个问题\n"))
    let english = board(["check", "--lang", "en"], in: boards.path)
    #expect(english.status == 1)
    #expect(
      english.stdout.contains(
        "\(file):32: unknown status \"finished\"; expected todo, doing, blocked or done"))
    #expect(english.stdout.hasSuffix("1 problem found\n"))
    // Other commands refuse a broken board with the same messages.
    let list = board(["list"], in: boards.path)
    #expect(list.status == 2)
    #expect(list.stderr.contains("\(file):32: 未知状态"))
    #expect(
      board(["list", "--lang", "en"], in: boards.path).stderr.contains("\(file):32: unknown status")
    )
  }

  @Test func setChangesExactlyOneTaskOnDisk() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.read("luzhou-patent-2024.rec")
    let result = board(
      ["set", "luzhou-patent-2024", "4", "--status", "doing", "--unit", "lz-kjj", "--lang", "en"],
      in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("4 status: todo → doing"))
    let diff = Programs.run(
      "/usr/bin/diff",
      [
        before.isEmpty ? "" : Repository.boards + "/luzhou-patent-2024.rec",
        boards.file("luzhou-patent-2024.rec"),
      ])
    #expect(
      diff.stdout.split(separator: "\n").filter { $0.hasPrefix("<") || $0.hasPrefix(">") } == [
        "< Status: todo", "> Status: doing",
      ])
  }

  @Test func assignAndNoteAsTheOffice() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let assign = board(
      [
        "assign", "luzhou-patent-2024", "S1", "--lead", "市市场监管局", "--coop", "lz-kjj,市财政局", "--unit",
        "office",
      ],
      in: boards.path)
    #expect(assign.status == 0, "\(assign.stderr)")
    let note = board(
      ["note", "luzhou-patent-2024", "S1", "请各单位月底前报送进展", "--unit", "office"], in: boards.path)
    #expect(note.status == 0, "\(note.stderr)")
    let diff = Programs.run(
      "/usr/bin/diff",
      [Repository.boards + "/luzhou-patent-2024.rec", boards.file("luzhou-patent-2024.rec")])
    #expect(
      diff.stdout.split(separator: "\n").filter { $0.hasPrefix("<") || $0.hasPrefix(">") } == [
        "> Lead: 市市场监管局", "> Coop: 市科技局", "> Coop: 市财政局",
        "> Note: 2026-11-24 office 请各单位月底前报送进展",
      ])
    let shown = board(["show", "luzhou-patent-2024", "S1"], in: boards.path).stdout
    #expect(shown.contains("牵头单位：市市场监管局"))
    #expect(shown.contains("2026-11-24 联席会议办公室（office）：请各单位月底前报送进展"))
    let log = board(["log", "--format", "tsv"], in: boards.path).stdout
    #expect(log.split(separator: "\n").count == 4)
  }

  @Test func recfixAcceptsFilesAfterSetAssignAndNote() throws {
    let recfix = try #require(
      Programs.which("recfix"), "recfix is missing: apt-get install recutils")
    let boards = TemporaryDirectory.copyOfBoards()
    _ = board(
      ["set", "dazu-patent-2025", "1", "--status", "blocked", "--unit", "office"], in: boards.path)
    _ = board(
      ["assign", "dazu-patent-2025", "S2", "--lead", "区市场监管局", "--unit", "office"], in: boards.path)
    _ = board(["note", "dazu-patent-2025", "1", "第一行", "--unit", "dz-jjxxw"], in: boards.path)
    for name in try FileManager.default.contentsOfDirectory(atPath: boards.path)
    where name.hasSuffix(".rec") {
      let result = Programs.run(recfix, ["--check", boards.file(name)])
      #expect(result.status == 0, "\(name): \(result.stderr)")
    }
    #expect(board(["check"], in: boards.path).status == 0)
  }

  @Test func recfixAcceptsEveryShippedFile() throws {
    let recfix = try #require(
      Programs.which("recfix"), "recfix is missing: apt-get install recutils")
    for name in try FileManager.default.contentsOfDirectory(atPath: Repository.boards)
    where name.hasSuffix(".rec") {
      let result = Programs.run(recfix, ["--check", Repository.boards + "/" + name])
      #expect(result.status == 0, "\(name): \(result.stderr)")
    }
  }

  @Test func recselFindsTheSameOverdueTasks() throws {
    let recsel = try #require(
      Programs.which("recsel"), "recsel is missing: apt-get install recutils")
    var fromRecsel: Set<String> = []
    for plan in Repository.seedPlans {
      let result = Programs.run(
        recsel,
        [
          "-t", "Task", "-e", "Due << '\(today)' && Status != 'done'", "-P", "Id",
          Repository.boards + "/\(plan).rec",
        ])
      for id in result.stdout.split(separator: "\n") where !id.isEmpty {
        fromRecsel.insert("\(plan) \(id)")
      }
    }
    let fromBoard = Set(
      tsvRows(board(["list", "--overdue", "--format", "tsv"]).stdout).map { "\($0[0]) \($0[1])" })
    #expect(fromRecsel.count == 51)
    #expect(fromRecsel == fromBoard)
  }

  @Test(arguments: [
    (["list", "--bogus"], "unknown option --bogus for 'board list'"),
    (["list", "--format"], "--format needs a value"),
    (["list", "--format", "xml"], "--format expects table, tsv or json"),
    (["frobnicate"], "unknown command 'frobnicate'"),
    (["set", "luzhou-patent-2024"], "missing TASK"),
    (["show", "luzhou-patent-2024", "99"], "no task 99 in plan luzhou-patent-2024"),
    (["show", "nowhere", "1"], "no plan \"nowhere\""),
    (
      ["set", "luzhou-patent-2024", "1", "--status", "finished"],
      "--status expects todo, doing, blocked or done"
    ),
    (["list", "--unit", "nobody"], "no unit \"nobody\" in the roster"),
    (["--unit", "a", "--unit", "b", "plans"], "--unit given twice"),
  ])
  func usageErrorsSayWhatIsWrongAndExitTwo(_ arguments: [String], _ message: String) {
    let result = board(["--lang", "en"] + arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func aBadTodayIsAUsageError() {
    let result = Programs.board(["--today", "2026-02-30", "plans", "--lang", "en"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--today expects a date YYYY-MM-DD, found \"2026-02-30\""))
  }

  @Test func globalOptionsGoBeforeOrAfterTheCommand() {
    let before = Programs.board([
      "--boards", Repository.boards, "--today", today, "plans", "--format", "tsv",
    ])
    let after = Programs.board([
      "plans", "--format", "tsv", "--today", today, "--boards", Repository.boards,
    ])
    #expect(before.status == 0)
    #expect(before.stdout == after.stdout)
    let fromEnvironment = Programs.board(
      ["plans", "--format", "tsv", "--today", today], environment: ["BOARD_DIR": Repository.boards])
    #expect(fromEnvironment.stdout == before.stdout)
  }

  @Test func helpListsEveryCommand() {
    let help = Programs.board(["--help"]).stdout
    for command in [
      "plans", "list", "show", "units", "check", "set", "assign", "note", "log", "report",
    ] {
      #expect(help.contains("  \(command) "))
    }
    #expect(Programs.board(["list", "--help"]).stdout.contains("--overdue"))
  }

  @Test func reportCountsEachUnitsTasksAndLatestNote() {
    let boards = TemporaryDirectory.copyOfBoards()
    _ = board(
      ["set", "qianjiang-patent-2022", "1.3", "--status", "doing", "--unit", "qj-kjj"],
      in: boards.path)
    _ = board(
      ["note", "qianjiang-patent-2022", "1.3", "已完成研发机构摸底", "--unit", "qj-kjj"], in: boards.path)
    let rows = tsvRows(
      board(["report", "--plan", "qianjiang-patent-2022", "--format", "tsv"], in: boards.path)
        .stdout)
    let units = rows.filter { $0[0] == "units" }
    let science = units.first { $0[2] == "qj-kjj" }
    // section region id name led done doing blocked todo overdue dueSoon longestOverdue lastNote
    // awaitingSignoff reportMissing (the task without its note since 10-25) chaseLevel
    #expect(
      science == [
        "units", "黔江区", "qj-kjj", "区科技局", "2", "0", "1", "0", "1", "2", "0", "693",
        "2026-11-24", "0", "1", "",
      ])
    #expect(units.allSatisfy { $0[1] == "黔江区" })
    #expect(!units.contains { $0[2] == "dz-scjgj" })
  }

  @Test func withoutAnIdentityChangesAreRefused() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["set", "luzhou-patent-2024", "4", "--status", "doing", "--lang", "en"], in: boards.path)
    #expect(result.status == 3)
    #expect(result.stderr.contains("refused: read-only"))
  }
}

/// A command that sets several fields makes one change: one save, one group of log records.
@Suite struct OneSavePerCommandTests {
  func board(_ arguments: [String], in boards: String) -> ProcessResult {
    Programs.board(["--boards", boards, "--today", "2026-11-24", "--unit", "office"] + arguments)
  }

  /// The `Save` of each record of the audit log, in order, with its field.
  func saves(_ boards: TemporaryDirectory) -> [(field: String, save: String)] {
    boards.read("log.rec").components(separatedBy: "\n\n").compactMap { record in
      let lines = record.split(separator: "\n")
      func value(_ name: String) -> String? {
        lines.first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
      }
      guard let field = value("Field"), let save = value("Save") else { return nil }
      return (field, save)
    }
  }

  @Test func setStatusAndDueIsOneSave() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["set", "luzhou-patent-2024", "4", "--status", "doing", "--due", "2026-12-31"],
      in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    let records = saves(boards)
    #expect(records.map(\.field) == ["due", "status"])
    #expect(Set(records.map(\.save)).count == 1)
    let plan = boards.read("luzhou-patent-2024.rec")
    #expect(plan.contains("Status: doing"))
    #expect(plan.contains("Due: 2026-12-31"))
  }

  @Test func taskEditOfTitleAndDueIsOneSave() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["task", "edit", "luzhou-patent-2024", "4", "--title", "新的名称", "--due", "长期"],
      in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    let records = saves(boards)
    #expect(records.map(\.field) == ["title", "due"])
    #expect(Set(records.map(\.save)).count == 1)
  }

  @Test func aRefusedPartLeavesTheWholeChangeUnmade() {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    // A lead unit may set its task's status but not its deadline: neither is saved.
    let result = Programs.board(
      [
        "--boards", boards.path, "--today", "2026-11-24", "--unit", "lz-kjj", "set",
        "luzhou-patent-2024", "4", "--status", "doing", "--due", "2026-12-31",
      ])
    #expect(result.status == 3)
    #expect(boards.snapshot() == before)
  }
}
