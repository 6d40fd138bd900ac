import BoardCore
import BoardStore
import Foundation
import Testing

/// A small board in memory: a roster of two jurisdictions and a plan of 黔江区.
enum Fixture {
  static let roster = Roster(units: [
    Unit(id: "office", name: "联席会议办公室", role: .office),
    Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
    Unit(id: "qj-jw", name: "区教委", region: "黔江区"),
    Unit(id: "dz-kjj", name: "区科技局", region: "大足区"),
  ])

  static let header = """
    %rec: Plan
    %key: Id
    %type: Issued,Start,End date
    %mandatory: Id Title
    %allowed: Id Title Region Issuer Number Issued Start End Source

    Id: qj
    Title: 黔江区方案
    Region: 黔江区
    End: 2024-12-31

    %rec: Task
    %key: Id
    %type: Due date
    %type: Status enum todo doing blocked done
    %mandatory: Id Title Status
    %allowed: Id Section Title Lead Coop Due Status Text Note Event


    """

  static let goodTask = """
    Id: 1.1
    Title: 聚焦研发活动
    Lead: 区科技局
    Coop: 区教委
    Due: 2024-12-31
    Status: todo
    Text: 第一句。
    + 第二句。
    Note: 2026-11-20 qj-kjj 已启动

    """

  static func decode(_ text: String) -> PlanFile.Decoded {
    PlanFile.decode(Array(text.utf8), file: "boards/qj.rec", expectedID: "qj", roster: roster)
  }
}

struct BadInput: CustomTestStringConvertible, Sendable {
  var name: String
  var text: String
  var expected: String
  var testDescription: String { name }
}

@Suite struct ParserTests {
  static let badInputs: [BadInput] = [
    BadInput(
      name: "a line that is not a field",
      text: Fixture.header + "Id: 1.1\nTitle: t\nStatus: todo\n区科技局\n",
      expected:
        "boards/qj.rec:22: expected \"Name: value\", a \"+ \" continuation, a comment or a blank line; found \"区科技局\""
    ),
    BadInput(
      name: "an unknown field",
      text: Fixture.header + "Id: 1.1\nTitle: t\nLeader: 区科技局\nStatus: todo\n",
      expected:
        "boards/qj.rec:21: unknown field \"Leader\" in a Task record; expected one of Id, Section, Title, Lead, Coop, Due, Status, Text, Note, Event"
    ),
    BadInput(
      name: "a bad date",
      text: Fixture.header + "Id: 1.1\nTitle: t\nDue: 2024-13-01\nStatus: todo\n",
      expected: "boards/qj.rec:21: expected a date YYYY-MM-DD in Due, found \"2024-13-01\""),
    BadInput(
      name: "an unknown status",
      text: Fixture.header + "Id: 1.1\nTitle: t\nStatus: finished\n",
      expected:
        "boards/qj.rec:21: unknown status \"finished\"; expected todo, doing, blocked or done"),
    BadInput(
      name: "a duplicate task id",
      text: Fixture.header + "Id: 1.1\nTitle: t\nStatus: todo\n\nId: 1.1\nTitle: u\nStatus: todo\n",
      expected: "boards/qj.rec:23: duplicate task id \"1.1\" (first at line 19)"),
    BadInput(
      name: "a task before the plan record",
      text: "%rec: Task\n\nId: 1.1\nTitle: t\nStatus: todo\n\n%rec: Plan\n\nId: qj\nTitle: p\n",
      expected:
        "boards/qj.rec:3: Task record before the Plan record; expected the Plan record first"),
    BadInput(
      name: "an empty lead entry",
      text: Fixture.header + "Id: 1.1\nTitle: t\nLead:\nStatus: todo\n",
      expected: "boards/qj.rec:21: empty Lead; expected a unit name"),
    BadInput(
      name: "a unit not in the roster",
      text: Fixture.header + "Id: 1.1\nTitle: t\nLead: 区科技厅\nStatus: todo\n",
      expected: "boards/qj.rec:21: unit \"区科技厅\" is not in the roster for 黔江区 (roster.rec)"),
    BadInput(
      name: "invalid UTF-8",
      text: Fixture.header + "Id: 1.1\nTitle: t\u{FFFF}\nStatus: todo\n",
      expected: "boards/qj.rec:20: invalid UTF-8 (byte 0xFF at byte 9 of the line)"),
    BadInput(
      name: "a missing mandatory field",
      text: Fixture.header + "Id: 2.1\nStatus: todo\n",
      expected: "boards/qj.rec:19: task 2.1 has no Title (mandatory)"),
    BadInput(
      name: "a field given twice",
      text: Fixture.header + "Id: 1.1\nTitle: t\nStatus: todo\nStatus: done\n",
      expected: "boards/qj.rec:22: Status given twice in task 1.1 (first at line 21)"),
    BadInput(
      name: "a continuation with no field",
      text: "+ 孤立的续行\n" + Fixture.header,
      expected: "boards/qj.rec:1: expected a field before this \"+\" continuation"),
    BadInput(
      name: "a bad note",
      text: Fixture.header + "Id: 1.1\nTitle: t\nStatus: todo\nNote: done\n",
      expected: "boards/qj.rec:22: expected \"Note: YYYY-MM-DD UNIT-ID text\", found \"done\""),
    BadInput(
      name: "a plan id that is not the file name",
      text: Fixture.header.replacingOccurrences(of: "Id: qj\n", with: "Id: other\n"),
      expected: "boards/qj.rec:7: plan id \"other\" does not match the file name (expected \"qj\")"),
    BadInput(
      name: "a unit of another jurisdiction",
      text: Fixture.header.replacingOccurrences(of: "Region: 黔江区", with: "Region: 大足区")
        + "Id: 1.1\nTitle: t\nLead: 区教委\nStatus: todo\n",
      expected: "boards/qj.rec:21: unit \"区教委\" is not in the roster for 大足区 (roster.rec)"),
    BadInput(
      name: "a record before any %rec",
      text: "Id: qj\nTitle: p\n",
      expected: "boards/qj.rec:1: expected \"%rec: Plan\" before the first record"),
  ]

