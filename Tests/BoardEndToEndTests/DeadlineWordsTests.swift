import BoardTestSupport
import Foundation
import Testing

/// `--due ongoing`, `长期`, `none` and `-` mean the same in every command that takes a
/// deadline (the board's form reads the same words: BoardUITests' DeadlineWordsTests).
@Suite struct DeadlineWordsTests {
  static let words = ["ongoing", "长期", "none", "-"]
  let plan = "luzhou-patent-2024"

  func board(_ arguments: [String], in boards: TemporaryDirectory) -> ProcessResult {
    Programs.board(
      ["--boards", boards.path, "--today", "2026-11-24", "--unit", "office"] + arguments)
  }

  func due(_ task: String, in boards: TemporaryDirectory) -> String {
    let json = board(["show", plan, task, "--format", "json"], in: boards).stdout
    return json.contains("\"due\":null") ? "ongoing" : json
  }

  @Test(arguments: words)
  func setTakesEveryOngoingWord(_ word: String) {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(["set", plan, "3", "--due", word], in: boards)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(due("3", in: boards) == "ongoing")
  }

  @Test(arguments: words)
  func taskEditTakesEveryOngoingWord(_ word: String) {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(["task", "edit", plan, "3", "--due=\(word)"], in: boards)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(due("3", in: boards) == "ongoing")
  }

  @Test(arguments: words)
  func taskAddTakesEveryOngoingWord(_ word: String) {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["task", "add", plan, "--id", "X1", "--title", "长期任务", "--due", word], in: boards)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(due("X1", in: boards) == "ongoing")
  }
}
