import BoardCore
import BoardImport
import BoardTestSupport
import Testing

/// Documents written for the tests, in styles the seeds do not show (Tests/Fixtures/import/).
/// Each is imported onto a roster with only the office, so every unit is new.
@Suite struct FixtureImportTests {
  /// A task as the document gives it: units by name, the deadline as a date or nil (长期).
  struct Expected: Sendable {
    var id: String
    var title: String
    var lead: [String] = []
    var coop: [String] = []
    var due: String?
  }

  static let office = Unit(id: "office", name: "联席会议办公室", role: .office)

  func run(_ name: String, roster: Roster = Roster(units: [office])) throws -> ImportResult {
    let bytes = Repository.bytes(Repository.root + "/Tests/Fixtures/import/" + name)
    #expect(!bytes.isEmpty, "missing fixture \(name)")
    return try PlanImporter(roster: roster).run(bytes, options: ImportOptions(source: name))
  }

  func check(_ result: ImportResult, _ expected: [Expected]) {
    let tasks = result.plan.tasks
    #expect(tasks.map(\.id) == expected.map(\.id))
    for (task, want) in zip(tasks, expected) {
      #expect(task.title == want.title, "\(want.id)")
      #expect(task.lead.map(result.roster.name(of:)) == want.lead, "\(want.id) lead")
      #expect(task.coop.map(result.roster.name(of:)) == want.coop, "\(want.id) coop")
      #expect(task.due?.description == want.due, "\(want.id) due")
    }
  }

