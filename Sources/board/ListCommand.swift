import BoardCore
import BoardUI

/// `board list`: the tasks, filtered.
enum ListCommand: Command {
  static let overdue = Flag(
    "--overdue", help: Localized("只看已过期限且未完成的任务", "only tasks past their deadline and not done"))
  static let dueSoon = Flag(
    "--due-soon",
    help: Localized(
      "只看期限临近且未完成的任务", "only tasks not done whose deadline is within the due-soon window"))
  static let unassigned = Flag(
    "--unassigned", help: Localized("只看没有牵头单位的任务", "only tasks without a lead unit"))

  static let awaitingSignoff = Flag(
    "--awaiting-signoff", help: Localized("只看待审核（已申请办结）的任务", "only tasks awaiting sign-off"))
  static let extensionRequested = Flag(
    "--extension-requested",
    help: Localized("只看有待审批延期申请的任务", "only tasks with an extension request pending"))
  static let reportMissing = Flag(
    "--report-missing",
    help: Localized(
      "只看未按期反馈的任务（牵头单位本期未写进度反馈）",
      "only tasks whose lead unit has not reported by the reporting day"))

  static let lead = Option<String>(
    "--lead", "UNIT",
    help: Localized("只看此单位（编号或名称）牵头的任务", "only tasks this unit (id or name) leads"))

  static let declaration = CommandDeclaration(
    "list",
    summary: Localized(
      "列出任务：逾期、即将到期、未分配，某方案或某单位的", "list tasks: overdue, due soon, unassigned, of a plan or a unit"),
    arguments: [
      CommonArguments.planFilter, lead, overdue, dueSoon, unassigned, awaitingSignoff,
      extensionRequested, reportMissing, CommonArguments.format, CommonArguments.fields,
    ])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let listing = try TaskRow.listing.chosen(by: input)
    // Texts and notes are read only where the columns asked for show them.
    let board = try context.loadBoard(keepingTexts: listing.needsTexts(for: format))
    let rules = context.rules(for: board)
    var plans = board.plans
    let planID = input[CommonArguments.planFilter]
    if let planID { plans = [try Program.plan(planID, in: board)] }
    let region = planID.flatMap { board.plan(id: $0.text)?.region }
    let leadID = try input[Self.lead].map {
      try Program.unit($0, in: board.roster, region: region).id
    }
    // The old spelling: `--unit` as a filter, the tasks it leads or cooperates on; only when
    // `--lead` is not given (docs/commands.md).
    var unitID: String?
    if leadID == nil, let text = context.unitOption {
      unitID = try Program.unit(text, in: board.roster, region: region).id
    }
    let overdue = input[Self.overdue]
    let dueSoon = input[Self.dueSoon]
    let unassigned = input[Self.unassigned]
    let awaitingSignoff = input[Self.awaitingSignoff]
    let extensionRequested = input[Self.extensionRequested]
    let reportMissing = input[Self.reportMissing]

    let names = RosterNames(board.roster)
    // The plans' rows found on every core (a province's board is 100,000 tasks), in order.
    let parts = Parts.made(count: plans.count, smallest: 8) { range in
      var rows: [TaskRow] = []
      for plan in plans[range] {
        for task in plan.tasks {
          if overdue && !rules.isOverdue(task) { continue }
          if dueSoon && !rules.isDueSoon(task) { continue }
          if unassigned && !rules.isUnassigned(task) { continue }
          if awaitingSignoff && !rules.isAwaitingSignoff(task) { continue }
          if extensionRequested && !rules.hasExtensionRequest(task) { continue }
          if reportMissing && !rules.isReportMissing(task) { continue }
          if let unitID, !task.involves(unitID) { continue }
          if let leadID, !task.lead.contains(leadID) { continue }
          rows.append(
            TaskRow(plan: plan, task: task, roster: board.roster, rules: rules, names: names))
        }
      }
      return rows
    }
    let count = parts.reduce(0) { $0 + $1.count }
    let language = context.language
    listing.write(
      parts: parts, format: format, language: language, to: context.output,
      footer: language.pick("共 \(count) 项任务", "\(count) tasks"))
    Program.keepUntilExit((board, parts))
    return .success
  }
}
