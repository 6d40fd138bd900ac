import BoardTestSupport
import Foundation
import Testing

/// The permission rule through the real command line: each refusal names its rule, leaves
/// every file as it was and logs nothing.
@Suite struct PermissionRefusalTests {
  struct Refusal: CustomStringConvertible, Sendable {
    var arguments: [String]
    var message: String
    var description: String { arguments.joined(separator: " ") }
  }

  static let plan = "qianjiang-patent-2022"

  static let refusals: [Refusal] = [
    // 1.1 is led by qj-jjxxw; qj-kjj only cooperates on it.
    Refusal(
      arguments: ["--unit", "qj-kjj", "set", plan, "1.1", "--status", "done"],
      message: "区科技局 (qj-kjj) is not a lead unit of task 1.1: only lead units may change its status"
    ),
    // 2.1 neither led nor cooperated on by qj-kjj.
    Refusal(
      arguments: ["--unit", "qj-kjj", "note", plan, "2.1", "代为反馈"],
      message:
        "区科技局 (qj-kjj) neither leads nor cooperates on task 2.1: only they may add notes to it"
    ),
    // Its own task, but assigning is the office's.
    Refusal(
      arguments: ["--unit", "qj-kjj", "assign", plan, "1.3", "--lead", "qj-sww"],
      message: "区科技局 (qj-kjj) may not assign units: only the office may"
    ),
    Refusal(
      arguments: ["--unit", "qj-kjj", "assign", plan, "1.3", "--coop", ""],
      message: "区科技局 (qj-kjj) may not assign units: only the office may"
    ),
    Refusal(
      arguments: ["--unit", "qj-kjj", "set", plan, "1.3", "--due", "2030-12-31"],
      message: "区科技局 (qj-kjj) may not change deadlines: only the office may"
    ),
    // Status and deadline at once: refused whole, the status is not saved either.
    Refusal(
      arguments: ["--unit", "qj-kjj", "set", plan, "1.3", "--status", "done", "--due", "none"],
      message: "区科技局 (qj-kjj) may not change deadlines: only the office may"
    ),
    // 区市场监管局 of 大足区 on a task of 区市场监管局 of 黔江区 (qj-scjgj leads 2.2).
    Refusal(
      arguments: ["--unit", "dz-scjgj", "set", plan, "2.2", "--status", "doing"],
      message:
        "区市场监管局 (dz-scjgj) is not a lead unit of task 2.2: only lead units may change its status"
    ),
    Refusal(
      arguments: ["--unit", "dz-scjgj", "note", plan, "2.2", "已完成"],
      message:
        "区市场监管局 (dz-scjgj) neither leads nor cooperates on task 2.2: only they may add notes to it"
    ),
    // The office itself cannot put another jurisdiction's unit on a Qianjiang task.
    Refusal(
      arguments: ["--unit", "office", "assign", plan, "2.2", "--lead", "dz-scjgj"],
      message: "区市场监管局 (dz-scjgj) is not a unit of 黔江区"
    ),
  ]

  @Test(arguments: refusals)
  func refusedWithItsRuleAndNothingChanges(_ refusal: Refusal) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = try snapshot(boards)
    let result = Programs.board(
      ["--boards", boards.path, "--today", "2026-11-24", "--lang", "en"] + refusal.arguments)
    #expect(result.status == 3)
    #expect(result.stderr == "board: refused: \(refusal.message)\n")
    #expect(result.stdout.isEmpty)
    #expect(try snapshot(boards) == before)
    #expect(!FileManager.default.fileExists(atPath: boards.file("log.rec")))
  }

  /// The same units may do what is theirs: the refusals above are the rule, not a broken
  /// board.
  @Test func theSameUnitsMayChangeTheirOwnTasks() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    for arguments in [
      ["--unit", "qj-kjj", "set", Self.plan, "1.3", "--status", "doing"],
      ["--unit", "qj-kjj", "note", Self.plan, "1.1", "配合完成专利数据分析"],
      ["--unit", "qj-scjgj", "set", Self.plan, "2.2", "--status", "blocked"],
      ["--unit", "dz-scjgj", "set", "dazu-patent-2025", "5", "--status", "doing"],
    ] {
      let result = Programs.board(
        ["--boards", boards.path, "--today", "2026-11-24", "--lang", "en"] + arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let log = Programs.board(["--boards", boards.path, "log", "--format", "tsv"]).stdout
    #expect(
      log.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[1] } == [
        "qj-kjj", "qj-kjj", "qj-scjgj", "dz-scjgj",
      ])
  }

  /// Every file's bytes, including hidden ones.
  func snapshot(_ boards: TemporaryDirectory) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: boards.path)
    where name != ".lock" {
      files[name] = Repository.bytes(boards.file(name))
    }
    return files
  }
}
