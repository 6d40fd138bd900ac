/// A subcommand of `board`: a name, a one-line summary, its options and what it does.
protocol Command: Sendable {
  static var name: String { get }
  /// Positional arguments and required options, for usage lines: `PLAN TASK --status STATUS`.
  static var usage: String { get }
  static var summary: String { get }
  static var options: [OptionSpec] { get }
  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus
}

extension Command {
  static var options: [OptionSpec] { [] }
}

/// A command as the argument parser sees it.
struct CommandSpec: Sendable {
  let command: any Command.Type

  var name: String { command.name }
  var usage: String { command.usage }
  var options: [OptionSpec] { command.options }
}

enum ExitStatus: Int32 {
  case success = 0
  /// The command found problems, where it promises to say so (`board check`).
  case problemsFound = 1
  /// A usage or data error, or a refused change.
  case failure = 2
}

/// An error of the command line itself: something named that does not exist, or a value
/// that makes no sense.
enum CommandError: Error, CustomStringConvertible {
  case notFound(String)
  case invalid(String)
  /// A change asked for by a user who is no unit of the roster: no `--unit`, and the
  /// operating-system user (nil when it has no name) is no unit's `Login`.
  case readOnly(user: String?, roster: String)

  var description: String {
    switch self {
    case .notFound(let message), .invalid(let message): return message
    case .readOnly(let user, let roster):
      let who =
        user.map { "the user \"\($0)\" is not the Login of any unit in \(roster)" }
        ?? "this user has no name to look up in \(roster)"
      let fix =
        user.map { "act as a unit with --unit ID, or add \"Login: \($0)\" to its record" }
        ?? "act as a unit with --unit ID"
      return "refused: read-only: \(who); nothing was changed (\(fix))"
    }
  }
}

/// Options shared by the listing commands.
extension OptionSpec {
  static let format = OptionSpec.value(
    "--format", "table|tsv|json", "output format (default: table)")
}

enum OutputFormat: String {
  case table
  case tsv
  case json

  init(_ arguments: Arguments) throws(UsageError) {
    guard let text = arguments.value("--format") else {
      self = .table
      return
    }
    guard let format = OutputFormat(rawValue: text) else {
      throw UsageError("--format expects table, tsv or json, found \"\(text)\"")
    }
    self = format
  }
}
