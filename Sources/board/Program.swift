import BoardCore
import BoardDocx
import BoardStore
import BoardTerminal
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
    RequestDoneCommand.self,
    SignoffCommand.self,
    SendbackCommand.self,
    RequestExtensionCommand.self,
    ApproveExtensionCommand.self,
    RefuseExtensionCommand.self,
    ChaseCommand.self,
    LogCommand.self,
    ReportCommand.self,
    RemindCommand.self,
    IndicatorListCommand.self,
    IndicatorSetCommand.self,
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
    HelpCommand.self,
  ]

  static func main(_ tokens: [String]) -> Int32 {
    // Said before the command line is read, so that its own errors speak the language asked.
    let language = requestedLanguage(tokens)
    do {
      let input = try Input.parse(tokens, commands: commands)
      if input[GlobalOptions.version] {
        print(Version.text)
        return ExitStatus.success.rawValue
      }
      if input[GlobalOptions.help] {
        print(Help.text(for: input.command, input[GlobalOptions.language] ?? language))
        return ExitStatus.success.rawValue
      }
      let context = Context(input: input)
      defer { context.output.flush() }
      try context.checkActingUnit(allowingName: input.command == ListCommand.self)
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

  /// The one place that turns any error into text in the user's language on stderr and
  /// an exit status: 2 for usage and data errors, 3 for a refused change.
  static func report(_ error: any Error, _ language: Language) -> ExitStatus {
    let (message, kind) = describe(error)
    let text: String
    if case .problems = error as? StoreError {
      // Each problem is its own line, FILE:LINE: message, as `board check` lists them.
      text = message.text(language)
    } else {
      let refused = kind == .refused ? Localized("拒绝：", "refused: ") : Localized("", "")
      text = (Localized("board：", "board: ") + refused + message).text(language)
    }
    // Messages quote what users typed and what files hold: never an escape sequence.
    Program.writeError(VisibleText.lines(text))
    return ExitStatus(kind)
  }

  /// An error's text in both languages and its kind.
  static func describe(_ error: any Error) -> (Localized, ErrorKind) {
    switch error {
    case let error as any BoardError:
      return (Localized(error.chineseDescription, error.description), error.kind)
    case let error as DocxFileError:
      return (Localized(error.chineseDescription, error.description), .data)
    case let error as Terminal.StartError:
      return (Localized(error.chineseDescription, error.description), .data)
    default:
      // Errors of layers without Chinese wording (the terminal's): said as they are.
      return (Localized("\(error)", "\(error)"), .data)
    }
  }
}

extension Program {
  /// Leaves a value to the end of the process instead of freeing it: a listing's board and
  /// rows are hundreds of thousands of strings and arrays at 100,000 tasks, which freed one
  /// by one just before `exit` took a fifth of `board list`'s instructions; the process's
  /// end returns all of its memory at once. Only for what a command holds until it returns.
  static func keepUntilExit<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Kept(value))
  }

  private final class Kept<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  /// A message on stderr, written whole.
  static func writeError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
  }
}
