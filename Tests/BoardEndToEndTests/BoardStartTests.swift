import BoardTestSupport
import Foundation
import Testing

/// A new office's board: `board init`, then its plans imported, then plans and units kept by
/// hand (`plan edit`, `unit edit`, `unit rm`, `unit merge`), each logged, the board checked
/// by `board check` and by recutils after each.
@Suite struct BoardStartTests {
  @discardableResult
  func board(_ arguments: [String], in boards: String) -> ProcessResult {
    Programs.board(["--boards", boards, "--today", "2026-11-24"] + arguments)
  }

  /// `board check` and `recfix --check` of every file pass.
  func expectValid(_ boards: TemporaryDirectory, _ comment: String) throws {
    let check = board(["check"], in: boards.path)
    #expect(check.status == 0, "\(comment): \(check.stdout)\(check.stderr)")
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    for name in try FileManager.default.contentsOfDirectory(atPath: boards.path)
    where name.hasSuffix(".rec") {
      let result = Programs.run(recfix, ["--check", boards.file(name)])
      #expect(result.status == 0, "\(comment): recfix \(name): \(result.stderr)")
    }
  }

  @Test func initThenImportOfEachSeedGivesTheShippedBoards() throws {
    let parent = TemporaryDirectory("start")
    let boards = parent.file("boards")
    let started = board(["init"], in: boards)
    #expect(started.status == 0, "\(started.stderr)")
    #expect(started.stdout.contains("import"))
    #expect(started.stdout.contains("unit add"))
    #expect(started.stdout.contains("ssh-line"))
    for (file, _) in ImportCommandTests.seeds {
      let result = board(["import", Repository.seeds + "/" + file, "--unit", "office"], in: boards)
      #expect(result.status == 0, "\(file): \(result.stderr)")
    }
    for name in ["roster.rec"] + ImportCommandTests.seeds.map({ $0.1 + ".rec" }) {
      #expect(
        Repository.bytes(boards + "/" + name) == Repository.bytes(Repository.boards + "/" + name),
        "\(name)")
    }
  }

  @Test func aNewBoardPassesTheChecksAndSaysWhatToDoNext() throws {
    let boards = TemporaryDirectory("start")
    let result = board(
      [
        "init", "--name", "綦江区知识产权看板", "--office", "区知识产权联席会议办公室", "--region", "綦江区", "--lang",
        "en",
      ],
      in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("next:"))
    let roster = boards.read("roster.rec")
    #expect(roster.contains("Name: 綦江区知识产权看板"))
    #expect(roster.contains("Id: office\nName: 区知识产权联席会议办公室\nRegion: 綦江区\nRole: office\n"))
    try expectValid(boards, "init")
    #expect(board(["log", "--format", "tsv"], in: boards.path).stdout.contains("office"))
  }

  @Test func initRefusesWhereABoardExistsChangingNothing() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    let result = board(["init", "--lang", "en"], in: boards.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("a board already exists"))
    #expect(boards.snapshot() == before)
  }

  @Test func aBoardCommandOnAnEmptyDirectorySaysHowToStart() {
    let boards = TemporaryDirectory("empty")
    let result = board(["unit", "add", "x", "--name", "区科技局", "--unit", "office"], in: boards.path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("board init"))
    #expect(result.stderr.hasSuffix("\n"))
  }

  /// ip-pilot-city-2026 names no jurisdiction: units of no jurisdiction are its units.
  @Test func aPlanWithoutARegionTakesUnitsOfNoJurisdiction() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let added = board(
      ["unit", "add", "pc-kjj", "--name", "区科技局", "--unit", "office"], in: boards.path)
    #expect(added.status == 0, "\(added.stderr)")
    let assigned = board(
      ["assign", "ip-pilot-city-2026", "1", "--lead", "区科技局", "--unit", "office"], in: boards.path)
    #expect(assigned.status == 0, "\(assigned.stderr)")
    #expect(boards.read("ip-pilot-city-2026.rec").contains("Lead: 区科技局"))
    try expectValid(boards, "assign")
  }

  @Test func planEditGivesARegionAndTheImportersUnitsMoveWithIt() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    board(["unit", "add", "pc-kjj", "--name", "区科技局", "--unit", "office"], in: boards.path)
    board(
      ["assign", "ip-pilot-city-2026", "1", "--lead", "pc-kjj", "--unit", "office"], in: boards.path
    )
    // A unit refused: only the office edits plans.
    let refused = board(
      [
        "plan", "edit", "ip-pilot-city-2026", "--region", "试点区", "--unit", "qj-kjj", "--lang", "en",
      ],
      in: boards.path)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("refused"))
    let result = board(
      [
        "plan", "edit", "ip-pilot-city-2026", "--region", "试点区", "--number", "试点办〔2026〕1号",
        "--unit", "office",
      ], in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    let plan = boards.read("ip-pilot-city-2026.rec")
    #expect(plan.contains("Region: 试点区"))
    #expect(plan.contains("Number: 试点办〔2026〕1号"))
    #expect(boards.read("roster.rec").contains("Id: pc-kjj\nName: 区科技局\nRegion: 试点区\n"))
    let log = board(["log", "--format", "tsv"], in: boards.path).stdout
    #expect(log.contains("ip-pilot-city-2026\t\tregion\t\t试点区"))
    #expect(log.contains("roster\tpc-kjj\tregion\t\t试点区"))
    try expectValid(boards, "plan edit")
  }

  @Test func unitEditRenamesInEveryPlanAndIsLogged() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let refused = board(
      ["unit", "edit", "qj-kjj", "--name", "区科学技术局", "--unit", "qj-kjj"], in: boards.path)
    #expect(refused.status == 2)
    let result = board(
      [
        "unit", "edit", "qj-kjj", "--name", "区科学技术局", "--alias", "区科技局", "--login", "kjj",
        "--unit", "office",
      ], in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      boards.read("roster.rec").contains(
        "Id: qj-kjj\nName: 区科学技术局\nRegion: 黔江区\nRole: unit\nAlias: 区科技局\nLogin: kjj\n"))
    let plan = boards.read("qianjiang-patent-2022.rec")
    #expect(plan.contains("Lead: 区科学技术局"))
    #expect(!plan.contains("区科技局\n"))
    let log = board(["log", "--format", "tsv"], in: boards.path).stdout
    #expect(log.contains("roster\tqj-kjj\tname\t区科技局\t区科学技术局"))
    try expectValid(boards, "unit edit")
  }

  @Test func unitRmIsRefusedWhileATaskNamesItSayingWhich() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    let refused = board(
      ["unit", "rm", "qj-jjxxw", "--unit", "office", "--lang", "en"], in: boards.path)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("qianjiang-patent-2022 1.1"))
    #expect(boards.snapshot() == before)
    board(
      ["unit", "add", "qj-spare", "--name", "区备用局", "--region", "黔江区", "--unit", "office"],
      in: boards.path)
    let byUnit = board(["unit", "rm", "qj-spare", "--unit", "qj-kjj"], in: boards.path)
    #expect(byUnit.status == 2)
    let removed = board(["unit", "rm", "qj-spare", "--unit", "office"], in: boards.path)
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(!boards.read("roster.rec").contains("qj-spare"))
    #expect(
      board(["log", "--format", "tsv"], in: boards.path).stdout.contains(
        "roster\tqj-spare\tunit\t区备用局"))
    try expectValid(boards, "unit rm")
  }

  /// 区市场监督管理局 and 区市场监管局: one unit, two spellings.
  @Test func unitMergeRewritesEveryTaskAndKeepsTheOldNameAsAnAlias() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    board(
      ["unit", "add", "dz-scjdglj", "--name", "区市场监督管理局", "--region", "大足区", "--unit", "office"],
      in: boards.path)
    board(
      [
        "assign", "dazu-patent-2025", "S1", "--lead", "dz-scjdglj", "--coop", "dz-scjgj", "--unit",
        "office",
      ], in: boards.path)
    board(
      ["assign", "dazu-patent-2025", "S2", "--coop", "dz-scjdglj", "--unit", "office"],
      in: boards.path)
    let refused = board(
      ["unit", "merge", "dz-scjdglj", "dz-scjgj", "--unit", "dz-kjj"], in: boards.path)
    #expect(refused.status == 2)
    let logBefore = board(["log", "--format", "tsv"], in: boards.path).stdout.split(separator: "\n")
      .count
    let result = board(
      ["unit", "merge", "dz-scjdglj", "dz-scjgj", "--unit", "office"], in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    let plan = boards.read("dazu-patent-2025.rec")
    #expect(!plan.contains("区市场监督管理局"))
    let roster = boards.read("roster.rec")
    #expect(!roster.contains("Id: dz-scjdglj"))
    #expect(roster.contains("Name: 区市场监管局\nRegion: 大足区\nRole: unit\nAlias: 区市场监督管理局\n"))
    let log = board(["log", "--format", "tsv"], in: boards.path).stdout.split(separator: "\n")
    // One record for the merge, one per list rewritten: S1's lead and coop, S2's coop.
    #expect(log.count == logBefore + 4)
    #expect(log.contains { $0.contains("roster\tdz-scjdglj\tmerge") })
    try expectValid(boards, "unit merge")
  }
}
