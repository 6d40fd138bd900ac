import BoardCore

/// `board help [COMMAND]`: the same text as `board --help` and `board COMMAND --help`.
enum HelpCommand: Command {
  static let command = Positional<String>(
    "COMMAND",
    help: Localized("要看帮助的命令（如 set、task add）", "the command to explain (set, task add, …)"),
    optional: true, rest: true)

  static let declaration = CommandDeclaration(
    "help", summary: Localized("显示总帮助或某命令的帮助", "show the help, or one command's help"),
    arguments: [command])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let language = context.language
    guard let name = input.given(command), !name.isEmpty else {
      context.output.line(Help.text(for: nil, language))
      return .success
    }
    guard let found = Program.commands.first(where: { $0.declaration.name == name }) else {
      throw input.usageError(Localized("未知命令“\(name)”", "unknown command '\(name)'"))
    }
    context.output.line(Help.text(for: found, language))
    return .success
  }
}
