import BoardUI

/// `board --help` and `board COMMAND --help`, made from the declarations
/// (swift-argument-parser's `HelpGenerator`, sized to this program).
enum Help {
  static func text(for command: (any Command.Type)?, _ language: Language) -> String {
    guard let command else { return overview(language) }
    let declaration = command.declaration
    var lines = [
      language.pick("用法：", "usage: ") + usage(of: declaration),
      "",
      declaration.summary.text(language),
    ]
    let positionals = declaration.positionals
    if !positionals.isEmpty {
      lines += ["", language.pick("参数：", "arguments:")]
      lines += table(positionals.map { ($0.name, $0.help.text(language)) })
    }
    lines += ["", language.pick("选项：", "options:")]
    lines += optionLines(declaration.options + GlobalOptions.all, language)
    return lines.joined(separator: "\n")
  }

  /// `board set PLAN TASK [--status STATUS] [--due YYYY-MM-DD|none]`: the positionals, then
  /// the command's own options; the global ones are said once, in `board --help`.
  static func usage(of declaration: CommandDeclaration) -> String {
    (["board", declaration.name] + declaration.positionals.map(\.usage)
      + declaration.options.map(\.usage)).joined(separator: " ")
  }

  static func overview(_ language: Language) -> String {
    var lines = [
      language.pick(
        "board：联席会议办公室的任务分工看板",
        "board: the task-assignment board of a joint-meeting office (联席会议办公室)"),
      "",
      language.pick("用法：", "usage: ")
        + "board [--boards DIR] [--unit ID] [--today YYYY-MM-DD] [--lang zh|en]",
      language.pick("           在终端中打开看板", "         open the board in the terminal"),
      language.pick("       ", "       ") + "board COMMAND [options]",
      "",
      language.pick("命令：", "commands:"),
    ]
    lines += table(
      Program.commands.map { ($0.declaration.name, $0.declaration.summary.text(language)) })
    lines += [
      "", language.pick("全局选项（可放在命令之前或之后）：", "global options (before or after the command):"),
    ]
    lines += optionLines(GlobalOptions.all, language)
    lines += [
      "",
      language.pick(
        "退出状态：0 成功；1 发现问题（board check）；2 用法或数据错误，或被拒绝。",
        "exit status: 0 ok; 1 problems found (board check); 2 usage or data error, or refused."),
      language.pick(
        "详见 'board COMMAND --help' 与 docs/。", "See 'board COMMAND --help' and docs/ for more."),
    ]
    return lines.joined(separator: "\n")
  }

  private static func optionLines(_ options: [ArgumentSpec], _ language: Language) -> [String] {
    table(
      options.map { option in
        let label =
          (option.short.map { "\($0), " } ?? "") + option.name
          + (option.takesValue ? " " + option.placeholder : "")
        var help = option.help.text(language)
        if option.required { help += language.pick("（必需）", " (required)") }
        if option.repeatable { help += language.pick("（可重复）", " (repeatable)") }
        if let value = option.defaultText {
          help += language.pick("（默认：\(value)）", " (default: \(value))")
        }
        return (label, help)
      })
  }

  /// Two columns: labels padded to one width, then their help.
  private static func table(_ rows: [(String, String)]) -> [String] {
    let width = rows.map(\.0.displayWidth).max() ?? 0
    return rows.map { label, help in
      "  " + label + String(repeating: " ", count: width - label.displayWidth) + "  " + help
    }
  }
}

extension String {
  func trimmingTrailingSpace() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
