import BoardCore
import Testing

@Suite struct IndicatorYearTests {
  @Test(arguments: [
    ("495", 495.0), ("1.25", 1.25), ("-3.5", -3.5), ("0", 0.0), ("10", 10.0),
  ])
  func numbersAsTheBoardWritesThem(_ text: String, _ value: Double) {
    #expect(Indicator.number(text) == value)
  }

  @Test(arguments: ["", "1e3", "五", "10%", "1.2.3", ".5", "5.", "-", "1,000", " 5", "inf", "nan"])
  func anythingElseIsNoNumber(_ text: String) {
    #expect(Indicator.number(text) == nil)
  }

  @Test func aYearIsMissingOnlyOnceItIsOver() {
    let indicator = Indicator(
      id: "1", name: "n", targets: [.init(year: 2025, value: "10"), .init(year: 2026, value: "12")])
    #expect(indicator.year(2025, today: Day("2025-12-31")!).state == .pending)
    #expect(indicator.year(2025, today: Day("2026-01-01")!).state == .missing)
    #expect(indicator.year(2026, today: Day("2026-11-24")!).state == .pending)
  }

  @Test func reachingTheTargetMeetsIt() {
    var indicator = Indicator(id: "1", name: "n", targets: [.init(year: 2025, value: "4.5")])
    let today = Day("2026-11-24")!
    indicator.actuals = [.init(year: 2025, value: "4.5")]
    #expect(indicator.year(2025, today: today).state == .met)
    indicator.actuals = [.init(year: 2025, value: "4.49")]
    #expect(indicator.year(2025, today: today).state == .behind)
    #expect(indicator.year(2025, today: today).needsAttention)
  }
}
