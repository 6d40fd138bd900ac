import BoardCore
import Testing

/// What an indicator's actual value must look like, by its measure and targets, and who may
/// report it.
@Suite struct IndicatorActualTests {
  struct Value: Sendable, CustomStringConvertible {
    var measure: String
    var target: String
    var typed: String
    var stored: String?
    var description: String { "\(measure) \(typed)" }
  }

  static let values: [Value] = [
    Value(measure: "件", target: "495", typed: "501", stored: "501"),
    Value(measure: "件", target: "495", typed: " 501件 ", stored: "501"),
    Value(measure: "件", target: "1.25", typed: "1.3", stored: "1.3"),
    Value(measure: "件", target: "495", typed: "五百", stored: nil),
    Value(measure: "件", target: "495", typed: "-1", stored: nil),
    Value(measure: "件", target: "495", typed: "1e3", stored: nil),
    Value(measure: "件", target: "495", typed: "", stored: nil),
    Value(measure: "亿元", target: "4.5", typed: "4.8亿元", stored: "4.8"),
    Value(measure: "%", target: "10", typed: "12.5%", stored: "12.5"),
    Value(measure: "%", target: "10", typed: "-3.5", stored: "-3.5"),
    Value(measure: "%", target: "10", typed: "10％", stored: "10"),
    // 项 counts, but an indicator whose target is words takes words.
    Value(measure: "项", target: "完成", typed: "已完成", stored: "已完成"),
    Value(measure: "", target: "完成", typed: "已完成", stored: "已完成"),
    Value(measure: "", target: "完成", typed: "第一行\n第二行", stored: nil),
    Value(measure: "", target: "12", typed: "十二", stored: nil),
  ]

  @Test(arguments: values)
  func actualValueFollowsTheMeasure(_ value: Value) {
    let indicator = Indicator(
      id: "1", name: "指标", measure: value.measure,
      targets: [Indicator.YearValue(year: 2025, value: value.target)])
    #expect(indicator.actualValue(value.typed) == value.stored)
  }

  @Test func officeAndResponsibleUnitsMayReport() {
    let indicator = Indicator(id: "1", name: "指标", units: ["a"])
    #expect(
      Permissions.mayReport(indicator, by: Unit(id: "a", name: "甲", region: "区", role: .unit)))
    #expect(
      !Permissions.mayReport(indicator, by: Unit(id: "b", name: "乙", region: "区", role: .unit)))
    #expect(
      Permissions.mayReport(indicator, by: Unit(id: "o", name: "办", region: "", role: .office)))
    #expect(!Permissions.mayReport(indicator, by: nil))
  }

  /// A plan of 2025–2027 on 2026-11-24: 2025 and 2026 can be reported, 2027 not yet; a value
  /// replaces the year's value in year order; an empty one removes it.
  @Test func setActualKeepsYearsInOrderAndLogs() throws {
    var plan = Plan(
      id: "p", title: "方案", region: "区", start: Day("2025-01-01"), end: Day("2027-12-31"),
      indicators: [
        Indicator(
          id: "1", name: "指标", measure: "件",
          targets: [.init(year: 2025, value: "10"), .init(year: 2026, value: "20")],
          actuals: [.init(year: 2026, value: "5")], units: ["a"])
      ])
    let office = Unit(id: "o", name: "办", region: "", role: .office)
    let today = try #require(Day("2026-11-24"))
    let roster = Roster(units: [office])
    let changes = try plan.apply(
      Change(planID: "p", .setActual(indicator: "1", year: 2025, value: "12")), by: office,
      roster: roster, today: today)
    #expect(
      changes == [FieldChange(taskID: "indicator:1", field: "actual-2025", old: "", new: "12")])
    #expect(plan.indicators[0].actuals.map(\.year) == [2025, 2026])
    #expect(
      throws: ChangeError.invalidIndicatorYear(indicator: "1", year: 2027, years: [2025, 2026])
    ) {
      try plan.apply(
        Change(planID: "p", .setActual(indicator: "1", year: 2027, value: "1")), by: office,
        roster: roster, today: today)
    }
    // An undo expecting a value someone has changed since changes nothing.
    #expect(
      throws: ChangeError.changedSince(task: "indicator:1", field: "actual-2026", now: "5")
    ) {
      try plan.apply(
        Change(
          planID: "p", .setActual(indicator: "1", year: 2026, value: ""),
          expecting: ["actual-2026": "6"]), by: office, roster: roster, today: today)
    }
    _ = try plan.apply(
      Change(
        planID: "p", .setActual(indicator: "1", year: 2026, value: ""),
        expecting: ["actual-2026": "5"]), by: office, roster: roster, today: today)
    #expect(plan.indicators[0].actuals.map(\.year) == [2025])
  }
}
