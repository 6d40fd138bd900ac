import BoardTestSupport
import Foundation
import Testing

/// `board report` as the office runs it before a meeting: files in every format.
@Suite struct ReportCommandTests {
  func board(_ arguments: [String], in boards: String) -> ProcessResult {
    Programs.board(["--boards", boards, "--today", SampleBoard.today] + arguments)
  }

  @Test func csvFileWithBOMOpensAsTheReport() throws {
    let directory = TemporaryDirectory("report")
    SampleBoard.write(to: directory, firstTitle: "评估,含\"引号\"\n第二行")
    let out = directory.file("会议报告.csv")
    let result = board(
      ["report", "--format", "csv", "--bom", "--out", out, "--unit", "office"], in: directory.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let bytes = Repository.bytes(out)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let records = try CSVParser.records(String(decoding: bytes.dropFirst(3), as: UTF8.self))
    #expect(records.contains(["报告信息", "制表", "联席会议办公室（office）"]))
    #expect(records.contains { $0.count > 5 && $0[5] == "评估,含\"引号\"\n第二行" })
    // Nothing but the report was left in the directory.
    #expect(!directory.snapshot().keys.contains { $0.hasPrefix(".") })
  }

  @Test(arguments: [
    ("md", "## 三、逾期任务催办清单"), ("html", "<h2>三、逾期任务催办清单</h2>"),
    ("table", "三、逾期任务催办清单"), ("tsv", "overdue\t测试区\tt-kjj\t区科技局\tsample-plan\t1\t"),
    ("json", "\"overdue\":[{\"region\":\"测试区\",\"unitId\":\"t-kjj\""),
  ])
  func everyFormatHasTheOverdueList(_ format: String, _ expected: String) {
    let directory = TemporaryDirectory("report")
    SampleBoard.write(to: directory)
    let result = board(["report", "--format", format], in: directory.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(expected), "\(result.stdout)")
  }

  @Test func unknownFormatIsAUsageError() {
    let result = board(["report", "--format", "xlsx"], in: Repository.boards)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--format expects one of table, tsv, json, md, csv, html"))
  }
}
