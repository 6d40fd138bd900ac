import BoardCore
import Testing

/// The one traffic light and the monthly report (未按期反馈) at their boundaries.
@Suite struct LightRuleTests {
  func task(
    lead: [String] = ["u1"], due: String? = "2027-12-31", status: Status = .doing,
    notes: [String] = [], events: [TaskEvent] = []
  ) -> PlanTask {
    PlanTask(
      id: "1", title: "t", lead: lead, due: due.flatMap { Day($0) }, status: status,
      notes: notes.map { Note(date: Day($0)!, author: lead.first ?? "u1", text: "进展") },
      events: events)
  }

  func rules(_ today: String, reportDay: Int = 25) -> Rules {
    Rules(today: Day(today)!, settings: BoardSettings(reportDay: reportDay))
  }

  @Test func aPlanWhoseTasksAreAllUnassignedIsYellow() {
    let plan = Plan(
      id: "p", title: "p", tasks: [task(lead: []), task(lead: [], due: nil)])
    #expect(rules("2026-11-24").light(of: plan) == .yellow)
    #expect(rules("2026-11-24").summary(of: plan).light == .yellow)
  }

  @Test func greenWhenOnTrackOrDone() {
    let rules = rules("2026-11-24")
    #expect(rules.light(of: task(notes: ["2026-11-01"])) == .green)
    #expect(rules.light(of: task(lead: [], status: .done)) == .green)
    #expect(rules.light(of: task(due: "2020-01-01", status: .done)) == .green)
  }

  @Test func yellowForEachOfItsReasons() {
    let rules = rules("2026-11-24")
    #expect(rules.light(of: task(due: "2026-12-01", notes: ["2026-11-01"])) == .yellow)  // due soon
    #expect(rules.light(of: task()) == .yellow)  // report missing
    #expect(rules.light(of: task(status: .blocked, notes: ["2026-11-01"])) == .yellow)
    #expect(rules.light(of: task(lead: [])) == .yellow)  // no lead unit
    let awaiting = task(
      notes: ["2026-11-01"],
      events: [TaskEvent(date: Day("2026-11-20")!, unit: "u1", kind: .requestDone, text: "完成")])
    #expect(rules.light(of: awaiting) == .yellow)
  }

  @Test func redWhenOverdueOrRedChased() {
    let rules = rules("2026-11-24")
    #expect(rules.light(of: task(due: "2026-11-23", notes: ["2026-11-01"])) == .red)
    let chased = task(
      due: "2026-10-01", notes: ["2026-11-01"],
      events: [TaskEvent(date: Day("2026-11-10")!, unit: "office", kind: .chase, level: .yellow)])
    #expect(rules.chaseLevel(chased) == .red)
    #expect(rules.light(of: chased) == .red)
  }

  // MARK: 未按期反馈

  @Test func onTheReportingDayItselfLastMonthsReportStillCounts() {
    let rules = rules("2026-11-25")
    #expect(rules.closedReportingPeriod == Day("2026-09-26")!...Day("2026-10-25")!)
    #expect(!rules.isReportMissing(task(notes: ["2026-10-20"])))
    #expect(rules.isReportMissing(task(notes: ["2026-09-25"])))
  }

  @Test func theDayAfterTheReportingDayThisMonthsReportIsDue() {
    let rules = rules("2026-11-26")
    #expect(rules.closedReportingPeriod == Day("2026-10-26")!...Day("2026-11-25")!)
    #expect(rules.isReportMissing(task(notes: ["2026-10-20"])))
    #expect(!rules.isReportMissing(task(notes: ["2026-11-03"])))
    // A late report clears it.
    #expect(!rules.isReportMissing(task(notes: ["2026-11-26"])))
  }

  @Test func aNoteWrittenOnTheReportingDayIsThatMonthsReport() {
    #expect(!rules("2026-11-26").isReportMissing(task(notes: ["2026-11-25"])))
    #expect(rules("2026-12-26").isReportMissing(task(notes: ["2026-11-25"])))
  }

  @Test func aReportingDayPastTheEndOfFebruaryIsItsLastDay() {
    let leap = rules("2028-03-01", reportDay: 31)
    #expect(leap.closedReportingPeriod == Day("2028-02-01")!...Day("2028-02-29")!)
    let common = rules("2027-03-01", reportDay: 31)
    #expect(common.closedReportingPeriod == Day("2027-02-01")!...Day("2027-02-28")!)
    #expect(common.isReportMissing(task(notes: ["2027-01-31"])))
    #expect(!common.isReportMissing(task(notes: ["2027-02-28"])))
    // On February's last day the report for it is not yet late.
    #expect(
      rules("2027-02-28", reportDay: 31).closedReportingPeriod
        == Day("2027-01-01")!...Day("2027-01-31")!)
  }

  @Test func januaryLooksBackToDecember() {
    #expect(rules("2027-01-10").closedReportingPeriod == Day("2026-11-26")!...Day("2026-12-25")!)
  }

  @Test func onlyTheLeadUnitsWordsCount() {
    let rules = rules("2026-11-26")
    var cooperatingNote = task()
    cooperatingNote.notes = [Note(date: Day("2026-11-20")!, author: "u2", text: "配合")]
    #expect(rules.isReportMissing(cooperatingNote))
    let requested = task(events: [
      TaskEvent(date: Day("2026-11-20")!, unit: "u1", kind: .requestDone, text: "完成")
    ])
    #expect(!rules.isReportMissing(requested))
  }

  @Test func doneAndUnassignedTasksOweNoReport() {
    let rules = rules("2026-11-26")
    #expect(!rules.isReportMissing(task(status: .done)))
    #expect(!rules.isReportMissing(task(lead: [])))
  }
}
