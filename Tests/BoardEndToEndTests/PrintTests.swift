import BoardTestSupport
import Foundation
import Testing

/// The HTML report printed by a real browser: headless Chromium prints it to PDF (A4, with
/// the fonts of `fonts-noto-cjk`), and poppler's `pdftotext` and `pdfinfo` read the PDF
/// back, as the office would find it on paper. The programs come from `.ci/install`.
@Suite(.serialized) struct PrintTests {
  struct Tools {
    var chromium: String
    var pdftotext: String
    var pdfinfo: String
    var timeout: String
  }

  func tools() throws -> Tools {
    let missing = "apt-get install chromium fonts-noto-cjk poppler-utils (see .ci/install)"
    return Tools(
      chromium: try #require(Programs.which("chromium"), "\(missing)"),
      pdftotext: try #require(Programs.which("pdftotext"), "\(missing)"),
      pdfinfo: try #require(Programs.which("pdfinfo"), "\(missing)"),
      timeout: try #require(Programs.which("timeout")))
  }

  /// The HTML report of `boards` on 2026-11-24, printed; the PDF's path.
  func printedReport(of boards: String, in directory: TemporaryDirectory, _ tools: Tools)
    -> String
  {
    let html = directory.file("report.html")
    let pdf = directory.file("report.pdf")
    let made = Programs.board([
      "--boards", boards, "--today", "2026-11-24", "--unit", "office", "report",
      "--format", "html", "--out", html,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    let printed = print(html, to: pdf, in: directory, tools)
    #expect(printed.status == 0, "\(printed.stderr)")
    return pdf
  }

  /// Prints `html` to `pdf` with headless Chromium in a profile of its own, within 90 s.
  func print(_ html: String, to pdf: String, in directory: TemporaryDirectory, _ tools: Tools)
    -> ProcessResult
  {
    Programs.run(
      tools.timeout,
      [
        "90", tools.chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-pdf-header-footer", "--user-data-dir=" + directory.file("chromium-profile"),
        "--print-to-pdf=" + pdf, "file://" + html,
      ])
  }

  /// The text of pages `first...last` (all without them), in the order the PDF holds it, so
  /// a cell's text stays together; whitespace removed, as line breaks fall inside cells.
  func text(_ pdf: String, pages: ClosedRange<Int>? = nil, _ tools: Tools) -> String {
    var arguments = ["-raw", "-enc", "UTF-8"]
    if let pages { arguments += ["-f", String(pages.lowerBound), "-l", String(pages.upperBound)] }
    return Programs.run(tools.pdftotext, arguments + [pdf, "-"]).stdout.filter { !$0.isWhitespace }
  }

  func pageCount(_ pdf: String, _ tools: Tools) -> Int? {
    let info = Programs.run(tools.pdfinfo, [pdf]).stdout
    let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
  }

  /// The seed boards' report on paper: every lead unit's row, every Chinese heading, A4, a
  /// handful of pages.
  @Test func seedReportPrintsEveryUnitAndHeading() throws {
    let tools = try tools()
    let directory = TemporaryDirectory("print")
    let pdf = printedReport(of: Repository.boards, in: directory, tools)
    let text = text(pdf, tools)
    for heading in [
      "知识产权工作任务看板·联席会议工作报告", "一、各牵头单位工作进展", "二、各方案总体情况", "三、逾期任务催办清单",
      "四、指标完成情况", "五、年度已过未报送的指标", "辖区单位牵头已完成进行中受阻未开始逾期即将到期最长逾期最近反馈",
    ] {
      #expect(text.contains(heading), "\(heading)")
    }
    // Every unit of the report's units table, as `board report --format tsv` names them.
    let tsv = Programs.board([
      "--boards", Repository.boards, "--today", "2026-11-24", "report", "--format", "tsv",
    ]).stdout
    let names = tsv.split(separator: "\n").filter { $0.hasPrefix("units\t") }.map {
      String($0.split(separator: "\t", omittingEmptySubsequences: false)[3])
    }
    #expect(names.count == 17)
    for name in names { #expect(text.contains(name.filter { !$0.isWhitespace }), "\(name)") }
    let pages = try #require(pageCount(pdf, tools))
    #expect((3...12).contains(pages), "\(pages) pages")
    let info = Programs.run(tools.pdfinfo, [pdf]).stdout
    #expect(info.contains("(A4)"), "\(info)")
  }

  /// A board of 200 lead units: the units table runs over several pages, and every page
  /// that holds unit rows starts with the table's header; every unit is printed once. A
  /// task titled as a script prints as that text.
  @Test func twoHundredUnitsRepeatTheHeaderOnEveryPage() throws {
    let tools = try tools()
    let directory = TemporaryDirectory("print")
    let count = 200
    func name(_ index: Int) -> String { "区第" + String(format: "%03d", index) + "局" }
    var roster = """
      %rec: Board
      %type: DueSoonDays int
      %allowed: Name DueSoonDays

      Name: 二百单位看板

      %rec: Unit
      %key: Id
      %type: Role enum office unit
      %mandatory: Id Name Role
      %allowed: Id Name Region Role Alias Login

      Id: office
      Name: 联席会议办公室
      Role: office

      """
    var plan = """
      %rec: Plan
      %key: Id
      %type: Issued,Start,End date

      Id: big-plan
      Title: 二百单位工作方案
      Region: 测试区
      Start: 2026-01-01
      End: 2026-12-31

      %rec: Task
      %key: Id
      %type: Due date
      %type: Status enum todo doing blocked done
      %mandatory: Id Title Status
      %allowed: Id Section Title Lead Coop Due Status Text Note

      """
    let statuses = ["todo", "doing", "blocked", "done"]
    for index in 1...count {
      roster += "\nId: u\(index)\nName: \(name(index))\nRegion: 测试区\nRole: unit\n"
      let title = index == 1 ? "<script>alert(\"x\")</script> & 'q'" : "第\(index)项任务"
      // Tasks 1–10 are overdue on 2026-11-24, the others due at the year's end.
      let due = index <= 10 ? "2026-11-01" : "2026-12-31"
      plan +=
        "\nId: \(index)\nTitle: \(title)\nLead: \(name(index))\nDue: \(due)\n"
        + "Status: \(statuses[index % 4 == 0 && index > 10 ? 3 : index % 3])\n"
    }
    let boards = TemporaryDirectory("print-board")
    boards.write("roster.rec", roster)
    boards.write("big-plan.rec", plan)
    #expect(Programs.board(["--boards", boards.path, "check"]).status == 0)
    let pdf = printedReport(of: boards.path, in: directory, tools)
    let pages = try #require(pageCount(pdf, tools))
    // About forty rows fit a page: the units table takes five or six, the rest one or two.
    #expect((4...12).contains(pages), "\(pages) pages")

    let header = "辖区单位牵头已完成进行中受阻未开始逾期即将到期最长逾期最近反馈"
    var printedUnits: [Int] = []
    var pagesWithUnits = 0
    for page in 1...pages {
      let text = text(pdf, pages: page...page, tools)
      // A unit row: the jurisdiction, then the unit's name.
      let rows = (1...count).filter { text.contains("测试区" + name($0)) }
      guard !rows.isEmpty else { continue }
      pagesWithUnits += 1
      printedUnits += rows
      #expect(text.contains(header), "page \(page) has unit rows but no header")
    }
    #expect(pagesWithUnits >= 4, "\(pagesWithUnits) pages of units")
    #expect(printedUnits.sorted() == Array(1...count))
    let all = text(pdf, tools)
    #expect(all.contains("<script>alert(\"x\")</script>&'q'"))
  }
}
