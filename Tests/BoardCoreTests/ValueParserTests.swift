import BoardCore
import Testing

/// The one parser of each typed value the command line and the board's forms read.
@Suite struct ValueParserTests {
  @Test(arguments: ["长期", "ongoing", "none", "-", " 长期 "])
  func everyOngoingWordMeansNoDeadline(_ word: String) {
    #expect(Deadline(word) == .ongoing)
    #expect(Deadline(word)?.day == nil)
  }

  @Test func aDayIsADeadline() {
    #expect(Deadline("2026-12-31") == .day(Day(year: 2026, month: 12, day: 31)!))
    #expect(Deadline("2026-02-30") == nil)
    #expect(Deadline("soon") == nil)
    #expect(Deadline("") == nil)
  }

  @Test(arguments: [
    ("todo", Status.todo), ("doing", .doing), ("blocked", .blocked), ("done", .done),
    ("未开始", .todo), ("进行中", .doing), ("受阻", .blocked), ("已完成", .done),
    ("to do", .todo), ("in progress", .doing), ("Blocked", .blocked), ("DONE", .done),
  ])
  func aStatusIsReadByIdChineseOrEnglishName(_ text: String, _ status: Status) {
    #expect(Status(name: text) == status)
  }

  @Test func anythingElseIsNoStatus() {
    #expect(Status(name: "finished") == nil)
    #expect(Status(name: "") == nil)
  }
}
