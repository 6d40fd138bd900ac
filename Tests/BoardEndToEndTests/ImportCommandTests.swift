import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// `board import` with the real binary on copies of the shipped boards.
@Suite struct ImportCommandTests {
  static let seeds = [
    ("000_be29924751dc76b6.txt", "qianjiang-patent-2022"),
    ("001_90380d417fb1d069.txt", "ip-pilot-city-2026"),
    ("002_011584d99d6dbcb1.txt", "luzhou-patent-2024"),
    ("003_a9e4510ddaa3071d.txt", "dazu-patent-2025"),
    ("004_11dfa6bc9d5fc85c.txt", "xiangzhou-patent-2023"),
  ]

  func board(_ arguments: [String], in boards: String) -> ProcessResult {
    Programs.board(["--boards", boards, "--today", "2026-11-24"] + arguments)
  }

  func seed(_ file: String) -> String { Repository.seeds + "/" + file }

  /// A board whose roster has only the office: every unit a document names is new.
  func emptyBoard() -> TemporaryDirectory {
    let boards = TemporaryDirectory("empty-board")
    let roster = Repository.read(Repository.boards + "/roster.rec")
    let end = roster.range(of: "\n\nId: qj-")?.lowerBound ?? roster.endIndex
    boards.write("roster.rec", String(roster[..<end]) + "\n")
    return boards
  }