  @Test func aDivisionTableGivesUnitsAndDeadlinesToTheBodysTasks() throws {
    let result = try run("division-table.txt")
    #expect(result.plan.title == "璧山区知识产权质押融资工作方案（2024—2026年）")
    #expect(result.plan.region == "璧山区")
    #expect(result.plan.id == "bishan-ip-2024")
    check(
      result,
      [
        Expected(
          id: "1", title: "建立企业融资需求清单", lead: ["区科技局"], coop: ["区经济信息委", "区金融发展中心"],
          due: "2024-06-30"),
        // 长期坚持 and 持续推进: ongoing, no deadline.
        Expected(id: "2", title: "开展银企对接活动", lead: ["区市场监管局"], coop: ["区金融发展中心"], due: nil),
        Expected(
          id: "3", title: "设立风险补偿资金池", lead: ["区财政局"], coop: ["区市场监管局"], due: "2025-12-31"),
        Expected(
          id: "4", title: "推广知识产权保险", lead: ["区金融发展中心"], coop: ["区市场监管局", "区财政局"], due: nil),
        Expected(id: "S1", title: "加强组织领导", due: "2026-12-31"),
        Expected(id: "S2", title: "强化考核督导", due: "2026-12-31"),
      ])
    #expect(result.plan.task(id: "1")?.section == "（一）扩大质押融资规模")
    #expect(result.plan.task(id: "1")?.text == "每季度摸排科技型企业融资需求，形成需求清单并推送合作银行。")
    #expect(
      result.newUnits.map(\.id) == ["bs-kjj", "bs-jjxxw", "bs-jrfzzx", "bs-scjgj", "bs-czj"])
    let report = result.report.text(chinese: false)
    #expect(report.contains("2: ongoing, no deadline (长期坚持)"))
    #expect(report.contains("1: units from the table"))
  }

  @Test func leadUnitsGivenBeforeTheTaskText() throws {
    let result = try run("lead-first.txt")
    #expect(result.plan.id == "rongchang-trademark-2025")
    check(
      result,
      [
        Expected(
          id: "1", title: "培育地理标志商标", lead: ["区市场监管局"], coop: ["区农业农村委", "区商务委"],
          due: "2025-12-31"),
        Expected(
          id: "2", title: "推动老字号品牌发展", lead: ["区商务委"], coop: ["区市场监管局"], due: "2026-12-31"),
        Expected(
          id: "3", title: "打造区域公用品牌", lead: ["区农业农村委", "区市场监管局"], coop: ["各镇街"],
          due: "2026-06-30"),
        Expected(id: "S1", title: "加强组织协调", lead: ["区市场监管局"], due: "2026-12-31"),
        Expected(id: "S2", title: "加大资金投入", due: "2026-12-31"),
      ])
    #expect(
      result.plan.task(id: "1")?.text
        == "围绕荣昌猪、荣昌陶、荣昌夏布等特色产品，指导申请地理标志证明商标。\n2025年底前新增地理标志商标2件。")
    #expect(result.newUnits.map(\.id) == ["rc-scjgj", "rc-nyncw", "rc-sww", "rc-gzj"])
  }

  @Test func unitsSeparatedBySpacesCommasAndInTheLeadSuffixForm() throws {
    let result = try run("spaces-and-commas.txt")
    #expect(result.plan.region == "綦江区")
    #expect(result.plan.number == "綦江府办发〔2025〕12号")
    #expect(result.plan.issuer == "重庆市綦江区人民政府办公室")
    #expect(result.plan.issued == Day("2025-03-10"))
    // No period is written: the end is the latest year the goals name (a reported guess).
    #expect(result.plan.end == Day("2027-12-31"))
    #expect(result.plan.start == nil)
    check(
      result,
      [
        Expected(
          id: "1", title: "编制产业专利导航报告", lead: ["区经济信息委", "区科技局"], coop: ["区市场监管局", "区发展改革委"],
          due: "2027-12-31"),
        Expected(
          id: "2", title: "建设专利信息服务平台", lead: ["区市场监管局", "区大数据发展局"], coop: ["区科技局", "区经济信息委"],
          due: "2027-12-31"),
        Expected(
          id: "3", title: "建立导航成果发布机制", lead: ["区科技局"], coop: ["区经济信息委", "区市场监管局"],
          due: "2027-12-31"),
        Expected(id: "4", title: "开展专利布局培训", lead: ["区市场监管局"], due: "2027-12-31"),
        Expected(id: "S1", title: "加强经费保障", lead: ["区财政局"], due: "2027-12-31"),
        Expected(id: "S2", title: "强化人才支撑", due: "2027-12-31"),
      ])
    #expect(
      result.report.entries(in: .guesses).contains {
        $0.english.contains("latest year its goals name")
      })
  }

  /// 綦江 and 黔江 share the initials qj: where 黔江区's units already use them, 綦江区's new
  /// units are spelled out (qijiang-…); and an id the roster has is never given again.
  @Test func newIdsNeverCollideWithTheRoster() throws {
    let qianjiang = Roster(units: [
      Self.office, Unit(id: "qj-jjxxw", name: "区经济信息委", region: "黔江区"),
      Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
    ])
    let spelled = try run("spaces-and-commas.txt", roster: qianjiang).newUnits.map(\.id)
    #expect(spelled.prefix(2) == ["qijiang-jjxxw", "qijiang-kjj"])
    // 綦江区 already has a unit under qj-: its prefix stays, and taken ids get a number.
    let shared = Roster(units: [
      Self.office, Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
      Unit(id: "qj-gaj", name: "区公安局", region: "綦江区"),
    ])
    let result = try run("spaces-and-commas.txt", roster: shared)
    let ids = result.newUnits.map(\.id)
    #expect(ids.prefix(2) == ["qj-jjxxw", "qj-kjj2"])
    #expect(Set(ids).count == ids.count && !ids.contains("qj-kjj") && !ids.contains("qj-gaj"))
    #expect(result.newUnits.allSatisfy { $0.region == "綦江区" })
  }

  @Test func tasksNumberedWithCommaAndParenthesisedNumbers() throws {
    let result = try run("numbered-comma-and-paren.txt")
    check(
      result,
      [
        Expected(
          id: "1.1", title: "培育高价值专利", lead: ["区科技局"], coop: ["区经济信息委"], due: "2027-12-31"),
        Expected(id: "1.2", title: "加强商标品牌培育", lead: ["区市场监管局"], due: "2027-12-31"),
        Expected(
          id: "2.1", title: "开展执法专项行动", lead: ["区市场监管局"], coop: ["区公安局", "区法院"],
          due: "2026-12-31"),
        Expected(
          id: "2.2", title: "建设维权援助工作站", lead: ["区司法局"], coop: ["区市场监管局"], due: "2027-12-31"),
        Expected(id: "S1", title: "加强组织领导", lead: ["区市场监管局"], due: "2027-12-31"),
        Expected(id: "S2", title: "强化资金保障", lead: ["区财政局"], due: "2027-12-31"),
      ])
    #expect(result.plan.task(id: "2.1")?.section == "2、加强知识产权保护")
    #expect(result.plan.task(id: "S2")?.section == "三、保障措施")
  }

  @Test func aPlanWrappedInPageHeaderAndFooter() throws {
    let result = try run("page-wrapped.txt")
    #expect(result.plan.title == "江津区知识产权保护工作实施方案（2024—2025年）")
    #expect(result.plan.issuer == "江津区人民政府办公室")
    #expect(result.plan.issued == Day("2024-03-28"))
    check(
      result,
      [
        Expected(id: "1", title: "强化行政保护", lead: ["区市场监管局"], coop: ["区公安局"], due: "2025-12-31"),
        Expected(
          id: "2", title: "加强司法保护", lead: ["区法院"], coop: ["区检察院", "区公安局"], due: "2025-12-31"),
        Expected(
          id: "3", title: "完善快速维权", lead: ["区市场监管局"], coop: ["区司法局"], due: "2025-06-30"),
        Expected(id: "S1", title: "加强组织领导", lead: ["区市场监管局"], due: "2025-12-31"),
        Expected(id: "S2", title: "加强宣传培训", due: "2025-12-31"),
      ])
    // The sentence the page break cut in two is whole again; no chrome is in any text.
    #expect(
      result.plan.task(id: "1")?.text
        == "开展知识产权执法“铁拳”行动，严厉打击商标侵权、专利假冒等违法行为，对重点市场、重点商品开展专项检查，全年办理案件不少于30件。")
    let texts = result.plan.tasks.map(\.text).joined()
    for chrome in ["规范性文件", "- 2 -", "网站地图", "ICP", "版权所有"] {
      #expect(!texts.contains(chrome))
    }
    #expect(result.report.entries(in: .skipped).contains { $0.english.contains("page chrome") })
  }

  @Test func aOneLineDumpWithNoLineBreaks() throws {
    let result = try run("one-line.txt")
    #expect(result.plan.title == "潼南区专利转化运用专项行动方案（2024—2025年）")
    #expect(result.plan.id == "tongnan-patent-2024")
    check(
      result,
      [
        Expected(id: "1", title: "推动高校专利转化", lead: ["区科技局"], coop: ["区教委"], due: "2024-12-31"),
        Expected(
          id: "2", title: "培育专利密集型产品", lead: ["区市场监管局"], coop: ["区经济信息委"], due: "2025-12-31"),
        Expected(id: "3", title: "拓宽质押融资渠道", lead: ["区金融发展中心"], due: "2025-12-31"),
        Expected(id: "S1", title: "加强统筹协调", due: "2025-12-31"),
        Expected(id: "S2", title: "加强宣传推广", due: "2025-12-31"),
      ])
    #expect(result.plan.task(id: "3")?.text == "推广知识产权质押融资“入园惠企”行动。")
  }

  /// Tasks only in a table whose cells arrive one per line; 责任单位 beside 牵头单位 means the
  /// cooperating units; a name with characters the pinyin table lacks gets a numbered id.
  @Test func tasksFromATableWithCellsOnePerLine() throws {
    let result = try run("table-only.txt")
    #expect(result.plan.region == "巫溪县")
    #expect(result.plan.end == nil)
    check(
      result,
      [
        Expected(
          id: "1", title: "开展知识产权宣传周活动", lead: ["县市场监管局"], coop: ["县委宣传部", "县教委"],
          due: "2025-04-30"),
        Expected(
          id: "2", title: "推进地理标志产品保护", lead: ["县农业农村委"], coop: ["县市场监管局", "县蚕桑站"],
          due: "2025-12-31"),
        Expected(id: "3", title: "建设商标品牌指导站", lead: ["县市场监管局"], coop: ["各乡镇人民政府"], due: nil),
      ])
    #expect(result.plan.task(id: "1")?.section == "2025年知识产权工作任务分解表")
    let silkworm = try #require(result.newUnits.first { $0.name == "县蚕桑站" })
    #expect(silkworm.id == "wx-unit1")
    let report = result.report.text(chinese: false)
    #expect(report.contains("责任单位 → cooperating units (3 tasks)"))
    #expect(report.contains("县蚕桑站 got the numbered id wx-unit1"))
  }
}
