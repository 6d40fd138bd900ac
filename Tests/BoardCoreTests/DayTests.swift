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

  /// 2026-11-24 is a Tuesday; 1970-01-01 a Thursday; 1969-12-28 a Sunday.
  @Test(arguments: [("2026-11-24", 2), ("1970-01-01", 4), ("1969-12-28", 7), ("2026-11-30", 1)])
  func weekdayIsISO(_ text: String, _ weekday: Int) throws {
    #expect(try #require(Day(text)).weekday == weekday)
  }

  /// Working days skip Saturday and Sunday: from Tuesday three land on Friday, from
  /// Thursday on the Tuesday after, from Saturday on Wednesday.
  @Test(arguments: [
    ("2026-11-24", "2026-11-27"), ("2026-11-26", "2026-12-01"), ("2026-11-28", "2026-12-02"),
  ])
  func threeWorkingDaysLater(_ from: String, _ expected: String) throws {
    #expect(try #require(Day(from)).adding(workingDays: 3).description == expected)
  }
}
