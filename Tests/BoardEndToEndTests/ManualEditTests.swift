import BoardTestSupport
import Foundation
import Testing

/// The office keeps plans by hand: plan add, task add / edit / rm, unit add. Units may not.
@Suite struct ManualEditTests {
  func board(_ arguments: [String], in boards: TemporaryDirectory) -> ProcessResult {
    Programs.board(["--boards", boards.path, "--today", "2026-11-24", "--lang", "en"] + arguments)
  }

  func tsv(_ output: String) -> [[String]] {
    output.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  func expectSound(_ boards: TemporaryDirectory) throws {
    let check = board(["check"], in: boards)
    #expect(check.status == 0, "\(check.stdout)")
    let recfix = try #require(
      Programs.which("recfix"), "recfix is missing: apt-get install recutils")
    for name in try FileManager.default.contentsOfDirectory(atPath: boards.path)
    where name.hasSuffix(".rec") {
      let result = Programs.run(recfix, ["--check", boards.file(name)])
      #expect(result.status == 0, "\(name): \(result.stderr)")
    }
  }

  @Test func theOfficeAddsAPlanAndItsTasks() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let added = board(
      [
        "plan", "add", "qianjiang-ip-2026", "--title", "黔江区知识产权工作要点", "--region", "黔江区",
        "--start", "2026-01-01", "--end", "2026-12-31", "--unit", "office",
      ], in: boards)
    #expect(added.status == 0, "\(added.stderr)")
    let first = board(
      [
        "task", "add", "qianjiang-ip-2026", "--title", "开展宣传周活动", "--lead", "区市场监管局",
        "--coop", "qj-kjj,区教委", "--unit", "office",
      ], in: boards)
    #expect(first.status == 0, "\(first.stderr)")
    let second = board(
      [
        "task", "add", "qianjiang-ip-2026", "--title", "长期跟踪服务", "--section", "（一）服务",
        "--text", "建立企业服务台账。", "--due", "none", "--unit", "office",
      ], in: boards)
    #expect(second.status == 0, "\(second.stderr)")
    let rows = tsv(
      board(["list", "--plan", "qianjiang-ip-2026", "--format", "tsv"], in: boards).stdout)
    // Ids follow the plan's numbering; the deadline defaults to the plan's end; none is 长期.
    #expect(rows.map { $0[1] } == ["1", "2"])
    #expect(rows[0][4] == "区市场监管局" && rows[0][5] == "区科技局、区教委" && rows[0][6] == "2026-12-31")
    #expect(rows[1][2] == "（一）服务" && rows[1][6] == "")
    // In a seed plan numbered per section, a task added to (二) is 2.4.
    let inSection = board(
      [
        "task", "add", "qianjiang-patent-2022", "--title", "新增任务", "--section", "（二）提升发明专利转化运用效益",
        "--unit", "office",
      ], in: boards)
    #expect(inSection.stdout.contains("qianjiang-patent-2022 2.4 task: — → 新增任务"))
    try expectSound(boards)
  }

  @Test func theOfficeEditsAndRemovesATaskAndTheLogKeepsIt() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let edited = board(
      [
        "task", "edit", "luzhou-patent-2024", "S2", "--title", "加大资金支持力度", "--due", "2025-06-30",
        "--unit", "office",
      ], in: boards)
    #expect(edited.status == 0, "\(edited.stderr)")
    #expect(edited.stdout.contains("S2 title: 加大资金支持 → 加大资金支持力度"))
    #expect(edited.stdout.contains("S2 due: 2025-12-31 → 2025-06-30"))
    let before = boards.snapshot()
    let unconfirmed = board(
      ["task", "rm", "luzhou-patent-2024", "S3", "--unit", "office"], in: boards)
    #expect(unconfirmed.status == 2)
    #expect(unconfirmed.stderr.contains("add --yes"))
    #expect(boards.snapshot() == before)
    let removed = board(
      ["task", "rm", "luzhou-patent-2024", "S3", "--yes", "--unit", "office"], in: boards)
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(!boards.read("luzhou-patent-2024.rec").contains("Id: S3\n"))
    #expect(board(["show", "luzhou-patent-2024", "S3"], in: boards).status == 2)
    let log = tsv(
      board(["log", "--plan", "luzhou-patent-2024", "--format", "tsv"], in: boards).stdout)
    let removal = try #require(log.last)
    #expect(removal[3] == "S3" && removal[4] == "task" && removal[6] == "")
    // The removed task's last state, whole.
    #expect(removal[5].hasPrefix("Id: S3\\nSection: 三、保障措施\\nTitle: 强化督促指导"))
    #expect(removal[5].contains("Text: 强化目标导向以及专利转化实施的效益导向"))
    try expectSound(boards)
  }

  @Test func theOfficeAddsAUnit() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let added = board(
      [
        "unit", "add", "qj-zscqj", "--name", "区知识产权局", "--region", "黔江区", "--login", "zhang",
        "--unit", "office",
      ], in: boards)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(
      boards.read("roster.rec").hasSuffix(
        "\n\nId: qj-zscqj\nName: 区知识产权局\nRegion: 黔江区\nRole: unit\nLogin: zhang\n"))
    // The roster's other lines are as they were.
    #expect(boards.read("roster.rec").hasPrefix(Repository.read(Repository.boards + "/roster.rec")))
    let assign = board(
      ["assign", "qianjiang-patent-2022", "S1", "--lead", "区知识产权局", "--unit", "office"], in: boards)
    #expect(assign.status == 0, "\(assign.stderr)")
    let twice = board(
      ["unit", "add", "qj-zscqj2", "--name", "区知识产权局", "--region", "黔江区", "--unit", "office"],
      in: boards)
    #expect(twice.status == 2)
    #expect(twice.stderr.contains("黔江区 already has a unit named \"区知识产权局\" (qj-zscqj)"))
    let sameID = board(
      ["unit", "add", "qj-kjj", "--name", "区科学技术局", "--region", "黔江区", "--unit", "office"],
      in: boards)
    #expect(sameID.stderr.contains("unit \"qj-kjj\" already exists"))
    try expectSound(boards)
  }

  /// A lead unit may set its own tasks' status, but not keep plans, tasks or the roster.
  @Test(arguments: [
    ["plan", "add", "x-2026", "--title", "标题"],
    ["task", "add", "qianjiang-patent-2022", "--title", "新任务"],
    ["task", "edit", "qianjiang-patent-2022", "3.1", "--title", "改名"],
    ["task", "edit", "qianjiang-patent-2022", "3.1", "--due", "none"],
    ["task", "rm", "qianjiang-patent-2022", "3.1", "--yes"],
    ["unit", "add", "qj-x", "--name", "区某局", "--region", "黔江区"],
  ])
  func aUnitIsRefused(_ arguments: [String]) {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    let result = board(arguments + ["--unit", "qj-scjgj"], in: boards)
    #expect(result.status == 3)
    #expect(result.stderr.contains("refused: 区市场监管局 (qj-scjgj) may not"), "\(result.stderr)")
    #expect(boards.snapshot() == before)
    let nobody = board(arguments, in: boards)
    #expect(nobody.status == 3)
    #expect(nobody.stderr.contains("refused: read-only"))
    #expect(boards.snapshot() == before)
  }

  @Test(arguments: [
    (["plan", "add", "x-2026"], "missing --title TITLE; see 'board plan add --help'"),
    (
      ["plan", "add", "qianjiang-patent-2022", "--title", "重复"],
      "plan \"qianjiang-patent-2022\" already exists"
    ),
    (["plan", "add", "黔江", "--title", "标题"], "plan id \"黔江\" must be ASCII"),
    (
      ["plan", "add", "x", "--title", "t", "--start", "2026-12-01", "--end", "2026-01-01"],
      "is before --start"
    ),
    (
      ["task", "add", "qianjiang-patent-2022"], "missing --title TITLE; see 'board task add --help'"
    ),
    (
      ["task", "add", "qianjiang-patent-2022", "--title", "t", "--lead", "区市场监管局", "--id", "1.1"],
      "already has a task 1.1"
    ),
    (
      ["task", "add", "qianjiang-patent-2022", "--title", "t", "--lead", "市科技局"],
      "no unit \"市科技局\" in 黔江区"
    ),
    (["task", "edit", "qianjiang-patent-2022", "3.1"], "nothing to change"),
    (["task", "edit", "qianjiang-patent-2022", "3.1", "--due", "soon"], "--due expects a date"),
    (
      ["task", "rm", "qianjiang-patent-2022", "9.9", "--yes"],
      "no task 9.9 in plan qianjiang-patent-2022"
    ),
    (["unit", "add", "qj x", "--name", "区某局", "--region", "黔江区"], "unit id \"qj x\" must be"),
    (
      ["unit", "add", "qj-x", "--name", "区某局", "--region", "黔江区", "--role", "boss"],
      "--role expects unit or office"
    ),
    (["task"], "'task' needs one of: task add, task edit, task rm"),
  ])
  func mistakesAreUsageErrors(_ arguments: [String], _ message: String) {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    let result = board(arguments + ["--unit", "office"], in: boards)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(boards.snapshot() == before)
  }
}

/// An edit the store cannot make says why in the user's language.
@Suite struct ManualEditLanguageTests {
  @Test(arguments: [
    (
      ["plan", "edit", "luzhou-patent-2024", "--start", "2026-12-01", "--end", "2026-01-01"],
      "board：方案的结束日期 2026-01-01 早于开始日期 2026-12-01\n",
      "board: the plan's end 2026-01-01 is before its start 2026-12-01\n"
    ),
    (
      ["unit", "merge", "lz-kjj", "lz-kjj"], "board：单位不能合并到自己\n",
      "board: a unit cannot be merged into itself\n"
    ),
    (["unit", "rm", "office"], "board：办公室不能删除自己\n", "board: the office cannot remove itself\n"),
  ])
  func anImpossibleEditSaysWhyInBothLanguages(_ arguments: [String], _ zh: String, _ en: String) {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    for (language, expected) in [("zh", zh), ("en", en)] {
      let result = Programs.board(
        ["--boards", boards.path, "--unit", "office", "--lang", language] + arguments)
      #expect(result.status == 2)
      #expect(result.stderr == expected)
    }
    #expect(boards.snapshot() == before)
  }
}
