import BoardCore
import BoardUI

/// `board check`: validate every file of the board.
enum CheckCommand: Command {
  static let declaration = CommandDeclaration(
    "check",
    summary: Localized(
      "检查看板的每个文件；每个问题列为 文件:行: 说明", "check every board file; list each problem as FILE:LINE: message"
    ))

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let directory = context.directory
    let problems = try directory.check()
    let language = context.language
    // A problem may quote the file's text, which may hold escape sequences.
    for problem in problems {
      context.output.line(
        VisibleText.line(language == .zh ? problem.chineseDescription : problem.description))
    }
    if !problems.isEmpty {
      context.output.line(
        language.pick(
          "发现 \(problems.count) 个问题",
          "\(problems.count) problem\(problems.count == 1 ? "" : "s") found"))
      return .problemsFound
    }
    let board = try directory.load(keepingTexts: false)
    let tasks = board.plans.reduce(0) { $0 + $1.tasks.count }
    let units = board.roster.units.count
    context.output.line(
      VisibleText.line(directory.path)
        + language.pick(
          "：\(board.plans.count) 个方案，\(tasks) 项任务，\(units) 个单位：没有问题",
          ": \(board.plans.count) plans, \(tasks) tasks, \(units) units: no problems"))
    return .success
  }
}
