import BoardCore
import Testing

@Suite struct DayTests {
  @Test func parsesAndPrintsISODates() throws {
    let day = try #require(Day("2026-11-24"))
    #expect(day.description == "2026-11-24")
    #expect(day.components.year == 2026)
    #expect(day.components.month == 11)
    #expect(day.components.day == 24)
  }

  @Test(arguments: [
    "2024-13-01", "2023-02-29", "2024-1-01", "20241201", "2024-12-32", "", "abcd-ef-gh",
  ])
  func rejectsWhatIsNotADay(_ text: String) {
    #expect(Day(text) == nil)
  }

  @Test func leapDayExists() {
    #expect(Day("2024-02-29") != nil)
  }

  @Test func addingDaysCrossesMonthsAndYears() throws {
    let day = try #require(Day("2026-12-20"))
    #expect(day.adding(days: 12).description == "2027-01-01")
    #expect(try #require(Day("2024-02-28")).adding(days: 1).description == "2024-02-29")
    #expect(try #require(Day("1970-01-01")).serial == 0)
  }

  @Test func endOfMonthKnowsShortMonths() {
    #expect(Day.endOfMonth(year: 2026, month: 6)?.description == "2026-06-30")
    #expect(Day.endOfMonth(year: 2024, month: 2)?.description == "2024-02-29")
    #expect(Day.endOfYear(2025)?.description == "2025-12-31")
  }
}
