import BoardCore

/// A subcommand of `board`: its declaration and what it does. A new command is one file
/// with a type like this, listed in `Program.commands` (see docs/commands.md).
protocol Command: Sendable {
  static var declaration: CommandDeclaration { get }
  static func run(_ input: Input, _ context: Context) throws -> ExitStatus
}

/// The documented exit statuses (docs/commands.md).
enum ExitStatus: Int32 {
  case success = 0
  /// The command found problems, where it promises to say so (`board check`).
  case problemsFound = 1
  /// A usage or data error.
  case failure = 2
  /// A rule refused the change: "you may not", apart from "you typed it wrong".
  case refused = 3

  init(_ kind: ErrorKind) {
    switch kind {
    case .usage, .data: self = .failure
    case .refused: self = .refused
    }
  }
}

/// An error of the command line itself: something named that does not exist, a value that
/// makes no sense, or a change asked for by nobody.
struct CommandError: BoardError {
  var message: Localized
  var kind: ErrorKind

  var description: String { message.en }
  var chineseDescription: String { message.zh }

  static func notFound(_ message: Localized) -> CommandError {
    CommandError(message: message, kind: .data)
  }

  static func invalid(_ message: Localized) -> CommandError {
    CommandError(message: message, kind: .data)
  }

  /// A change asked for by a user who is no unit of the roster: no `--unit`, and the
  /// operating-system user (nil when it has no name) is no unit's `Login`.
  static func readOnly(user: String?, roster: String) -> CommandError {
    let message: Localized
    if let user {
      message = Localized(
        "只读：用户“\(user)”不是 \(roster) 中任何单位的 Login；未做任何修改"
          + "（请用 --unit ID 以某单位身份操作，或在其记录中加入“Login: \(user)”）",
        "read-only: the user \"\(user)\" is not the Login of any unit in \(roster); "
          + "nothing was changed (act as a unit with --unit ID, or add \"Login: \(user)\" to its record)"
      )
    } else {
      message = Localized(
        "只读：当前用户没有用户名，无法在 \(roster) 中查找；未做任何修改（请用 --unit ID 以某单位身份操作）",
        "read-only: this user has no name to look up in \(roster); "
          + "nothing was changed (act as a unit with --unit ID)")
    }
    return CommandError(message: message, kind: .refused)
  }
}

/// Arguments several commands declare alike.
enum CommonArguments {
  static let plan = Positional<PlanID>("PLAN", help: Localized("方案编号", "the plan's id"))
  static let task = Positional<TaskID>("TASK", help: Localized("任务编号", "the task's id"))
  static let format = Option<OutputFormat>(
    "--format", help: Localized("输出格式", "output format"), default: .table)
  static let planFilter = Option<PlanID>(
    "--plan", "ID", help: Localized("只看此方案", "only this plan"))
  static let fields = Option<String>(
    "--fields", "KEY,KEY",
    help: Localized(
      "只输出这些列（TSV 表头即 JSON 键名），按所列顺序",
      "only these columns (the TSV headings, JSON keys), in this order"))
}

extension Listing {
  /// The listing as `--fields` narrows it; a key that names no column is a usage error that
  /// lists the columns there are.
  func chosen(by input: Input) throws(UsageError) -> Listing {
    guard let text = input[CommonArguments.fields] else { return self }
    let keys = text.split(separator: ",").map { String($0).trimmingWhitespace() }
    let all = self.keys.joined(separator: ",")
    for key in keys where !self.keys.contains(key) {
      throw input.usageError(
        Localized(
          "--fields 中没有“\(key)”这一列；可用的列：\(all)",
          "--fields: no column '\(key)'; the columns are \(all)"))
    }
    guard !keys.isEmpty else {
      throw input.usageError(Localized("--fields 没有列出任何列", "--fields names no column"))
    }
    return selecting(keys)
  }
}
