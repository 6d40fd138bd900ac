import BoardTestSupport
import Foundation
import Testing

/// `board --help` and every `board COMMAND --help`, in Chinese and English, against the text
/// kept in `Golden/help` (`BOARD_RECORD_GOLDEN=1` re-records).
@Suite struct HelpGoldenTests {
  static let files = GoldenFiles(
    directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Golden/help")

  /// The commands as `board --help --lang en` lists them: every command has a golden page.
  static let commands: [String] = {
    let help = Programs.board(["--help", "--lang", "en"]).stdout
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: "commands:") else { return [] }
    return lines[(start + 1)...].prefix { !$0.isEmpty }.map { line in
      // "  task add   add a task…": the name is the words before the two-space gap.
      let trimmed = line.drop { $0 == " " }
      return String(trimmed.components(separatedBy: "  ")[0])
    }
  }()

  @Test(arguments: ["zh", "en"])
  func theOverviewMatches(_ language: String) {
    let result = Programs.board(["--help", "--lang", language])
    #expect(result.status == 0)
    #expect(Self.files.difference("board-\(language)", result.stdout) == nil)
  }

  @Test func everyCommandIsListed() {
    #expect(Self.commands.count >= 17, "\(Self.commands)")
    #expect(Self.commands.contains("task add"))
  }

  @Test(arguments: ["zh", "en"])
  func everyCommandsHelpMatches(_ language: String) {
    for command in Self.commands {
      let words = command.split(separator: " ").map(String.init)
      let result = Programs.board(words + ["--help", "--lang", language])
      #expect(result.status == 0, "\(command)")
      let name = command.replacingOccurrences(of: " ", with: "-")
      let difference = Self.files.difference("\(name)-\(language)", result.stdout)
      #expect(difference == nil, "\(difference ?? "")")
    }
  }
}
