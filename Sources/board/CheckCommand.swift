import BoardUI

/// `board check`: validate every file of the board.
enum CheckCommand: Command {
  static let declaration = CommandDeclaration(
    "check",
    summary: Message(
      "检查看板的每个文件；每个问题列为 文件:行: 说明", "check every board file; list each problem as FILE:LINE: message"
    ))

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let directory = context.directory
    let problems = try directory.check()
    // A problem may quote the file's text, which may hold escape sequences.
    for problem in problems { context.output.line(VisibleText.line(problem.description)) }
    if !problems.isEmpty {
      context.output.line("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
      return .problemsFound
    }
    let board = try directory.load(keepingTexts: false)
    let tasks = board.plans.reduce(0) { $0 + $1.tasks.count }
    context.output.line(
      VisibleText.line(directory.path) + ": \(board.plans.count) plans, \(tasks) tasks, "
        + "\(board.roster.units.count) units: no problems")
    return .success
  }
}
