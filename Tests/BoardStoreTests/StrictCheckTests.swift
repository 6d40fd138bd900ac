import BoardCore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardStore

/// `board check` is never laxer than `recfix --check`, never crashes on numbers read from a
/// file, names what it finds, and a save rewrites only what it changed.
@Suite struct StrictCheckTests {
  static let plan = "qianjiang-patent-2022"
  let today = Day("2026-11-24")!
  let time = "2026-11-24T09:00:00+08:00"

  /// Damage to a plan file that recutils rejects: the board must reject it too.
  static let damage: [(name: String, from: String, to: String)] = [
    ("a bad %type", "%type: Due date", "%type: Due dat"),
    ("two %rec", "%rec: Task\n", "%rec: Task\n%rec: Task\n"),
    ("two %key", "%rec: Task\n%key: Id\n", "%rec: Task\n%key: Id\n%key: Title\n"),
    (
      "an empty %allowed", "%allowed: Id Section Title Lead Coop Due Status Text Note Event",
      "%allowed:"
    ),
    (
      "a Note the file's own %allowed forbids",
      "%allowed: Id Section Title Lead Coop Due Status Text Note Event\n\nId: 1.1\n",
      "%allowed: Id Section Title Lead Coop Due Status Text Event\n\nId: 1.1\n"
        + "Note: 2026-11-20 office 已部署\n"
    ),
    (
      "an Event the file's older %allowed forbids",
      "%allowed: Id Section Title Lead Coop Due Status Text Note Event\n\nId: 1.1\n",
      "%allowed: Id Section Title Lead Coop Due Status Text Note\n\nId: 1.1\n"
        + "Event: 2026-11-20 office chase red 请报送\n"
    ),
    ("a + continuation after a comment", "\n+ ", "\n# 注释\n+ "),
  ]

  @Test(arguments: damage.indices)
  func whatRecfixRejectsCheckRejects(_ index: Int) throws {
    let (name, from, to) = Self.damage[index]
    let boards = TemporaryDirectory.copyOfBoards()
    let text = boards.read(Self.plan + ".rec")
    let range = try #require(text.range(of: from), "\(name)")
    boards.write(Self.plan + ".rec", text.replacingCharacters(in: range, with: to))
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    let independent = Programs.run(recfix, ["--check", boards.file(Self.plan + ".rec")])
    #expect(independent.status != 0, "\(name): recfix accepts it")
    let problems = try BoardDirectory(path: boards.path).check()
    #expect(!problems.isEmpty, "\(name): board check accepts it")
    #expect(problems.allSatisfy { $0.file.hasSuffix(Self.plan + ".rec") && $0.line > 0 })
  }

  @Test func aBackslashEndingTheFileIsReported() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var bytes = Repository.bytes(boards.file(Self.plan + ".rec"))
    bytes.removeLast()
    boards.write(Self.plan + ".rec", bytes: bytes + Array("\\".utf8))
    let problems = try BoardDirectory(path: boards.path).check().map(\.description)
    #expect(problems.contains { $0.contains("ends in \"\\\"") }, "\(problems)")
  }

  @Test(arguments: [
    ("Role: office", "Role: unit", "no unit with Role: office"),
    (
      "Role: office\n", "Role: office\n\nId: office2\nName: 第二办公室\nRole: office\n",
      "a second office"
    ),
    ("DueSoonDays: 30", "DueSoonDays: 9223372036854775807", "from 0 to 36500"),
    ("DueSoonDays: 30", "DueSoonDays: 9223372036854000000", "from 0 to 36500"),
  ])
  func aRosterThatWouldMisleadOrCrashIsReported(_ from: String, _ to: String, _ message: String)
    throws
  {
    let boards = TemporaryDirectory.copyOfBoards()
    let text = boards.read("roster.rec")
    let range = try #require(text.range(of: from))
    boards.write("roster.rec", text.replacingCharacters(in: range, with: to))
    let problems = try BoardDirectory(path: boards.path).check().map(\.description)
    #expect(problems.contains { $0.contains("roster.rec:") && $0.contains(message) }, "\(problems)")
  }

  @Test func aByteOrderMarkIsNamed() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let bytes = Repository.bytes(boards.file(Self.plan + ".rec"))
    boards.write(Self.plan + ".rec", bytes: [0xEF, 0xBB, 0xBF] + bytes)
    let problems = try BoardDirectory(path: boards.path).check().map(\.description)
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.contains(":1: a UTF-8 byte-order mark (U+FEFF)") == true)
  }

  @Test func theOfficeAsALeadIsNamedAsTheOffice() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let text = boards.read(Self.plan + ".rec")
    let range = try #require(text.range(of: "Lead: 区经济信息委"))
    boards.write(Self.plan + ".rec", text.replacingCharacters(in: range, with: "Lead: 联席会议办公室"))
    let problems = try BoardDirectory(path: boards.path).check().map(\.description)
    #expect(problems.count == 1)
    #expect(problems.first?.contains("unit \"联席会议办公室\" is the office (office)") == true)
    #expect(problems.first?.contains("not in the roster") == false)
  }

  @Test func aSaveKeepsCommentsInsideTheRecordAndLeadsWrittenAsAliases() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var roster = boards.read("roster.rec")
    roster = roster.replacingOccurrences(
      of: "Id: qj-jjxxw\nName: 区经济信息委\nRegion: 黔江区\nRole: unit\n",
      with: "Id: qj-jjxxw\nName: 区经济信息委\nRegion: 黔江区\nRole: unit\nAlias: 黔江区经济和信息化委员会\n")
    boards.write("roster.rec", roster)
    var text = boards.read(Self.plan + ".rec")
    let record = try #require(text.range(of: "Id: 1.1\n"))
    text.replaceSubrange(record, with: "Id: 1.1\n# 由办公室核对\n")
    text = text.replacingOccurrences(
      of: "# 由办公室核对\nSection: （一）促进高价值发明专利创造\nTitle: 围绕重点产业\nLead: 区经济信息委\n",
      with: "# 由办公室核对\nSection: （一）促进高价值发明专利创造\nTitle: 围绕重点产业\nLead: 黔江区经济和信息化委员会\n")
    boards.write(Self.plan + ".rec", text)
    let directory = BoardDirectory(path: boards.path)
    #expect(try directory.check().isEmpty)
    try directory.apply(
      Change(planID: Self.plan, .setStatus(task: "1.1", .blocked)), by: "office", today: today,
      time: time)
    try directory.apply(
      Change(planID: Self.plan, .addNote(task: "1.1", text: "已核对")), by: "office",
      today: today, time: time)
    let after = boards.read(Self.plan + ".rec")
    #expect(after.contains("Id: 1.1\n# 由办公室核对\n"))
    #expect(after.contains("Lead: 黔江区经济和信息化委员会\n"))
    #expect(after.contains("Status: blocked\n"))
    #expect(after.contains("Note: 2026-11-24 office 已核对\n"))
    #expect(try directory.check().isEmpty)
  }
}