  @Test(arguments: seeds)
  func importingASeedWritesTheShippedBoardFile(_ file: String, _ plan: String) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    try FileManager.default.removeItem(atPath: boards.file("\(plan).rec"))
    let result = board(["import", seed(file), "--unit", "office"], in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\(plan).rec"))
    #expect(
      Repository.bytes(boards.file("\(plan).rec"))
        == Repository.bytes(Repository.boards + "/\(plan).rec"))
    #expect(boards.read("roster.rec") == Repository.read(Repository.boards + "/roster.rec"))
    #expect(board(["check"], in: boards.path).status == 0)
  }

  @Test func importAddsTheNewUnitsToTheRosterAndLogsEverything() throws {
    let boards = emptyBoard()
    let result = board(
      ["import", seed("000_be29924751dc76b6.txt"), "--unit", "office"], in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("13"))
    let units = board(["units", "--format", "tsv"], in: boards.path).stdout
      .split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
    #expect(units.count == 16)
    // 区科技局 leads 1.2 and 1.3 (both past 2024-12-31) and cooperates on 1.1, 2.2 and 2.3.
    #expect(units.contains(["qj-kjj", "区科技局", "黔江区", "unit", "2", "0", "2", "0", "3"]))
    #expect(units.contains { $0[0] == "qj-rhqjzxzh" && $0[1] == "人行黔江中心支行" })
    let check = board(["check"], in: boards.path)
    #expect(check.status == 0, "\(check.stdout)")
    let log = board(["log", "--format", "tsv"], in: boards.path).stdout.split(separator: "\n")
    // One line for the plan, one per new unit, one per task.
    #expect(log.count == 1 + 1 + 15 + 13)
    #expect(log.contains { $0.contains("\troster\tqj-kjj\tunit\t\t区科技局 (unit, 黔江区)") })
    let recfix = try #require(
      Programs.which("recfix"), "recfix is missing: apt-get install recutils")
    for name in ["roster.rec", "log.rec", "qianjiang-patent-2022.rec"] {
      let fixed = Programs.run(recfix, ["--check", boards.file(name)])
      #expect(fixed.status == 0, "\(name): \(fixed.stderr)")
    }
  }

  @Test func theReportGoesToStderrInChineseOrEnglish() {
    let boards = TemporaryDirectory.copyOfBoards()
    let chinese = board(["import", seed("002_011584d99d6dbcb1.txt"), "--dry-run"], in: boards.path)
    #expect(chinese.status == 0)
    #expect(chinese.stderr.contains("责任单位 → 配合单位（13项）"))
    #expect(chinese.stderr.contains("4项：S1 S2 S3 S4（没有单位标签）"))
    let english = board(
      ["import", seed("002_011584d99d6dbcb1.txt"), "--dry-run", "--lang", "en"], in: boards.path)
    #expect(english.stderr.contains("责任单位 → cooperating units (13 tasks)"))
    #expect(
      english.stderr.contains("note: plan luzhou-patent-2024 exists; importing it needs --force"))
    #expect(!english.stdout.contains("cooperating"))
  }

  @Test func dryRunPrintsTheBoardFileAndWritesNothing() {
    let boards = emptyBoard()
    let before = boards.snapshot()
    let result = board(["import", seed("003_a9e4510ddaa3071d.txt"), "--dry-run"], in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == Repository.read(Repository.boards + "/dazu-patent-2025.rec"))
    #expect(boards.snapshot() == before)
  }

  @Test func anExistingPlanIsReplacedOnlyWithForce() {
    let boards = TemporaryDirectory.copyOfBoards()
    _ = board(
      ["set", "luzhou-patent-2024", "4", "--status", "doing", "--unit", "office"], in: boards.path)
    let before = boards.snapshot()
    let refused = board(
      ["import", seed("002_011584d99d6dbcb1.txt"), "--unit", "office", "--lang", "en"],
      in: boards.path)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("plan \"luzhou-patent-2024\" already exists"))
    #expect(boards.snapshot() == before)
    let forced = board(
      ["import", seed("002_011584d99d6dbcb1.txt"), "--force", "--unit", "office"], in: boards.path)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(
      boards.read("luzhou-patent-2024.rec")
        == Repository.read(Repository.boards + "/luzhou-patent-2024.rec"))
    // The replaced plan's text, with the status set by hand, is kept in the log.
    let log = boards.read("log.rec")
    #expect(log.contains("Field: plan\nOld: %rec: Plan"))
    #expect(log.contains("+ Status: doing"))
  }

  struct BadInput: Sendable, CustomStringConvertible {
    var name: String
    var bytes: [UInt8]
    var arguments: [String] = []
    var message: String
    var description: String { name }
  }

  static let badInputs = [
    BadInput(name: "empty", bytes: [], message: "the document is empty"),
    BadInput(name: "blank", bytes: Array(" \n\n \t\n".utf8), message: "the document is empty"),
    BadInput(
      name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00],
      message: "the document is not text (a NUL byte at byte 8)"),
    BadInput(
      name: "no tasks", bytes: Array("通知\n一、指导思想\n坚持创新驱动。\n二、工作目标\n到2025年，意识增强。\n".utf8),
      message: "no tasks found"),
    BadInput(
      name: "existing id",
      bytes: Array(Repository.read(Repository.importFixtures + "/one-line.txt").utf8),
      arguments: ["--id", "dazu-patent-2025"], message: "plan \"dazu-patent-2025\" already exists"),
    BadInput(
      name: "reserved id",
      bytes: Array(Repository.read(Repository.importFixtures + "/one-line.txt").utf8),
      arguments: ["--id", "roster"], message: "plan id \"roster\" must be"),
  ]

  @Test(arguments: badInputs)
  func badInputIsRefusedAndNothingIsWritten(_ input: BadInput) {
    let boards = TemporaryDirectory.copyOfBoards()
    let document = TemporaryDirectory("document")
    document.write("plan.txt", bytes: input.bytes)
    let before = boards.snapshot()
    let result = board(
      ["import", document.file("plan.txt"), "--unit", "office", "--lang", "en"] + input.arguments,
      in: boards.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains(input.message), "\(result.stderr)")
    #expect(boards.snapshot() == before)
  }

  @Test func aMissingFileIsAnError() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["import", "/nonexistent/plan.txt", "--unit", "office", "--lang", "en"], in: boards.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("/nonexistent/plan.txt: cannot open"))
  }

  @Test func onlyTheOfficeImports() {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    let unit = board(
      [
        "import", seed("000_be29924751dc76b6.txt"), "--id", "x", "--unit", "qj-scjgj", "--lang",
        "en",
      ],
      in: boards.path)
    #expect(unit.status == 3)
    #expect(unit.stderr.contains("refused: 区市场监管局 (qj-scjgj) may not manage plans and units"))
    let nobody = board(
      ["import", seed("000_be29924751dc76b6.txt"), "--id", "x", "--lang", "en"], in: boards.path)
    #expect(nobody.status == 3)
    #expect(nobody.stderr.contains("refused: read-only"))
    #expect(boards.snapshot() == before)
  }

  @Test func aDocumentInANewStyleBecomesASoundBoard() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["import", Repository.importFixtures + "/page-wrapped.txt", "--unit", "office"],
      in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: boards.file("jiangjin-ip-2024.rec")))
    #expect(board(["check"], in: boards.path).status == 0)
    let shown = board(["show", "jiangjin-ip-2024", "3"], in: boards.path).stdout
    #expect(shown.contains("牵头单位：区市场监管局"))
    #expect(shown.contains("2025-06-30"))
    let recfix = try #require(
      Programs.which("recfix"), "recfix is missing: apt-get install recutils")
    #expect(Programs.run(recfix, ["--check", boards.file("jiangjin-ip-2024.rec")]).status == 0)
    #expect(Programs.run(recfix, ["--check", boards.file("roster.rec")]).status == 0)
  }
}

