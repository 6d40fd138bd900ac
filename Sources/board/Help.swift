/// `board --help` and `board COMMAND --help`, generated from the command list.
enum Help {
  static func text(for command: CommandSpec?) -> String {
    guard let command else { return overview }
    var lines = [
      "usage: board \(command.name) \(command.usage)".trimmingTrailingSpace(),
      "",
      command.command.summary,
    ]
    let options = command.options + OptionSpec.global
    lines.append("")
    lines.append("options:")
    lines += optionLines(options)
    return lines.joined(separator: "\n")
  }

  static var overview: String {
    var lines = [
      "board: the task-assignment board of a joint-meeting office (联席会议办公室)",
      "",
      "usage: board [--boards DIR] [--unit ID] [--today YYYY-MM-DD] [--lang zh|en]",
      "         open the board in the terminal",
      "       board COMMAND [options]",
      "",
      "commands:",
    ]
    let width = Program.commands.map(\.name.count).max() ?? 0
    for spec in Program.commands {
      let pad = String(repeating: " ", count: width - spec.name.count)
      lines.append("  \(spec.name)\(pad)  \(spec.command.summary)")
    }
    lines += ["", "global options (before or after the command):"]
    lines += optionLines(OptionSpec.global)
    lines += [
      "",
      "exit status: 0 ok; 1 problems found (board check); 2 usage or data error, or refused.",
      "See 'board COMMAND --help' and docs/ for more.",
    ]
    return lines.joined(separator: "\n")
  }

  private static func optionLines(_ options: [OptionSpec]) -> [String] {
    let labels = options.map { option in
      (option.short.map { "\($0), " } ?? "") + option.name
        + (option.valueName.map { " \($0)" } ?? "")
    }
    let width = labels.map(\.count).max() ?? 0
    return zip(labels, options).map { label, option in
      "  " + label + String(repeating: " ", count: width - label.count) + "  " + option.help
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
