import BoardCore
import BoardStore
import BoardTestSupport
import Testing

/// The shipped boards against the seed documents in ../shared/seeds/, task by task.
@Suite struct SeedBoardTests {
  let board: Board
  let rules = Rules(today: Day("2026-11-24")!)

  init() throws {
    board = try BoardDirectory(path: Repository.boards).load()
  }

  func plan(_ id: String) throws -> Plan { try #require(board.plan(id: id)) }

  func names(_ ids: [String]) -> [String] { ids.map(board.roster.name(of:)) }

  @Test func fivePlansWithTheirTaskCounts() throws {
    let counts = Dictionary(uniqueKeysWithValues: board.plans.map { ($0.id, $0.tasks.count) })
    #expect(
      counts == [
        "qianjiang-patent-2022": 13, "ip-pilot-city-2026": 22, "luzhou-patent-2024": 17,
        "dazu-patent-2025": 16, "xiangzhou-patent-2023": 21,
      ])
  }

  @Test func planRecordsCarryTheirDocumentData() throws {
    let qianjiang = try plan("qianjiang-patent-2022")
    #expect(qianjiang.region == "黔江区")
    #expect(qianjiang.number == "黔江府办发〔2022〕80号")
    #expect(qianjiang.issued == Day("2022-12-01"))
    #expect(qianjiang.end == Day("2024-12-31"))
    let luzhou = try plan("luzhou-patent-2024")
    #expect(luzhou.region == "泸州市")
    #expect(luzhou.number == "泸市府办发〔2024〕23号")
    #expect(luzhou.issued == Day("2024-05-27"))
    let xiangzhou = try plan("xiangzhou-patent-2023")
    #expect(xiangzhou.number == "襄州政发〔2023〕7号")
    #expect(xiangzhou.start == Day("2023-08-30"))
    #expect(xiangzhou.end == Day("2025-12-31"))
    // The IP pilot city plan names no jurisdiction: none is guessed.
    #expect(try plan("ip-pilot-city-2026").region == "")
    #expect(try plan("ip-pilot-city-2026").end == Day("2026-12-31"))
    #expect(try plan("dazu-patent-2025").region == "大足区")
  }

  @Test func qianjiangLeadAndCooperatingUnits() throws {
    let qianjiang = try plan("qianjiang-patent-2022")
    let first = try #require(qianjiang.task(id: "1.1"))
    #expect(first.title == "围绕重点产业")
    #expect(names(first.lead) == ["区经济信息委"])
    #expect(names(first.coop) == ["区发展改革委", "区科技局", "区市场监管局"])
    #expect(first.due == Day("2024-12-31"))
    // 责任单位：区市场监管局、黔江银保监分局 — two lead units stay two.
    let pledge = try #require(qianjiang.task(id: "2.1"))
    #expect(names(pledge.lead) == ["区市场监管局", "黔江银保监分局"])
    #expect(names(pledge.coop) == ["区金融办", "人行黔江中心支行"])
    let safeguard = try #require(qianjiang.task(id: "S1"))
    #expect(safeguard.section == "四、保障措施")
    #expect(names(safeguard.coop) == ["区知识产权保护联席会议其他成员单位"])
  }

  @Test func luzhouReadsLeadAsLeadAndResponsibleAsCooperating() throws {
    let luzhou = try plan("luzhou-patent-2024")
    let first = try #require(luzhou.task(id: "1"))
    #expect(names(first.lead) == ["市市场监管局", "市经济和信息化局"])
    #expect(names(first.coop) == ["市教育体育局", "市科技局", "市农业农村局", "市卫生健康委", "市国资委"])
    // 力争2024年底前: the task's own deadline, not the plan's end.
    #expect(first.due == Day("2024-12-31"))
    let finance = try #require(luzhou.task(id: "10"))
    #expect(names(finance.lead) == ["市财政局", "市市场监管局", "国家金融监管总局泸州监管分局"])
    #expect(finance.due == Day("2025-12-31"))
    #expect(try #require(luzhou.task(id: "S1")).lead.isEmpty)
  }