extension ImportCommandTests {
  @Test func helpListsTheNewCommands() {
    let help = Programs.board(["--help"]).stdout
    for command in ["import", "plan add", "task add", "task edit", "task rm", "unit add"] {
      #expect(help.contains("  \(command) "), "\(command)")
    }
    #expect(Programs.board(["import", "--help"]).stdout.contains("--dry-run"))
    #expect(Programs.board(["task", "add", "--help"]).stdout.contains("--due YYYY-MM-DD|ongoing"))
  }
}

extension ImportCommandTests {
  /// --id names the plan; --region gives a document that names none its jurisdiction, and its
  /// units are then that jurisdiction's.
  @Test func idAndRegionGivenOnTheCommandLine() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      [
        "import", seed("001_90380d417fb1d069.txt"), "--id", "pilot-2026", "--region", "黔江区",
        "--unit", "office",
      ], in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    let text = boards.read("pilot-2026.rec")
    #expect(text.contains("Id: pilot-2026\nTitle: 关于全面创建国家知识产权强市建设试点城市工作方案\nRegion: 黔江区\n"))
    #expect(result.stderr.contains("辖区：黔江区（--region）"))
    let assign = board(
      ["assign", "pilot-2026", "S1", "--lead", "区市场监管局", "--unit", "office"], in: boards.path)
    #expect(assign.status == 0, "\(assign.stderr)")
    #expect(boards.read("pilot-2026.rec").contains("Lead: 区市场监管局"))
    #expect(board(["check"], in: boards.path).status == 0)
  }
}

extension ImportCommandTests {
  /// An import writes two files (the roster's new units, the plan) as one logged save: killed
  /// at any moment, once the next writer has recovered, the board has both or neither, and the
  /// log holds the import's records exactly when the plan is there.
  @Test func importsKilledAtRandomMomentsLeaveBothFilesOrNeither() throws {
    let document = seed("000_be29924751dc76b6.txt")
    let shipped = Repository.read(Repository.boards + "/qianjiang-patent-2022.rec")
    var durations: [Double] = []
    for _ in 0..<3 {
      let boards = emptyBoard()
      let begin = Date()
      #expect(board(["import", document, "--unit", "office"], in: boards.path).status == 0)
      durations.append(Date().timeIntervalSince(begin))
    }
    let typical = durations.sorted()[1]
    var killed = 0
    var done = 0
    var attempts = 0
    var leftovers = 0
    var killedAfterSave = 0
    while killed < 30 && attempts < 300 {
      attempts += 1
      let boards = emptyBoard()
      let roster = boards.read("roster.rec")
      let wasKilled = try CrashTests.runAndKill(
        ["--boards", boards.path, "--today", "2026-11-24", "import", document, "--unit", "office"],
        // The writes come at the end of a run: most kills go there.
        after: Double.random(in: (typical * 0.5)...(typical * 1.2)))
      if wasKilled { killed += 1 }
      let directory = BoardDirectory(path: boards.path)
      if try FileManager.default.contentsOfDirectory(atPath: boards.path).contains(where: {
        $0.contains(".tmp-")
      }) {
        leftovers += 1
      }
      try directory.recover()
      let names = try FileManager.default.contentsOfDirectory(atPath: boards.path)
      #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
      let entries = try directory.logEntries()
      if names.contains("qianjiang-patent-2022.rec") {
        done += 1
        if wasKilled { killedAfterSave += 1 }
        #expect(boards.read("qianjiang-patent-2022.rec") == shipped)
        #expect(try directory.loadRoster().0.units(in: "黔江区").count == 15)
        #expect(entries.count == 1 + 15 + 13)
      } else {
        #expect(
          boards.read("roster.rec") == roster, "attempt \(attempts): units without their plan")
        #expect(entries.isEmpty)
      }
      #expect(board(["check"], in: boards.path).status == 0)
    }
    #expect(killed >= 30)
    print(
      "import crash: \(killed) imports killed with SIGKILL in \(attempts) attempts; "
        + "\(leftovers) left temporary files; afterwards \(done) boards had the plan and all its "
        + "units (\(killedAfterSave) of them killed ones), the others neither")
  }
}
