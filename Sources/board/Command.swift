/// A subcommand of `board`: its declaration and what it does. A new command is one file
/// with a type like this, listed in `Program.commands` (see docs/commands.md).
protocol Command: Sendable {
  static var declaration: CommandDeclaration { get }
  static func run(_ input: Input, _ context: Context) throws -> ExitStatus
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

/// Arguments several commands declare alike.
enum CommonArguments {
  static let plan = Positional<PlanID>("PLAN", help: Message("方案编号", "the plan's id"))
  static let task = Positional<TaskID>("TASK", help: Message("任务编号", "the task's id"))
  static let format = Option<OutputFormat>(
    "--format", help: Message("输出格式", "output format"), default: .table)
  static let planFilter = Option<PlanID>(
    "--plan", "ID", help: Message("只看此方案", "only this plan"))
}
