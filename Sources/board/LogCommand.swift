import BoardCore
import BoardStore
import BoardUI

/// `board log`: the audit trail.
enum LogCommand: Command {
  static let since = Option<Day>(
    "--since", help: Localized("只看这一天及以后的修改", "only changes on or after this day"))

  static let by = Option<UnitID>(
    "--by", help: Localized("只看此单位所做的修改", "only changes made by this unit"))

  static let declaration = CommandDeclaration(
    "log",
    summary: Localized(
      "查看审计日志：谁在何时把什么从什么改成了什么", "show the audit log: who changed what, when, from what to what"),
    arguments: [
      CommonArguments.planFilter, by, since, CommonArguments.format, CommonArguments.fields,
    ])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let since = input[Self.since]
    let planID = input[CommonArguments.planFilter]?.text
    // `--unit` as the filter is the old spelling, kept where `--by` is not given.
    let unit = input[Self.by]?.text ?? context.unitOption
    let directory = context.directory
    let (roster, _) = try directory.loadRoster()
    if let unit, roster.unit(id: unit) == nil {
      throw CommandError.notFound(
        Localized(
          "名册中没有单位“\(unit)”（见 board units）", "no unit \"\(unit)\" in the roster (see board units)"))
    }
    let all = try directory.logEntries()
    // A plan removed from the board keeps its changes in the log: it is still a plan to ask for.
    if let planID, try !directory.planIDs().contains(planID),
      !all.contains(where: { $0.plan == planID })
    {
      throw StoreError.noSuchPlan(planID)
    }
    let entries = all.filter { entry in
      if let planID, entry.plan != planID { return false }
      if let unit, entry.unit != unit { return false }
      if let since, let day = entry.day, day < since { return false }
      return true
    }
    let rows = entries.map { LogRow(entry: $0, unitName: roster.name(of: $0.unit)) }
    try LogRow.listing.chosen(by: input).write(
      rows, format: format, language: context.language, to: context.output)
    return .success
  }
}

/// One record of the audit log, as `log` lists it.
struct LogRow {
  let entry: AuditLog.Entry
  let unitName: String

  static let listing = Listing<LogRow>(
    [
      .text("time", Localized("时间", "time"), { $0.entry.time }),
      .text("unit", nil, { $0.entry.unit }),
      .text("plan", Localized("方案", "plan"), { $0.entry.plan }),
      .text("task", Localized("任务", "task"), { $0.entry.task }),
      .text("field", Localized("字段", "field"), { $0.entry.field }),
      .text("old", Localized("原值", "old"), limit: 24, { $0.entry.old }),
      .text("new", Localized("新值", "new"), limit: 30, { $0.entry.new }),
      .text("unitName", Localized("单位", "unit"), limit: 20, { $0.unitName }),
    ], tableOrder: ["time", "unitName", "plan", "task", "field", "old", "new"])
}
