import BoardTestSupport
import Foundation
import Testing

/// `board indicator list` and `board indicator set`: the plans' indicator tables read and
/// updated, with the same permissions, checks and log as every change.
@Suite struct IndicatorCommandTests {
  static let dazu = "dazu-patent-2025"

  func board(_ arguments: [String], in boards: String) -> ProcessResult {
    Programs.board(["--boards", boards, "--today", SampleBoard.today] + arguments)
  }

  /// The sample board's four indicators, counted by hand on 2026-11-24: 1 met in 2025 (120
  /// of 100) and pending in 2026; 2 behind (4.2 of 5); 3 missing its 2025 report and pending
  /// in 2026; 4 reported in words.
  @Test func sampleListAsCountedByHand() {
    let directory = TemporaryDirectory("indicators")
    SampleBoard.write(to: directory)
    let tsv = board(["indicator", "list", "--format", "tsv"], in: directory.path)
    #expect(tsv.status == 0, "\(tsv.stderr)")
    #expect(
      tsv.stdout == """
        plan\tid\tname\tmeasure\tyear\ttarget\tactual\tstate\tunits
        sample-plan\t1\t发明专利授权量\t件\t2025\t100\t120\tmet\t区科技局
        sample-plan\t1\t发明专利授权量\t件\t2026\t130\t\tpending\t区科技局
        sample-plan\t2\t知识产权质押融资额\t亿元\t2025\t5\t4.2\tbehind\t区市场监管局
        sample-plan\t3\t专利代理机构数\t家\t2025\t4\t\tmissing\t区市场监管局
        sample-plan\t3\t专利代理机构数\t家\t2026\t5\t\tpending\t区市场监管局
        sample-plan\t4\t专利导航项目\t项\t2025\t完成\t已完成\treported\t区科技局

        """)
    let table = board(["indicator", "list"], in: directory.path)
    #expect(
      table.stdout.contains(
        "sample-plan  3     专利代理机构数      家    2025       4       —  未报送  区市场监管局\n"),
      "\(table.stdout)")
    #expect(table.stdout.hasSuffix("共 6 个指标年度：未报送 1 个（年度已过仍无实际值），未达标 1 个\n"))
    let json = board(
      ["indicator", "list", "--format", "json", "--plan", "sample-plan"], in: directory.path)
    #expect(
      json.stdout.contains(
        "{\"plan\":\"sample-plan\",\"id\":\"3\",\"name\":\"专利代理机构数\",\"measure\":\"家\","
          + "\"year\":2025,\"target\":\"4\",\"actual\":null,\"state\":\"missing\",\"units\":\"区市场监管局\"}"
      ))
  }

  /// The seeds: Dazu's ten indicators with targets for 2025–2027, none reported, so on
  /// 2026-11-24 the ten 2025 years are missing and the twenty others pending.
  @Test func seedIndicators() {
    let result = board(["indicator", "list", "--lang", "en"], in: Repository.boards)
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        "30 indicator years: 10 missing a report (the year is over and no actual value), 0 behind the target\n"
      ))
    let tsv = board(["indicator", "list", "--format", "tsv"], in: Repository.boards).stdout
    let rows = tsv.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
    #expect(rows.count == 30)
    #expect(rows.filter { $0[7] == "missing" }.map { $0[4] } == Array(repeating: "2025", count: 10))
    let empty = board(["indicator", "list", "--plan", "luzhou-patent-2024"], in: Repository.boards)
    #expect(empty.stdout == "没有指标。\n")
  }

  /// 区教委 cooperates on Dazu's tasks but answers for no indicator 1: refused (3), the file
  /// untouched. A value that is no number is a data error (2). The office's value is saved,
  /// one line added to the file, and shows in the list, the report and the log.
  @Test func setIsCheckedSavedAndLogged() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    let refused = board(
      ["--unit", "dz-jw", "indicator", "set", Self.dazu, "1", "2025", "--actual", "500"],
      in: boards.path)
    #expect(refused.status == 3)
    #expect(
      refused.stderr
        == "board：拒绝：区教委 (dz-jw)不是指标 1 的责任单位：只有责任单位和联席会议办公室可以报送实际值\n")
    let refusedEnglish = board(
      [
        "--unit", "dz-jw", "--lang", "en", "indicator", "set", Self.dazu, "1", "2025", "--actual",
        "500",
      ],
      in: boards.path)
    #expect(refusedEnglish.status == 3)
    #expect(
      refusedEnglish.stderr
        == "board: refused: 区教委 (dz-jw) is not a responsible unit of indicator 1: only they and the office may report its values\n"
    )
    for (value, zh, en) in [
      (
        "五百", "“五百”不能作为指标 1 的实际值：应为不小于 0 的数字（如 120 或 4.5，单位件）",
        "\"五百\" is no value for indicator 1: expected a number not below 0 (such as 120 or 4.5, in 件)"
      ),
      (
        "-3", "“-3”不能作为指标 1 的实际值：应为不小于 0 的数字（如 120 或 4.5，单位件）",
        "\"-3\" is no value for indicator 1: expected a number not below 0 (such as 120 or 4.5, in 件)"
      ),
    ] {
      for (language, expected) in [("zh", "board：" + zh), ("en", "board: " + en)] {
        let bad = board(
          [
            "--unit", "office", "--lang", language, "indicator", "set", Self.dazu, "1", "2025",
            "--actual", value,
          ],
          in: boards.path)
        #expect(bad.status == 2)
        #expect(bad.stderr == expected + "\n")
      }
    }
    let future = board(
      ["--unit", "office", "indicator", "set", Self.dazu, "1", "2027", "--actual", "600"],
      in: boards.path)
    #expect(future.status == 2)
    #expect(future.stderr == "board：指标 1 没有 2027 年可报送：应为 2025、2026 之一\n")
    #expect(boards.snapshot() == before)

    let saved = board(
      ["--unit", "office", "indicator", "set", Self.dazu, "1", "2025", "--actual", "501件"],
      in: boards.path)
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(saved.stdout == "已保存：\(Self.dazu) indicator:1 2025 年实际值：— → 501\n")
    // A responsible unit may report too: 区市场监管局 answers for indicator 2, a percentage.
    let unit = board(
      ["--unit", "dz-scjgj", "indicator", "set", Self.dazu, "2", "2025", "--actual", "8.5%"],
      in: boards.path)
    #expect(unit.status == 0, "\(unit.stderr)")

    // Only the two Actual lines were added, each after its indicator's targets.
    let old = String(decoding: before["\(Self.dazu).rec"] ?? [], as: UTF8.self)
    let expected = old.replacingOccurrences(
      of: "Target: 2027 575\n", with: "Target: 2027 575\nActual: 2025 501\n"
    ).replacingOccurrences(
      of: "PCT国际专利申请量年均增长\nMeasure: %\nTarget: 2025 10\nTarget: 2026 10\nTarget: 2027 10\n",
      with:
        "PCT国际专利申请量年均增长\nMeasure: %\nTarget: 2025 10\nTarget: 2026 10\nTarget: 2027 10\nActual: 2025 8.5\n"
    )
    #expect(boards.read("\(Self.dazu).rec") == expected)
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    let check = Programs.run(recfix, ["--check", boards.file("\(Self.dazu).rec")])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(board(["check"], in: boards.path).status == 0)

    let list = board(
      ["indicator", "list", "--format", "tsv", "--plan", Self.dazu], in: boards.path)
    #expect(list.stdout.contains("\(Self.dazu)\t1\t有效发明专利总量\t件\t2025\t495\t501\tmet\t"))
    #expect(list.stdout.contains("\(Self.dazu)\t2\tPCT国际专利申请量年均增长\t%\t2025\t10\t8.5\tbehind\t"))
    let report = board(["report", "--format", "tsv", "--plan", Self.dazu], in: boards.path)
    #expect(
      report.stdout.contains("indicators\t\(Self.dazu)\t1\t有效发明专利总量\t件\t2025\t495\t501\tmet\t"))
    #expect(!report.stdout.contains("missing\t\(Self.dazu)\t1\t有效发明专利总量\t件\t2025\t"))
    let log = board(["log", "--format", "tsv", "--plan", Self.dazu], in: boards.path).stdout
    let entries = log.split(separator: "\n").filter { $0.contains("indicator:") }
    #expect(entries.count == 2)
    #expect(entries.first?.contains("\toffice\t") == true)
    #expect(entries.first?.contains("\tindicator:1\tactual-2025\t\t501") == true, "\(log)")
    #expect(entries.last?.contains("\tdz-scjgj\t") == true)
  }
}
