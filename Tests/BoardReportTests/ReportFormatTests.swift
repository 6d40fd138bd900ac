import BoardCore
import BoardReport
import BoardStore
import BoardTestSupport
import BoardUI
import Testing

/// The formats of the report say what the report holds, and hostile text stays text.
@Suite struct ReportFormatTests {
  static let awkward = "评估,含\"引号\"\n第二行"

  static func sample(firstTitle: String = "聚焦研发活动") throws -> Report {
    let directory = TemporaryDirectory("report")
    SampleBoard.write(to: directory, firstTitle: firstTitle)
    let board = try BoardDirectory(path: directory.path).load()
    return Report(
      board: board, rules: Rules(today: Day(SampleBoard.today)!, settings: board.settings),
      author: board.roster.unit(id: "office"))
  }

  /// Records of one CSV section: its column titles, then its rows (the section column
  /// dropped).
  static func section(_ records: [[String]], _ title: String) -> [[String]] {
    records.filter { $0.first == title }.map { Array($0.dropFirst()) }
  }

  @Test func csvReadsBackWithBOMQuotesAndLineBreaks() throws {
    let report = try Self.sample(firstTitle: Self.awkward)
    let text = CSVReport.render(report, language: .zh, byteOrderMark: true)
    #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let records = try CSVParser.records(String(text.dropFirst()))
    // Every record has its table's number of fields.
    for table in report.tables(.zh) {
      let rows = Self.section(records, table.title)
      #expect(rows.count == table.rows.count + 1, "\(table.key)")
      #expect(rows.allSatisfy { $0.count == table.humanColumns.count }, "\(table.key)")
    }
    let overdue = Self.section(records, "逾期任务催办清单")
    #expect(overdue[0] == ["辖区", "牵头单位", "方案", "编号", "任务", "期限", "逾期天数", "状态", "最近反馈"])
    #expect(
      overdue[1] == [
        "测试区", "区科技局", "sample-plan", "1", Self.awkward, "2026-11-14", "10", "未开始", "",
      ])
    #expect(
      overdue[2] == [
        "测试区", "区科技局", "sample-plan", "3", "建设服务平台", "2026-11-21", "3", "受阻", "2026-11-01",
      ])
    #expect(
      overdue.last == ["测试区", "未分配", "sample-plan", "5", "强化组织领导", "2026-11-23", "1", "未开始", ""])
    let units = Self.section(records, "各牵头单位工作进展")
    #expect(
      units[1] == [
        "测试区", "区科技局", "3", "0", "1", "1", "1", "2", "1", "10", "2026-11-20", "0", "1", "",
      ])
    let heading = Self.section(records, "报告信息")
    #expect(heading.contains(["截至", "2026-11-24"]))
    #expect(heading.contains(["制表", "联席会议办公室（office）"]))
    // The raw text: the awkward title quoted once, its quotes doubled, CRLF between records.
    #expect(text.contains(",\"评估,含\"\"引号\"\"\n第二行\","))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
  }

  @Test func csvWithoutBOMStartsWithTheFirstRecord() throws {
    let text = CSVReport.render(try Self.sample(), language: .en)
    #expect(text.hasPrefix("Report,item,value\r\n"))
    let records = try CSVParser.records(text)
    #expect(Self.section(records, "Lead units")[0].first == "region")
  }

  @Test(arguments: ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)"])
  func csvNeverStartsACellWithAFormula(_ title: String) throws {
    let records = try CSVParser.records(
      CSVReport.render(try Self.sample(firstTitle: title), language: .zh))
    let row = Self.section(records, "逾期任务催办清单")[1]
    #expect(row[4] == "'" + title)
  }

  @Test func markdownHasEveryTableAndEscapesItsCells() throws {
    let report = try Self.sample(firstTitle: "a|b <script>alert(1)</script> & *x*")
    let text = MarkdownReport.render(report, language: .zh)
    #expect(text.hasPrefix("# 测试看板 · 联席会议工作报告\n"))
    for title in [
      "## 一、各牵头单位工作进展", "## 二、各方案总体情况", "## 三、逾期任务催办清单", "## 四、指标完成情况", "## 五、年度已过未报送的指标",
    ] {
      #expect(text.contains(title + "\n"), "\(title)")
    }
    #expect(text.contains("### 测试区 · 区科技局\n"))
    #expect(text.contains("### 测试区 · 未分配\n"))
    #expect(
      text.contains("| 测试区 | 区科技局 | 3 | 0 | 1 | 1 | 1 | 2 | 1 | 10 | 2026-11-20 | 0 | 1 | — |"))
    #expect(text.contains("a\\|b &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*x\\*"))
    #expect(!text.contains("<script>"))
    // Every table row of a section has as many cells as its header.
    for line in text.split(separator: "\n") where line.hasPrefix("| ") {
      let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|").count
      #expect([14, 9, 11, 12, 7, 8, 6].contains(cells), "\(line)")
    }
  }

  @Test func htmlEscapesEveryText() throws {
    let hostile = "<script>alert('x')</script> & \"quoted\" \u{1B}[2J"
    let text = HTMLReport.render(try Self.sample(firstTitle: hostile), language: .zh)
    #expect(!text.contains("<script"))
    #expect(!text.contains("\u{1B}"))
    #expect(
      text.contains(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; ^[[2J"))
    #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    #expect(!text.contains("http"))  // nothing outside the file
  }
}
