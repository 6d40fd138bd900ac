import BoardCore
import Testing

@Suite struct RulesTests {
  let today = Day("2026-11-24")!
  var rules: Rules { Rules(today: today, dueSoonDays: 30) }

  /// A task whose lead unit reported this month (a note today), unless `reported` is false.
  func task(
    due: String?, status: Status = .todo, lead: [String] = ["u1"], reported: Bool = true
  ) -> PlanTask {
    PlanTask(
      id: "1", title: "t", lead: lead, due: due.flatMap { Day($0) }, status: status,
      notes: reported && !lead.isEmpty ? [Note(date: today, author: lead[0], text: "进展")] : [])
  }

  @Test func overdueTheDayAfterTheDeadlineNotOnIt() {
    #expect(rules.isOverdue(task(due: "2026-11-23")))
    #expect(!rules.isOverdue(task(due: "2026-11-24")))
    #expect(!rules.isOverdue(task(due: "2026-11-25")))
  }

  @Test(arguments: [Status.todo, .doing, .blocked])
  func anyStatusButDoneCanBeOverdue(_ status: Status) {
    #expect(rules.isOverdue(task(due: "2025-12-31", status: status)))
  }

  @Test func doneIsNeverOverdueNorDueSoon() {
    #expect(!rules.isOverdue(task(due: "2020-01-01", status: .done)))
    #expect(!rules.isDueSoon(task(due: "2026-11-24", status: .done)))
    #expect(rules.light(of: task(due: "2020-01-01", status: .done)) == .green)
  }

  @Test func ongoingTaskIsNeverOverdue() {
    #expect(!rules.isOverdue(task(due: nil)))
    #expect(!rules.isDueSoon(task(due: nil)))
  }

  @Test func dueSoonWindowRunsFromTodayThroughThirtyDays() {
    #expect(!rules.isDueSoon(task(due: "2026-11-23")))  // overdue, not due soon
    #expect(rules.isDueSoon(task(due: "2026-11-24")))
    #expect(rules.isDueSoon(task(due: "2026-12-24")))
    #expect(!rules.isDueSoon(task(due: "2026-12-25")))
  }

  @Test func dueSoonWindowIsABoardSetting() {
    let narrow = Rules(today: today, settings: BoardSettings(dueSoonDays: 7))
    #expect(narrow.isDueSoon(task(due: "2026-12-01")))
    #expect(!narrow.isDueSoon(task(due: "2026-12-02")))
  }

  @Test func unassignedMeansNoLeadUnit() {
    #expect(rules.isUnassigned(task(due: nil, lead: [])))
    #expect(!rules.isUnassigned(task(due: nil, lead: ["u1"])))
    var cooperatingOnly = task(due: nil, lead: [])
    cooperatingOnly.coop = ["u2"]
    #expect(rules.isUnassigned(cooperatingOnly))
  }

  @Test func trafficLightOfTasks() {
    #expect(rules.light(of: task(due: "2026-01-01")) == .red)
    #expect(rules.light(of: task(due: "2026-01-01", status: .blocked)) == .red)
    #expect(rules.light(of: task(due: "2026-12-01")) == .yellow)
    #expect(rules.light(of: task(due: "2027-06-01", status: .blocked)) == .yellow)
    #expect(rules.light(of: task(due: "2027-06-01", status: .doing)) == .green)
  }

  @Test func planLightIsItsWorstTask() {
    var plan = Plan(id: "p", title: "p", tasks: [task(due: "2027-06-01")])
    #expect(rules.light(of: plan) == .green)
    plan.tasks.append(task(due: "2026-12-01"))
    #expect(rules.light(of: plan) == .yellow)
    plan.tasks.append(task(due: "2026-01-01"))
    #expect(rules.light(of: plan) == .red)
  }

  @Test func planSummaryCountsEachKind() {
    let plan = Plan(
      id: "p", title: "p",
      tasks: [
        task(due: "2026-01-01"), task(due: "2026-01-01", status: .done),
        task(due: "2026-12-01", lead: []), task(due: "2027-01-01", status: .blocked),
      ])
    let summary = rules.summary(of: plan)
    #expect(summary.tasks == 4)
    #expect(summary.done == 1)
    #expect(summary.overdue == 1)
    #expect(summary.dueSoon == 1)
    #expect(summary.unassigned == 1)
    #expect(summary.blocked == 1)
    #expect(summary.light == .red)
  }

