import BoardTestSupport
import Foundation
import Testing

/// Each listing's table, TSV and JSON come from one declaration of its columns: TSV and
/// JSON carry the same columns with the same values, and the table the same rows.
@Suite struct ListingTests {
  static let listings: [[String]] = [
    ["plans"],
    ["list", "--plan", "luzhou-patent-2024"],
    ["list", "--overdue"],
    ["units"],
    ["log"],
    ["show", "luzhou-patent-2024", "S1"],
  ]

  let boards: TemporaryDirectory = {
    let boards = TemporaryDirectory.copyOfBoards()
    // Something in the log, and a note, so that no listing is empty.
    _ = Programs.board([
      "--boards", boards.path, "--today", "2026-11-24", "--unit", "office", "note",
      "luzhou-patent-2024", "S1", "请报送进展",
    ])
    return boards
  }()

  func run(_ arguments: [String], _ format: String) -> String {
    let result = Programs.board(
      ["--boards", boards.path, "--today", "2026-11-24", "--lang", "en"] + arguments + [
        "--format", format,
      ])
    #expect(result.status == 0, "\(arguments) \(format): \(result.stderr)")
    return result.stdout
  }

  /// A JSON value as one TSV cell, the documented way: lists joined with 、.
  func cell(_ value: Any) -> String? {
    switch value {
    case let text as String: return text
    case is NSNull: return ""
    case let number as NSNumber:
      // JSON's true and false come as numbers of type char ("c").
      return String(cString: number.objCType) == "c"
        ? (number.boolValue ? "true" : "false") : number.stringValue
    case let list as [Any]:
      let cells = list.map(cell)
      return cells.contains(nil) ? nil : cells.compactMap { $0 }.joined(separator: "、")
    default: return nil  // objects (a task's notes): their key order is not kept here
    }
  }

  func unescaped(_ text: Substring) -> String {
    text.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
      .replacingOccurrences(of: "\\\\", with: "\\")
  }

  @Test(arguments: listings)
  func tsvAndJsonCarryTheSameColumnsAndValues(_ arguments: [String]) throws {
    let tsv = run(arguments, "tsv").split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
    let header = tsv.first?.split(separator: "\t").map(String.init) ?? []
    let parsed = try JSONSerialization.jsonObject(with: Data(run(arguments, "json").utf8))
    let objects = (parsed as? [[String: Any]]) ?? [(parsed as? [String: Any]) ?? [:]]
    #expect(tsv.count - 1 == objects.count)
    #expect(!objects.isEmpty)
    for (line, object) in zip(tsv.dropFirst(), objects) {
      #expect(Set(object.keys) == Set(header))
      #expect(object.count == header.count)
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(cells.count == header.count)
      for (key, text) in zip(header, cells) {
        guard let value = object[key], let expected = cell(value) else { continue }
        #expect(unescaped(text) == expected, "\(arguments) \(key)")
      }
    }
  }

  @Test(arguments: listings.filter { $0[0] != "show" })
  func theTableHasTheSameRows(_ arguments: [String]) {
    let tsv = run(arguments, "tsv").split(separator: "\n").dropFirst()
    var table = run(arguments, "table").split(separator: "\n").dropFirst()
    if arguments[0] == "list" { table = table.dropLast() }  // "N tasks"
    #expect(table.count == tsv.count)
    // The first column of each (the id, or the log's time) starts each table line.
    for (row, line) in zip(tsv, table) {
      let first = row.split(separator: "\t", omittingEmptySubsequences: false)[0]
      #expect(line.hasPrefix(first), "\(arguments): \(line)")
    }
  }

  @Test func showSaysTsvWhenAskedForTsv() {
    let tsv = run(["show", "luzhou-patent-2024", "S1"], "tsv")
    #expect(tsv.hasPrefix("plan\tid\tsection\ttitle\t"))
    #expect(tsv.split(separator: "\n").count == 2)
  }
}

/// `board --version` and `board help [COMMAND]`.
@Suite struct VersionAndHelpTests {
  @Test func versionNamesTheReleaseAndTheCheckoutsCommit() throws {
    let result = Programs.board(["--version"])
    #expect(result.status == 0)
    let head = Programs.run(
      "/usr/bin/git", ["-C", Repository.root, "rev-parse", "HEAD"]
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let line = result.stdout.trimmingCharacters(in: .newlines)
    #expect(line.hasPrefix("board 0."), "\(line)")
    if head.count == 40 { #expect(line.hasSuffix("(git \(head.prefix(12)))"), "\(line)") }
  }

  @Test(arguments: [["set"], ["task", "edit"], []])
  func helpCommandSaysWhatHelpSays(_ command: [String]) {
    for language in ["zh", "en"] {
      let byCommand = Programs.board(["--lang", language, "help"] + command)
      let byOption = Programs.board(["--lang", language] + command + ["--help"])
      #expect(byCommand.status == 0)
      #expect(byCommand.stdout == byOption.stdout)
      #expect(!byCommand.stdout.isEmpty)
    }
  }

  @Test func helpOfAnUnknownCommandIsAUsageError() {
    let result = Programs.board(["--lang", "en", "help", "nosuch"])
    #expect(result.status == 2)
    #expect(result.stderr == "board: unknown command 'nosuch'; see 'board help --help'\n")
  }
}

/// `--fields` narrows a listing to the columns named, in every format.
@Suite struct ListingFieldsTests {
  func board(_ arguments: [String]) -> ProcessResult {
    Programs.board(
      ["--boards", Repository.boards, "--today", "2026-11-24", "--lang", "en"] + arguments)
  }

  @Test func fieldsChooseTheColumnsAndTheirOrder() throws {
    let arguments = ["list", "--plan", "luzhou-patent-2024", "--fields", "due,id"]
    let tsv = board(arguments + ["--format", "tsv"]).stdout.split(separator: "\n")
    #expect(tsv.first == "due\tid")
    #expect(tsv.dropFirst().first == "2024-12-31\t1")
    let json = board(arguments + ["--format", "json"]).stdout
    #expect(json.hasPrefix("[\n{\"due\":\"2024-12-31\",\"id\":\"1\"}"))
    let table = board(arguments).stdout.split(separator: "\n")
    #expect(table.first?.split(separator: " ") == ["deadline", "id"])
  }

  @Test func anUnknownFieldNamesTheColumnsThereAre() {
    let result = board(["plans", "--fields", "id,nosuch"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "board: --fields: no column 'nosuch'; the columns are "
        + "id,title,region,tasks,done,overdue,dueSoon,unassigned,light,blocked,number,issued,start,end;"
        + " see 'board plans --help'\n")
  }
}
