import BoardCore

/// `board task edit PLAN TASK --title …`: correct a task's title, text, section or deadline.
enum TaskEditCommand: Command {
  static let name = "task edit"
  static let usage = "PLAN TASK [--title T] [--text T] [--section S] [--due DATE|none]"
  static let summary = "change a task's title, text, section or deadline (office only)"
  static let options: [OptionSpec] = [
    .value("--title", "TITLE", "the new title"),
    .value("--text", "TEXT", "the new text"),
    .value("--section", "SECTION", "the new section"),
    .value("--due", "YYYY-MM-DD|none", "the new deadline; none: ongoing (长期)"),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let names = try arguments.positionals("PLAN", "TASK")
    let edit = TaskEdit(
      title: arguments.value("--title"), text: arguments.value("--text"),
      section: arguments.value("--section"))
    let due = try due(arguments)
    guard edit != TaskEdit() || due != nil else {
      throw UsageError("nothing to change: give --title, --text, --section or --due")
    }
    if edit != TaskEdit() {
      _ = try Changes.apply(Change(planID: names[0], .editTask(task: names[1], edit)), context)
    }
    if let due {
      _ = try Changes.apply(Change(planID: names[0], .setDue(task: names[1], due)), context)
    }
    return .success
  }

  /// `--due`: nil when not given, `.some(nil)` for none (ongoing), else the day.
  static func due(_ arguments: Arguments) throws(UsageError) -> Day?? {
    guard let text = arguments.value("--due") else { return nil }
    if text == "none" || text == "长期" { return .some(nil) }
    guard let day = Day(text) else {
      throw UsageError("--due expects a date YYYY-MM-DD or none, found \"\(text)\"")
    }
    return .some(day)
  }
}
