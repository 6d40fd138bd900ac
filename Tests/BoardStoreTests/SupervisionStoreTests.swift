import BoardCore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardStore

/// The supervision cycle in the files: events as `Event:` fields of their task, the board's
/// settings in the roster, and files recutils still accepts.
@Suite struct SupervisionStoreTests {
  static let plan = "qianjiang-patent-2022"
  static let roster = Roster(units: [
    Unit(id: "office", name: "联席会议办公室", role: .office),
    Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
  ])
  let today = Day("2024-11-20")!
  let time = "2024-11-20T09:00:00+08:00"

  func recfixAccepts(_ boards: TemporaryDirectory, _ name: String) throws {
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    let result = Programs.run(recfix, ["--check", boards.file(name)])
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func eachStepIsAnEventLineOfItsTaskAndReadsBack() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let steps: [(Change.Operation, String)] = [
      (.requestExtension(task: "1.3", to: Day("2025-06-30")!, reason: "设备延迟到货"), "qj-kjj"),
      (.approveExtension(task: "1.3", note: ""), "office"),
      (.chase(task: "1.3", message: "请按月报送"), "office"),
      (.requestDone(task: "1.3", note: "已完成研发投入统计\n另附清单"), "qj-kjj"),
      (.sendBack(task: "1.3", reason: "缺少验收材料"), "office"),
    ]
    for (operation, unit) in steps {
      try directory.apply(
        Change(planID: Self.plan, operation), by: unit, today: today, time: time)
    }
    let text = boards.read(Self.plan + ".rec")
    #expect(text.contains("%allowed: Id Section Title Lead Coop Due Status Text Note Event\n"))
    #expect(
      text.contains(
        """
        Due: 2025-06-30
        Status: doing
        """))
    #expect(
      text.contains(
        """
        Event: 2024-11-20 qj-kjj request-extension 2025-06-30 设备延迟到货
        Event: 2024-11-20 office approve-extension 2024-12-31 2025-06-30
        Event: 2024-11-20 office chase blue 请按月报送
        Event: 2024-11-20 qj-kjj request-done 已完成研发投入统计
        + 另附清单
        Event: 2024-11-20 office sendback 缺少验收材料

        """))
    let task = try #require(try directory.load().plan(id: Self.plan)?.task(id: "1.3"))
    #expect(
      task.events.map(\.kind) == [
        .requestExtension, .approveExtension, .chase, .requestDone, .sendBack,
      ])
    #expect(task.events[3].text == "已完成研发投入统计\n另附清单")
    #expect(try directory.check().isEmpty)
    try recfixAccepts(boards, Self.plan + ".rec")
    let logged = try directory.logEntries().map { "\($0.unit) \($0.field) \($0.old) → \($0.new)" }
    #expect(
      logged == [
        "qj-kjj request-extension  → 2025-06-30 设备延迟到货",
        "office approve-extension  → 2024-12-31 2025-06-30",
        "office due 2024-12-31 → 2025-06-30",
        "office chase  → blue 请按月报送",
        "qj-kjj request-done  → 已完成研发投入统计\n另附清单",
        "office sendback  → 缺少验收材料",
        "office status todo → doing",
      ])
  }

  @Test func aFileWithTheOlderDescriptorGetsEventsAllowedWhenOneIsSaved() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let older = "%allowed: Id Section Title Lead Coop Due Status Text Note\n"
    let current = "%allowed: Id Section Title Lead Coop Due Status Text Note Event\n"
    let original = boards.read(Self.plan + ".rec").replacingOccurrences(of: current, with: older)
    boards.write(Self.plan + ".rec", original)
    let directory = BoardDirectory(path: boards.path)
    #expect(try directory.check().isEmpty)
    try directory.apply(
      Change(planID: Self.plan, .chase(task: "1.1", message: "")), by: "office", today: today,
      time: time)
    let saved = boards.read(Self.plan + ".rec")
    // Only the descriptor line and the new event changed.
    let expected = original.replacingOccurrences(of: older, with: current)
    let difference = saved.split(separator: "\n", omittingEmptySubsequences: false)
      .difference(from: expected.split(separator: "\n", omittingEmptySubsequences: false))
    #expect(difference.count == 1)
    #expect(saved.contains("Event: 2024-11-20 office chase blue\n"))
    try recfixAccepts(boards, Self.plan + ".rec")
    #expect(try directory.check().isEmpty)
  }

  @Test func anEventTheOlderDescriptorForbidsIsReported() {
    let text = """
      %rec: Plan
      %key: Id

      Id: qj
      Title: 黔江
      Region: 黔江区

      %rec: Task
      %allowed: Id Section Title Lead Coop Due Status Text Note

      Id: 1
      Title: t
      Status: doing
      Event: 2024-11-20 office chase red

      """
    let decoded = PlanFile.decode(
      Array(text.utf8), file: "boards/qj.rec", expectedID: "qj", roster: Self.roster)
    #expect(
      decoded.problems.map(\.description) == [
        "boards/qj.rec:14: Event is not in this file's \"%allowed\" line (line 9); expected "
          + "\"%allowed: Id Section Title Lead Coop Due Status Text Note Event\""
      ])
  }

  @Test(arguments: [
    ("Event: 2024-11-20 office finish 完成", "KIND one of request-done"),
    ("Event: 2024-11-20 office chase purple", "found \"2024-11-20 office chase"),
    ("Event: 2024-11-20 nosuch signoff", "event unit \"nosuch\" is not in the roster"),
  ])
  func malformedEventsAreReportedWithTheirLine(_ line: String, _ expected: String) {
    let text = """
      %rec: Plan

      Id: qj
      Title: 黔江
      Region: 黔江区

      %rec: Task

      Id: 1
      Title: t
      Status: doing
      \(line)

      """
    let decoded = PlanFile.decode(
      Array(text.utf8), file: "boards/qj.rec", expectedID: "qj", roster: Self.roster)
    #expect(decoded.problems.count == 1)
    #expect(decoded.problems.first?.line == 12)
    #expect(decoded.problems.first?.message.contains(expected) == true, "\(decoded.problems)")
  }

  @Test func theSupervisionSettingsAreInTheBoardRecord() {
    let text = """
      %rec: Board
      %type: DueSoonDays,RedChaseDays,ReportDay int
      %allowed: Name DueSoonDays RedChaseDays ReportDay

      Name: 看板
      DueSoonDays: 30
      RedChaseDays: 10
      ReportDay: 31

      %rec: Unit

      Id: office
      Name: 联席会议办公室
      Role: office

      """
    let (_, settings, problems) = RosterFile.decode(Array(text.utf8), file: "roster.rec")
    #expect(problems.isEmpty)
    #expect(settings.redChaseDays == 10)
    #expect(settings.reportDay == 31)
    let defaults = RosterFile.decode(
      Array(text.replacingOccurrences(of: "RedChaseDays: 10\nReportDay: 31\n", with: "").utf8),
      file: "roster.rec"
    ).1
    #expect(defaults.redChaseDays == 7)
    #expect(defaults.reportDay == 25)
    let bad = RosterFile.decode(
      Array(text.replacingOccurrences(of: "ReportDay: 31", with: "ReportDay: 32").utf8),
      file: "roster.rec"
    ).2
    #expect(
      bad.map(\.description) == [
        "roster.rec:8: expected a day of the month from 1 to 31 in ReportDay, found \"32\""
      ])
    // Written back as read.
    let roster = RosterFile.decode(Array(text.utf8), file: "roster.rec").0
    let written = String(
      decoding: RosterFile.encode(roster, settings: settings, name: "看板"), as: UTF8.self)
    #expect(written.hasPrefix(text.components(separatedBy: "%rec: Unit")[0]))
  }
}
