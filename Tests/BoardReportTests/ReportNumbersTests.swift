import BoardCore
import BoardReport
import BoardStore
import BoardTestSupport
import Testing

/// The report's numbers against counts made by hand (for the seeds: by reading the files with
/// `recsel`, see the comments), on 2026-11-24.
@Suite struct ReportNumbersTests {
  static let today = Day("2026-11-24")!

  static func report(_ path: String, plan: String? = nil) throws -> Report {
    let board = try BoardDirectory(path: path).load()
    return Report(
      board: board, rules: Rules(today: today, settings: board.settings), plan: plan,
      author: board.roster.unit(id: "office"))
  }

  struct PlanCounts: Sendable, CustomTestStringConvertible {
    var id: String
    var tasks: Int
    var overdue: Int
    var unassigned: Int
    var light: Light
    var testDescription: String { id }
  }

  /// `recsel -t Task -c`, `-e '#Lead = 0'`, `-e "Due << '2026-11-24' && Status != 'done'"`:
  /// nothing is done yet, nothing is due within 30 days, every deadline is 2024-12-31,
  /// 2025-12-31 or 2027-12-31.
  static let seedPlans = [
    // Unassigned tasks make a plan yellow (docs/supervision.md: one traffic light).
    PlanCounts(id: "dazu-patent-2025", tasks: 16, overdue: 0, unassigned: 4, light: .yellow),
    PlanCounts(id: "ip-pilot-city-2026", tasks: 22, overdue: 0, unassigned: 22, light: .yellow),
    PlanCounts(id: "luzhou-patent-2024", tasks: 17, overdue: 17, unassigned: 4, light: .red),
    PlanCounts(id: "qianjiang-patent-2022", tasks: 13, overdue: 13, unassigned: 0, light: .red),
    PlanCounts(id: "xiangzhou-patent-2023", tasks: 21, overdue: 21, unassigned: 21, light: .red),
  ]

  @Test(arguments: seedPlans)
  func seedPlanCountsMatchTheFiles(_ expected: PlanCounts) throws {
    let report = try Self.report(Repository.boards)
    let row = try #require(report.plans.first { $0.plan.id == expected.id })
    #expect(row.summary.tasks == expected.tasks)
    #expect(row.summary.todo == expected.tasks)
    #expect(row.summary.done + row.summary.doing + row.summary.blocked == 0)
    #expect(row.summary.overdue == expected.overdue)
    #expect(row.summary.dueSoon == 0)
    #expect(row.summary.unassigned == expected.unassigned)
    #expect(row.summary.light == expected.light)
  }

  struct UnitCounts: Sendable, CustomTestStringConvertible {
    var id: String
    var led: Int
    var overdue: Int
    var longest: Int?
    var testDescription: String { id }
  }

  /// Lead fields counted per unit; 2024-12-31 is 693 days before 2026-11-24, 2025-12-31 328.
  static let seedUnits = [
    UnitCounts(id: "qj-jjxxw", led: 2, overdue: 2, longest: 693),
    UnitCounts(id: "qj-kjj", led: 2, overdue: 2, longest: 693),
    UnitCounts(id: "qj-scjgj", led: 10, overdue: 10, longest: 693),
    UnitCounts(id: "qj-qjybjfj", led: 1, overdue: 1, longest: 693),
    UnitCounts(id: "dz-jjxxw", led: 2, overdue: 0, longest: nil),
    UnitCounts(id: "dz-kjj", led: 4, overdue: 0, longest: nil),
    UnitCounts(id: "dz-scjgj", led: 8, overdue: 0, longest: nil),
    UnitCounts(id: "dz-jrfzswzx", led: 1, overdue: 0, longest: nil),
  ]

  @Test(arguments: seedUnits)
  func seedUnitCountsMatchTheFiles(_ expected: UnitCounts) throws {
    let report = try Self.report(Repository.boards)
    let row = try #require(report.units.first { $0.unit.id == expected.id })
    #expect(row.statistics.led == expected.led)
    #expect(row.statistics.todo == expected.led)
    #expect(row.statistics.overdue == expected.overdue)
    #expect(row.statistics.longestOverdue == expected.longest)
    #expect(row.statistics.lastNote == nil)
  }