  @Test func unitsOfTheSameNameInTwoJurisdictionsAreCountedApart() {
    let roster = Roster(units: [
      Unit(id: "qj-scjgj", name: "区市场监管局", region: "黔江区"),
      Unit(id: "dz-scjgj", name: "区市场监管局", region: "大足区"),
      Unit(id: "dz-kjj", name: "区科技局", region: "大足区"),
    ])
    let qianjiang = Plan(
      id: "qj", title: "黔江", region: "黔江区",
      tasks: [
        PlanTask(id: "1", title: "a", lead: ["qj-scjgj"], due: Day("2024-12-31")),
        PlanTask(id: "2", title: "b", lead: ["qj-scjgj"], due: Day("2024-12-31"), status: .done),
      ])
    let dazu = Plan(
      id: "dz", title: "大足", region: "大足区",
      tasks: [
        PlanTask(id: "1", title: "c", lead: ["dz-scjgj"], coop: ["dz-kjj"], due: Day("2026-12-10"))
      ])
    let board = Board(roster: roster, plans: [qianjiang, dazu])
    let stats = Dictionary(
      uniqueKeysWithValues: rules.unitStatistics(of: board).map { ($0.unitID, $0) })
    #expect(stats["qj-scjgj"]?.led == 2)
    #expect(stats["qj-scjgj"]?.done == 1)
    #expect(stats["qj-scjgj"]?.overdue == 1)
    #expect(stats["qj-scjgj"]?.dueSoon == 0)
    #expect(stats["dz-scjgj"]?.led == 1)
    #expect(stats["dz-scjgj"]?.overdue == 0)
    #expect(stats["dz-scjgj"]?.dueSoon == 1)
    #expect(stats["dz-kjj"]?.led == 0)
    #expect(stats["dz-kjj"]?.cooperating == 1)
  }

  @Test func aUnitNamedTwiceOnATaskCountsItOnce() {
    let roster = Roster(units: [
      Unit(id: "qj-scjgj", name: "区市场监管局", region: "黔江区"),
      Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
    ])
    let plan = Plan(
      id: "qj", title: "黔江", region: "黔江区",
      tasks: [
        PlanTask(
          id: "1", title: "a", lead: ["qj-scjgj", "qj-scjgj"],
          coop: ["qj-kjj", "qj-scjgj", "qj-kjj"], due: Day("2024-12-31"))
      ])
    let stats = Dictionary(
      uniqueKeysWithValues: rules.unitStatistics(of: Board(roster: roster, plans: [plan])).map {
        ($0.unitID, $0)
      })
    #expect(stats["qj-scjgj"]?.led == 1)
    #expect(stats["qj-scjgj"]?.overdue == 1)
    #expect(stats["qj-scjgj"]?.cooperating == 0)
    #expect(stats["qj-kjj"]?.cooperating == 1)
  }

  @Test func indicatorMissesAReportWhenItsYearEndedWithoutActual() {
    let indicator = Indicator(
      id: "1", name: "有效发明专利总量", measure: "件",
      targets: [.init(year: 2025, value: "495"), .init(year: 2026, value: "535")],
      actuals: [])
    #expect(indicator.yearsMissingReport(today: today) == [2025])
    var reported = indicator
    reported.actuals = [.init(year: 2025, value: "501")]
    #expect(reported.yearsMissingReport(today: today).isEmpty)
  }
}

@Suite struct OverflowTests {
  @Test func aHugeDueSoonRuleNeverOverflows() {
    let today = Day("2026-11-24")!
    for days in [Int.max, Int.max - 1, Int.max - 20_000] {
      let rules = Rules(today: today, dueSoonDays: days)
      let task = PlanTask(id: "1", title: "t", due: Day("2027-01-01"))
      #expect(rules.isDueSoon(task))
    }
  }

  @Test func theNextTaskIdAfterAHugeNumberIsStillANumber() {
    let plan = Plan(
      id: "p", title: "t",
      tasks: [PlanTask(id: "9223372036854775807", title: "a"), PlanTask(id: "3", title: "b")])
    #expect(plan.nextTaskID() == "4")
  }
}
