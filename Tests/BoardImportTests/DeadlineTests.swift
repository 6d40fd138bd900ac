import BoardCore
import Testing

@testable import BoardImport

/// Deadlines in a task's text and in a 完成时限 field.
@Suite struct DeadlineTests {
  @Test(arguments: [
    ("到2025年底，实现专利转移转化100次以上。", "2025-12-31"),
    ("力争2024年底前实现全覆盖。", "2024-12-31"),
    ("2025年12月底前完成备案。", "2025-12-31"),
    ("2026年6月建成平台。", "2026-06-30"),
    ("到2027年，培育打造示范企业1家。", "2027-12-31"),
    ("2025年6月30日前投入运行。", "2025-06-30"),
  ])
  func theTextFixesADeadline(_ text: String, _ day: String) {
    #expect(Deadlines.inText(text).map(\.day.description) == [day])
  }

  @Test(arguments: [
    "开展2024年度知识产权评价。",
    "根据（国办发〔2023〕37号）精神。",
    "落实《重庆市知识产权保护和运用“十四五”规划（2021—2025年）》。",
    "2025年，知识产权质押融资取得进展。",
    "持续推进产学研合作。",
  ])
  func aYearAloneOrACitationIsNoDeadline(_ text: String) {
    #expect(Deadlines.inText(text).isEmpty)
  }

  @Test func theLatestOfSeveralDeadlinesIsTheTasks() {
    let found = Deadlines.inText("2024年底前完成盘点，2025年底前完成转化。")
    #expect(found.map(\.day.description) == ["2024-12-31", "2025-12-31"])
  }

  @Test(
    arguments: [
      ("长期坚持", nil), ("持续推进", nil), ("常态化开展", nil),
      ("2024年12月底前", "2024-12-31"), ("2025年", "2025-12-31"), ("2024—2025年", "2025-12-31"),
      ("2025-06-30", "2025-06-30"), ("2025年6月", "2025-06-30"),
    ] as [(String, String?)])
  func aTimeLimitFieldIsADateOrOngoing(_ value: String, _ day: String?) throws {
    let field = try #require(Deadlines.field(value))
    switch field {
    case .day(let found): #expect(found.description == day)
    case .ongoing: #expect(day == nil)
    }
  }

  @Test func aTimeLimitFieldWithNoDateOrOngoingWordIsNotRead() {
    #expect(Deadlines.field("按计划推进") == nil)
  }
}