  @Test func seedBoardAsAWhole() throws {
    let report = try Self.report(Repository.boards)
    #expect(report.heading.boardName == "知识产权工作任务看板")
    #expect(report.heading.planCount == 5)
    #expect(report.heading.taskCount == 89)
    #expect(report.heading.author?.id == "office")
    // 17 lead units: 4 in 黔江区, 9 in 泸州市, 4 in 大足区; 襄州区 and the pilot city lead none.
    #expect(report.units.count == 17)
    #expect(Set(report.units.map(\.unit.region)) == ["黔江区", "泸州市", "大足区"])
    // Every unit's overdue count is the size of its group in the 催办 list.
    for row in report.units where row.statistics.overdue > 0 {
      let group = report.overdue.first { $0.unit?.id == row.unit.id }
      #expect(group?.tasks.count == row.statistics.overdue, "\(row.unit.id)")
    }
    // Overdue and nobody's: the 4 of 泸州 and the 21 of 襄州, last.
    #expect(report.overdue.last?.unit == nil)
    #expect(report.overdue.last?.tasks.count == 25)
    // 市市场监管局 leads 1 (2024-12-31) and nine tasks due 2025-12-31: longest first.
    let luzhou = try #require(report.overdue.first { $0.unit?.id == "lz-scjgj" })
    #expect(luzhou.tasks.map(\.daysOverdue) == [693] + Array(repeating: 328, count: 9))
    #expect(luzhou.tasks.first?.taskID == "1")
  }

  /// 大足's ten indicators have targets for 2025, 2026 and 2027 and no actual value: on
  /// 2026-11-24 the year 2025 is over, so ten reports are missing; 2026 and 2027 are pending.
  @Test func seedIndicatorsMissTheir2025Reports() throws {
    let report = try Self.report(Repository.boards)
    #expect(report.indicators.count == 30)
    #expect(report.missingReports.count == 10)
    #expect(
      report.missingReports.allSatisfy { $0.year.year == 2025 && $0.plan.id == "dazu-patent-2025" })
    #expect(report.indicators.filter { $0.year.state == .pending }.count == 20)
    let first = try #require(report.missingReports.first)
    #expect(first.name == "有效发明专利总量")
    #expect(first.year.target == "495")
    #expect(first.units == ["区市场监管局", "大足高新区", "经开区邮亭新材料产业发展服务中心", "双桥工业园区发展中心"])
  }

  @Test func onePlanOnly() throws {
    let report = try Self.report(Repository.boards, plan: "qianjiang-patent-2022")
    #expect(report.heading.plan?.id == "qianjiang-patent-2022")
    #expect(report.heading.taskCount == 13)
    #expect(report.plans.map(\.plan.id) == ["qianjiang-patent-2022"])
    #expect(report.units.map(\.unit.id) == ["qj-jjxxw", "qj-kjj", "qj-scjgj", "qj-qjybjfj"])
    #expect(report.indicators.isEmpty)
  }

  // The small board of every status (SampleBoard's table).

  static func sample() throws -> Report {
    let directory = TemporaryDirectory("report")
    SampleBoard.write(to: directory)
    return try report(directory.path)
  }

  @Test func sampleUnitsCountEveryStatus() throws {
    let report = try Self.sample()
    #expect(report.units.map(\.unit.id) == ["t-kjj", "t-scjgj"])  // 区财政局 only cooperates
    var science = UnitStatistics(unitID: "t-kjj")
    (science.led, science.done, science.doing, science.blocked, science.todo) = (3, 0, 1, 1, 1)
    (science.overdue, science.dueSoon, science.longestOverdue) = (2, 1, 10)
    science.lastNote = Day("2026-11-20")
    science.reportMissing = 1  // task 2: no note of its lead unit since 2026-10-25
    #expect(report.units[0].statistics == science)
    var market = UnitStatistics(unitID: "t-scjgj")
    (market.led, market.done, market.doing, market.blocked, market.todo) = (3, 1, 1, 1, 0)
    (market.overdue, market.dueSoon, market.longestOverdue) = (1, 0, 3)
    market.lastNote = Day("2026-10-01")
    market.reportMissing = 1
    #expect(report.units[1].statistics == market)
  }

  @Test func samplePlanCountsEveryStatus() throws {
    let summary = try #require(try Self.sample().plans.first?.summary)
    #expect(
      [
        summary.tasks, summary.done, summary.doing, summary.blocked, summary.todo,
        summary.overdue, summary.dueSoon, summary.unassigned,
      ] == [6, 1, 2, 1, 2, 3, 1, 1])
    #expect(summary.light == .red)
  }

  @Test func sampleOverdueListByLeadUnit() throws {
    let groups = try Self.sample().overdue
    #expect(groups.map { $0.unit?.id } == ["t-kjj", "t-scjgj", nil])
    #expect(groups.map { $0.tasks.map(\.taskID) } == [["1", "3"], ["3"], ["5"]])
    #expect(groups.map { $0.tasks.map(\.daysOverdue) } == [[10, 3], [3], [1]])
    #expect(groups[0].tasks[1].status == .blocked)
    #expect(groups[0].tasks[1].lastNote == Day("2026-11-01"))
    #expect(groups[0].tasks[0].lastNote == nil)
  }

  @Test func sampleIndicatorStates() throws {
    let rows = try Self.sample().indicators
    #expect(
      rows.map { "\($0.indicatorID) \($0.year.year) \($0.year.state.rawValue)" } == [
        "1 2025 met", "1 2026 pending", "2 2025 behind", "3 2025 missing", "3 2026 pending",
        "4 2025 reported",
      ])
    #expect(rows[2].year.actual == "4.2")
  }
}