  @Test(arguments: badInputs)
  func eachMalformedClassHasItsOwnMessage(_ input: BadInput) {
    var bytes = Array(input.text.utf8)
    // "\u{FFFF}" stands for a byte that is not UTF-8.
    if let range = findSubsequence(bytes, Array("\u{FFFF}".utf8)) {
      bytes.replaceSubrange(range, with: [0xFF])
    }
    let decoded = PlanFile.decode(
      bytes, file: "boards/qj.rec", expectedID: "qj", roster: Fixture.roster)
    #expect(decoded.problems.map(\.description).contains(input.expected), "\(decoded.problems)")
  }

  @Test func everyProblemIsReportedNotJustTheFirst() {
    let text =
      Fixture.header
      + "Id: 1.1\nTitle: t\nStatus: finished\n\nId: 1.2\nTitle: u\nDue: 2024-02-30\nStatus: todo\n"
    let decoded = Fixture.decode(text)
    #expect(decoded.problems.map(\.line) == [21, 25])
  }

  @Test func noRecordIsDroppedEvenWhenItHasProblems() {
    let text =
      Fixture.header
      + "Id: 1.1\nTitle: t\nStatus: finished\n\nId: 1.2\nTitle: u\nStatus: todo\n\nId: 1.3\nTitle: v\nStatus: done\n"
    let decoded = Fixture.decode(text)
    #expect(decoded.plan?.tasks.map(\.id) == ["1.1", "1.2", "1.3"])
    #expect(decoded.problems.count == 1)
  }

  @Test func readsAGoodTaskWhole() throws {
    let decoded = Fixture.decode(Fixture.header + Fixture.goodTask)
    #expect(decoded.problems.isEmpty)
    let task = try #require(decoded.plan?.tasks.first)
    #expect(task.lead == ["qj-kjj"])
    #expect(task.coop == ["qj-jw"])
    #expect(task.due == Day("2024-12-31"))
    #expect(task.text == "第一句。\n第二句。")
    #expect(task.notes == [Note(date: Day("2026-11-20")!, author: "qj-kjj", text: "已启动")])
  }

  @Test func followsRecutilsContinuationRules() throws {
    let text =
      Fixture.header + "Id: 1.1\nTitle: 一行\\\n接着\nStatus: todo\nText:  两个空格\n+\n+  缩进\n+ 反斜杠\\\\\n"
    let decoded = Fixture.decode(text)
    #expect(decoded.problems.isEmpty)
    let task = try #require(decoded.plan?.tasks.first)
    #expect(task.title == "一行接着")
    #expect(task.text == " 两个空格\n\n 缩进\n反斜杠\\")
  }

  @Test func commentsAreNotData() throws {
    let text = "# 黔江区的方案\n" + Fixture.header + "# 下一条任务\n" + Fixture.goodTask
    let decoded = Fixture.decode(text)
    #expect(decoded.problems.isEmpty)
    #expect(decoded.plan?.tasks.count == 1)
  }

  private func findSubsequence(_ bytes: [UInt8], _ needle: [UInt8]) -> Range<Int>? {
    guard bytes.count >= needle.count else { return nil }
    for start in 0...(bytes.count - needle.count)
    where Array(bytes[start..<start + needle.count]) == needle {
      return start..<start + needle.count
    }
    return nil
  }
}

@Suite struct RosterFileTests {
  @Test func reportsDuplicateIdsAndNamesWithinAJurisdiction() {
    let text = """
      %rec: Unit

      Id: qj-kjj
      Name: 区科技局
      Region: 黔江区
      Role: unit

      Id: qj-kjj
      Name: 区科技局
      Region: 黔江区
      Role: unit

      Id: dz-kjj
      Name: 区科技局
      Region: 大足区
      Role: boss

      """
    let (_, _, problems) = RosterFile.decode(Array(text.utf8), file: "boards/roster.rec")
    #expect(
      problems.map(\.description) == [
        "boards/roster.rec:1: no unit with Role: office; expected exactly one office (联席会议办公室)",
        "boards/roster.rec:8: duplicate unit id \"qj-kjj\" (first at line 3)",
        "boards/roster.rec:9: unit name \"区科技局\" appears twice in 黔江区 (first at line 4)",
        "boards/roster.rec:16: unknown role \"boss\"; expected office or unit",
      ])
  }

  @Test func readsTheDueSoonSetting() {
    let text =
      "%rec: Board\n\nDueSoonDays: 14\n\n%rec: Unit\n\nId: office\nName: 办公室\nRole: office\n"
    let (roster, settings, problems) = RosterFile.decode(Array(text.utf8), file: "roster.rec")
    #expect(problems.isEmpty)
    #expect(settings.dueSoonDays == 14)
    #expect(roster.unit(id: "office")?.role == .office)
  }
}
