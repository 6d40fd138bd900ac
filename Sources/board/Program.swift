import BoardStore
import BoardUI

#if canImport(Glibc)
  import Glibc
#endif

/// The `board` program: parses the command line, runs one command, turns any error into a
/// message on stderr and an exit status.
enum Program {
  static let commands: [CommandSpec] = [
    CommandSpec(command: PlansCommand.self),
    CommandSpec(command: ListCommand.self),
    CommandSpec(command: ShowCommand.self),
    CommandSpec(command: UnitsCommand.self),
    CommandSpec(command: CheckCommand.self),
    CommandSpec(command: SetCommand.self),
    CommandSpec(command: AssignCommand.self),
    CommandSpec(command: NoteCommand.self),
    CommandSpec(command: LogCommand.self),
    CommandSpec(command: ReportCommand.self),
    CommandSpec(command: SSHLineCommand.self),
    CommandSpec(command: ImportCommand.self),
    CommandSpec(command: PlanAddCommand.self),
    CommandSpec(command: TaskAddCommand.self),
    CommandSpec(command: TaskEditCommand.self),
    CommandSpec(command: TaskRemoveCommand.self),
    CommandSpec(command: UnitAddCommand.self),
  ]

  static func main(_ tokens: [String]) -> Int32 {
    do {
      let arguments = try Arguments.parse(tokens, commands: commands)
      if arguments.has("--help") {
        print(Help.text(for: arguments.command))
        return ExitStatus.success.rawValue
      }
      let context = try Context(arguments: arguments)
      defer { context.output.flush() }
      guard let spec = arguments.command else {
        return try Interactive.run(arguments, context).rawValue
      }
      return try spec.command.run(arguments, context).rawValue
    } catch {
      return report(error).rawValue
    }
  }

  /// One place maps every error to stderr text and an exit status.
  static func report(_ error: any Error) -> ExitStatus {
    let message: String
    switch error {
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
