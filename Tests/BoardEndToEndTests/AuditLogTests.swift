import BoardTestSupport
import Foundation
import Testing

/// `log.rec` and `board log`: one record per changed field, appended, read back filtered.
@Suite struct AuditLogTests {
  func board(_ arguments: [String], in boards: TemporaryDirectory) -> ProcessResult {
    Programs.board(["--boards", boards.path, "--today", "2026-11-24", "--lang", "en"] + arguments)
  }

  func json(_ text: String) throws -> [[String: String]] {
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    return objects.map { $0.compactMapValues { $0 as? String } }
  }

  @Test func everyChangedFieldIsOneRecordWithTimeUnitPlanTaskOldAndNew() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let plan = "luzhou-patent-2024"
    let changes: [[String]] = [
      ["--unit", "lz-kjj", "set", plan, "4", "--status", "doing"],
      ["--unit", "lz-kjj", "set", plan, "4", "--status", "doing"],  // no change: no record
      ["--unit", "lz-scjgj", "note", plan, "4", "已提供专利数据"],
      ["--unit", "office", "assign", plan, "S1", "--lead", "lz-scjgj", "--coop", "lz-kjj,lz-czj"],
      ["--unit", "office", "set", plan, "S1", "--due", "2026-12-31"],
    ]
    for arguments in changes {
      let result = board(arguments, in: boards)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let entries = try json(board(["log", "--format", "json"], in: boards).stdout)
    let expected: [[String: String]] = [
      ["unit": "lz-kjj", "task": "4", "field": "status", "old": "todo", "new": "doing"],
      ["unit": "lz-scjgj", "task": "4", "field": "note", "old": "", "new": "已提供专利数据"],
      ["unit": "office", "task": "S1", "field": "lead", "old": "", "new": "lz-scjgj"],
      ["unit": "office", "task": "S1", "field": "coop", "old": "", "new": "lz-kjj,lz-czj"],
      ["unit": "office", "task": "S1", "field": "due", "old": "2025-12-31", "new": "2026-12-31"],
    ]
    #expect(entries.count == expected.count)
    for (entry, want) in zip(entries, expected) {
      for (key, value) in want { #expect(entry[key] == value, "\(key) of \(entry)") }
      #expect(entry["plan"] == plan)
      let time = try #require(entry["time"])
      #expect(
        time.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/) != nil, "\(time)")
    }
    #expect(entries[0]["unitName"] == "市科技局")
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    let check = Programs.run(recfix, ["--check", boards.file("log.rec")])
    #expect(check.status == 0, "\(check.stderr)")
  }

  /// A log as several days of work leave it, written by hand so the filters are checked
  /// against known answers.
  static let handWrittenLog = """
    %rec: Change
    %type: Time date
    %mandatory: Time Unit Plan Task Field
    %allowed: Time Unit Plan Task Field Old New

    Time: 2026-11-20T09:00:00+08:00
    Unit: qj-kjj
    Plan: qianjiang-patent-2022
    Task: 1.3
    Field: status
    Old: todo
    New: doing

    Time: 2026-11-21T10:00:00+08:00
    Unit: office
    Plan: luzhou-patent-2024
    Task: S1
    Field: lead
    New: lz-scjgj

    Time: 2026-11-23T23:59:59+08:00
    Unit: qj-kjj
    Plan: qianjiang-patent-2022
    Task: 1.3
    Field: note
    New: 已完成摸底
    + 第二行

    Time: 2026-11-24T08:00:00+08:00
    Unit: office
    Plan: qianjiang-patent-2022
    Task: 1.3
    Field: due
    Old: 2024-12-31
    New: 2026-12-31

    """

  @Test(arguments: [
    ([String](), ["qj-kjj status", "office lead", "qj-kjj note", "office due"]),
    (["--plan", "qianjiang-patent-2022"], ["qj-kjj status", "qj-kjj note", "office due"]),
    (["--unit", "qj-kjj"], ["qj-kjj status", "qj-kjj note"]),
    (["--since", "2026-11-21"], ["office lead", "qj-kjj note", "office due"]),
    (["--since", "2026-11-24"], ["office due"]),
    (["--since", "2026-11-22", "--unit", "office"], ["office due"]),
    (["--plan", "luzhou-patent-2024", "--unit", "qj-kjj"], []),
  ])
  func logFiltersByPlanUnitAndDay(_ filters: [String], _ expected: [String]) {
    let boards = TemporaryDirectory.copyOfBoards()
    boards.write("log.rec", Self.handWrittenLog)
    let result = board(["log", "--format", "tsv"] + filters, in: boards)
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
    #expect(rows.map { "\($0[1]) \($0[4])" } == expected)
  }

  @Test func logFormatsTableTsvAndJson() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    boards.write("log.rec", Self.handWrittenLog)
    let tsv = board(["log", "--format", "tsv", "--unit", "qj-kjj"], in: boards).stdout
    #expect(
      tsv == """
        time\tunit\tplan\ttask\tfield\told\tnew\tunitName
        2026-11-20T09:00:00+08:00\tqj-kjj\tqianjiang-patent-2022\t1.3\tstatus\ttodo\tdoing\t区科技局
        2026-11-23T23:59:59+08:00\tqj-kjj\tqianjiang-patent-2022\t1.3\tnote\t\t已完成摸底\\n第二行\t区科技局

        """)
    let entries = try json(
      board(["log", "--format", "json", "--since", "2026-11-23"], in: boards).stdout)
    #expect(entries.map { $0["new"] } == ["已完成摸底\n第二行", "2026-12-31"])
    #expect(entries.map { $0["unitName"] } == ["区科技局", "联席会议办公室"])
    let table = Programs.board(["--boards", boards.path, "log", "--plan", "luzhou-patent-2024"])
    #expect(
      table.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        == [
          "时间 单位 方案 任务 字段 原值 新值",
          "2026-11-21T10:00:00+08:00 联席会议办公室 luzhou-patent-2024 S1 lead lz-scjgj",
        ])
  }

  @Test func aBadSinceIsAUsageError() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(["log", "--since", "yesterday"], in: boards)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "board: --since expects a date YYYY-MM-DD, found \"yesterday\"; see 'board log --help'\n"
    )
  }
}