  @Test func dazuTasksAndItsTenIndicators() throws {
    let dazu = try plan("dazu-patent-2025")
    let second = try #require(dazu.task(id: "2"))
    #expect(second.title == "抓实创新主体")
    #expect(names(second.lead) == ["区科技局", "区经济信息委"])
    #expect(second.due == Day("2027-12-31"))
    #expect(dazu.indicators.count == 10)
    let first = try #require(dazu.indicators.first)
    #expect(first.name == "有效发明专利总量")
    #expect(first.measure == "件")
    #expect(first.targets.map(\.value) == ["495", "535", "575"])
    let pledge = try #require(dazu.indicators.first { $0.id == "6" })
    #expect(pledge.measure == "亿元")
    #expect(pledge.targets.map(\.value) == ["4.5", "5.2", "6"])
    #expect(names(pledge.units) == ["区市场监管局", "区科技局", "区经济信息委", "区金融发展事务中心"])
  }

  @Test func plansWithoutUnitLabelsAreUnassignedNotGuessed() throws {
    #expect(try plan("ip-pilot-city-2026").tasks.allSatisfy { $0.lead.isEmpty && $0.coop.isEmpty })
    #expect(try plan("xiangzhou-patent-2023").tasks.allSatisfy { $0.lead.isEmpty })
    #expect(try plan("xiangzhou-patent-2023").task(id: "S19")?.section == "四、组织保障")
  }

  @Test func theSameUnitNameInTwoJurisdictionsIsTwoUnits() throws {
    let markets = board.roster.units(named: "区市场监管局")
    #expect(Set(markets.map(\.region)) == ["黔江区", "大足区"])
    #expect(Set(markets.map(\.id)).count == 2)
    #expect(board.roster.units.filter { $0.role == .office }.count == 1)
  }

  @Test func countsOnTheTwentyFourthOfNovember2026() throws {
    var overdue: [String: Int] = [:]
    var unassigned: [String: Int] = [:]
    for plan in board.plans {
      let summary = rules.summary(of: plan)
      overdue[plan.id] = summary.overdue
      unassigned[plan.id] = summary.unassigned
    }
    #expect(
      overdue == [
        "qianjiang-patent-2022": 13, "ip-pilot-city-2026": 0, "luzhou-patent-2024": 17,
        "dazu-patent-2025": 0, "xiangzhou-patent-2023": 21,
      ])
    #expect(
      unassigned == [
        "qianjiang-patent-2022": 0, "ip-pilot-city-2026": 22, "luzhou-patent-2024": 4,
        "dazu-patent-2025": 4, "xiangzhou-patent-2023": 21,
      ])
  }

  /// Every task's text, line breaks removed, stands verbatim in its seed document.
  @Test func taskTextsAreVerbatimFromTheSeeds() throws {
    let seeds = Repository.seeds + "/"
    let sources = [
      "qianjiang-patent-2022": "000_be29924751dc76b6.txt",
      "ip-pilot-city-2026": "001_90380d417fb1d069.txt",
      "luzhou-patent-2024": "002_011584d99d6dbcb1.txt",
      "dazu-patent-2025": "003_a9e4510ddaa3071d.txt",
      "xiangzhou-patent-2023": "004_11dfa6bc9d5fc85c.txt",
    ]
    for (id, file) in sources {
      let source = Repository.read(seeds + file)
      try #require(!source.isEmpty, "seed \(file) not found")
      for task in try plan(id).tasks {
        for paragraph in task.text.split(separator: "\n\n") {
          let joined = paragraph.split(separator: "\n").joined()
          #expect(source.contains(joined), "\(id) \(task.id): text not found in \(file)")
        }
        #expect(source.contains(task.title), "\(id) \(task.id): title not found in \(file)")
      }
    }
  }
}
