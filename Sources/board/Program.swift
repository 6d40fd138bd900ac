import BoardStore
import BoardUI

#if canImport(Glibc)
  import Glibc
#endif

/// The `board` program: parses the command line, runs one command, turns any error into a
/// message on stderr and an exit status.
enum Program {
  static let commands: [any Command.Type] = [
    InitCommand.self,
    PlansCommand.self,
    ListCommand.self,
    ShowCommand.self,
    UnitsCommand.self,
    CheckCommand.self,
    SetCommand.self,
    AssignCommand.self,
    NoteCommand.self,
    LogCommand.self,
    ReportCommand.self,
    SSHLineCommand.self,
    ImportCommand.self,
    PlanAddCommand.self,
    PlanEditCommand.self,
    TaskAddCommand.self,
    TaskEditCommand.self,
    TaskRemoveCommand.self,
    UnitAddCommand.self,
    UnitEditCommand.self,
    UnitRemoveCommand.self,
    UnitMergeCommand.self,
  ]

  static func main(_ tokens: [String]) -> Int32 {
    // Said before the command line is read, so that its own errors speak the language asked.
    let language = requestedLanguage(tokens)
    do {
      let input = try Input.parse(tokens, commands: commands)
      if input[GlobalOptions.help] {
        print(Help.text(for: input.command, input[GlobalOptions.language] ?? language))
        return ExitStatus.success.rawValue
      }
      let context = Context(input: input)
      defer { context.output.flush() }
      guard let command = input.command else {
        return try Interactive.run(input, context).rawValue
      }
      return try command.run(input, context).rawValue
    } catch {
      return report(error, language).rawValue
    }
  }

  /// `--lang en` or `--lang=en` anywhere on the command line; else Chinese.
  static func requestedLanguage(_ tokens: [String]) -> Language {
    var language = Language.zh
    for (index, token) in tokens.enumerated() {
      if token == "--" { break }
      if token == "--lang", index + 1 < tokens.count {
        language = Language(rawValue: tokens[index + 1]) ?? language
      } else if token.hasPrefix("--lang=") {
        language = Language(rawValue: String(token.dropFirst("--lang=".count))) ?? language
      }
    }
    return language
  }

  /// One place maps every error to stderr text and an exit status.
  static func report(_ error: any Error, _ language: Language) -> ExitStatus {
    let message: String
    switch error {
    case let error as UsageError:
      // Said in English until every error speaks both languages.
      message = "board: " + error.text(.en)
    case let error as StoreError:
      if case .refused(let reason) = error {
        message = "board: refused: \(reason)"
      } else if case .problems = error {
        message = error.description
      } else {
        message = "board: \(error)"
      }
    default:
      message = "board: \(error)"
    }
    // Messages quote what users typed and what files hold: never an escape sequence.
    Program.writeError(VisibleText.lines(message))
    return .failure
  }
}

extension Program {
  /// A message on stderr, written whole.
  static func writeError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
  }
}
