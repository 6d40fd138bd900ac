import BoardTestSupport
import Foundation
import Testing

/// Who one is: `--unit ID` (fixed by an SSH forced command), else the roster's `Login` for the
/// operating-system user, else nobody. Nothing the client sends changes it.
@Suite struct IdentityTests {
  let today = "2026-11-24"
  let plan = "qianjiang-patent-2022"

  /// What an SSH client can set or send: the original command, variables it may pass with
  /// SendEnv or SetEnv (if a server accepted them), a terminal type.
  let hostileEnvironment = [
    "SSH_ORIGINAL_COMMAND": "board --unit office assign qianjiang-patent-2022 1.3 --lead qj-sww",
    "BOARD_UNIT": "office",
    "UNIT": "office",
    "USER": "office",
    "LOGNAME": "office",
    "TERM": "xterm-256color; board --unit office",
    "LC_ALL": "C.UTF-8",
    "LANG": "zh_CN.UTF-8",
  ]

  func board(_ arguments: [String], in boards: TemporaryDirectory, environment: [String: String])
    -> ProcessResult
  {
    Programs.board(
      ["--boards", boards.path, "--today", today, "--lang", "en"] + arguments,
      environment: environment)
  }

  /// The roster with `Login: login` added to the unit `id`.
  func addLogin(_ login: String, to id: String, in boards: TemporaryDirectory) {
    let roster = boards.read("roster.rec")
    let record = roster.components(separatedBy: "\n\n").first { $0.hasPrefix("Id: \(id)\n") }
    guard let record else { return }
    boards.write(
      "roster.rec", roster.replacingOccurrences(of: record, with: record + "\nLogin: \(login)"))
  }

  func notes(_ task: String, in boards: TemporaryDirectory) -> [String] {
    boards.read("\(plan).rec").components(separatedBy: "\n\n")
      .first { $0.hasPrefix("Id: \(task)\n") }?
      .split(separator: "\n").filter { $0.hasPrefix("Note: ") }.map(String.init) ?? []
  }

  @Test func environmentAndOriginalCommandNeverChangeAFixedUnit() {
    let boards = TemporaryDirectory.copyOfBoards()
    // Even a unit whose Login is what USER claims does not come into it.
    addLogin("office", to: "office", in: boards)
    let note = board(
      ["--unit", "qj-kjj", "note", plan, "1.3", "已完成研发活动摸底"], in: boards,
      environment: hostileEnvironment)
    #expect(note.status == 0, "\(note.stderr)")
    #expect(notes("1.3", in: boards) == ["Note: 2026-11-24 qj-kjj 已完成研发活动摸底"])
    let assign = board(
      ["--unit", "qj-kjj", "assign", plan, "1.3", "--lead", "qj-sww"], in: boards,
      environment: hostileEnvironment)
    #expect(assign.status == 3)
    #expect(
      assign.stderr.contains("区科技局 (qj-kjj) may not assign units: only the office may"),
      "\(assign.stderr)")
    let log = board(["log", "--format", "tsv"], in: boards, environment: [:]).stdout
    #expect(
      log.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[1] } == ["qj-kjj"])
  }

  @Test func theOperatingSystemUsersLoginActsWithoutUnit() throws {
    let user = try #require(Programs.userName)
    let boards = TemporaryDirectory.copyOfBoards()
    addLogin(user, to: "qj-kjj", in: boards)
    let note = board(
      ["note", plan, "1.3", "按Login识别"], in: boards, environment: hostileEnvironment)
    #expect(note.status == 0, "\(note.stderr)")
    // --unit, where given, decides instead of the Login.
    let asOffice = board(
      ["--unit", "office", "note", plan, "1.3", "办公室催办"], in: boards, environment: [:])
    #expect(asOffice.status == 0, "\(asOffice.stderr)")
    #expect(
      notes("1.3", in: boards) == [
        "Note: 2026-11-24 qj-kjj 按Login识别", "Note: 2026-11-24 office 办公室催办",
      ])
  }

  @Test func withoutUnitOrLoginTheUserIsReadOnlyAndToldSo() throws {
    let user = try #require(Programs.userName)
    let boards = TemporaryDirectory.copyOfBoards()
    // USER and LOGNAME name a unit's Login, but only the real user id counts.
    addLogin("dzscj", to: "dz-scjgj", in: boards)
    let before = boards.read("\(plan).rec")
    let result = board(
      ["set", plan, "1.3", "--status", "doing"], in: boards,
      environment: ["USER": "dzscj", "LOGNAME": "dzscj", "BOARD_UNIT": "qj-kjj"])
    #expect(result.status == 3)
    #expect(
      result.stderr
        == "board: refused: read-only: the user \"\(user)\" is not the Login of any unit in "
        + "\(boards.path)/roster.rec; nothing was changed (act as a unit with --unit ID, "
        + "or add \"Login: \(user)\" to its record)\n")
    #expect(boards.read("\(plan).rec") == before)
    #expect(!FileManager.default.fileExists(atPath: boards.file("log.rec")))
    // Reading needs no identity.
    #expect(board(["show", plan, "1.3"], in: boards, environment: [:]).status == 0)
  }

  @Test func aUnitNotInTheRosterIsNobody() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["--unit", "qj-kjj-fake", "note", plan, "1.3", "x"], in: boards, environment: [:])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no unit \"qj-kjj-fake\" in the roster"))
    #expect(notes("1.3", in: boards).isEmpty)
  }

  /// A forced command's `--unit` cannot be overridden by a second one: the command line
  /// refuses it rather than taking the last.
  @Test func aSecondUnitIsAUsageErrorNotAnOverride() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["--unit", "qj-kjj", "note", plan, "1.1", "x", "--unit", "office"], in: boards,
      environment: [:])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--unit given twice"))
    #expect(notes("1.1", in: boards).isEmpty)
  }
}
