import BoardCore
import BoardStore
import BoardTestSupport
import Testing

@Suite struct RoundTripTests {
  static let planIDs = Repository.seedPlans

  func roster() throws -> Roster {
    try BoardDirectory(path: Repository.boards).loadRoster().0
  }

  @Test(arguments: planIDs)
  func everyShippedPlanReadsAndWritesBackByteIdentical(_ id: String) throws {
    let path = Repository.boards + "/\(id).rec"
    let bytes = Repository.bytes(path)
    let decoded = PlanFile.decode(bytes, file: path, expectedID: id, roster: try roster())
    #expect(decoded.problems.isEmpty, "\(decoded.problems)")
    let plan = try #require(decoded.plan)
    let written = PlanFile.encode(plan, roster: try roster())
    #expect(written == bytes, "first difference at byte \(firstDifference(written, bytes))")
  }

  @Test func theRosterReadsAndWritesBackByteIdentical() throws {
    let path = Repository.boards + "/roster.rec"
    let bytes = Repository.bytes(path)
    let (roster, settings, problems) = RosterFile.decode(bytes, file: path)
    #expect(problems.isEmpty)
    let written = RosterFile.encode(roster, settings: settings, name: "知识产权工作任务看板")
    #expect(written == bytes, "first difference at byte \(firstDifference(written, bytes))")
  }

  @Test(arguments: planIDs)
  func encodingThenDecodingGivesTheSamePlan(_ id: String) throws {
    let board = try BoardDirectory(path: Repository.boards).load()
    let plan = try #require(board.plan(id: id))
    let decoded = PlanFile.decode(
      PlanFile.encode(plan, roster: board.roster), file: id, expectedID: id, roster: board.roster)
    #expect(decoded.plan == plan)
  }

  @Test func awkwardValuesSurviveTheWriter() throws {
    let roster = Fixture.roster
    let task = PlanTask(
      id: "9", title: "反斜杠结尾\\", text: " 前导空格\n\n空行之后\n末尾反斜杠\\\n+ 加号开头",
      lead: ["qj-kjj"], status: .blocked,
      notes: [Note(date: Day("2026-11-24")!, author: "qj-kjj", text: "第一行\n第二行")])
    let plan = Plan(id: "qj", title: "t", region: "黔江区", tasks: [task])
    let decoded = PlanFile.decode(
      PlanFile.encode(plan, roster: roster), file: "qj.rec", expectedID: "qj", roster: roster)
    #expect(decoded.problems.isEmpty)
    #expect(decoded.plan == plan)
  }

  private func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int {
    zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
  }
}
