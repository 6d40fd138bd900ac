import BoardCore
import BoardUI

/// The one declaration of the report's tables: for each, its columns (key, titles, how a row
/// gives the cell) in order. Every format renders what `tables(_:)` builds from these.
extension Report {
  public func tables(_ language: Language) -> [ReportTable] {
    let soon = heading.dueSoonDays
    return [
      ReportColumns.units.table(
        key: "units", title: language.pick("各牵头单位工作进展", "Lead units"), rows: units,
        language: language,
        note: language.pick(
          "按牵头任务统计。逾期：期限已过且未完成；即将到期：\(soon) 天内到期且未完成；最长逾期：天数。",
          "Counting tasks led. Overdue: past the deadline and not done; due soon: due within "
            + "\(soon) days and not done; longest overdue: in days."),
        empty: language.pick("没有牵头任务。", "No tasks led.")),
      ReportColumns.plans.table(
        key: "plans", title: language.pick("各方案总体情况", "Plans"), rows: plans,
        language: language,
        note: language.pick("灯：", "Light: ") + language.pick(Light.rule.zh, Light.rule.en),
        empty: language.pick("没有方案。", "No plans.")),
      ReportColumns.overdue.table(
        key: "overdue", title: language.pick("逾期任务催办清单", "Overdue tasks to chase"),
        rows: overdue.flatMap { group in
          group.tasks.map { ReportColumns.OverdueEntry(unit: group.unit, task: $0) }
        },
        language: language, groupedBy: ["region", "unit"],
        note: language.pick(
          "按牵头单位分组，逾期最久的在前；逾期天数：期限次日起算。",
          "By lead unit, longest overdue first; days overdue count from the day after the deadline."
        ),
        empty: language.pick("没有逾期任务。", "No task is overdue.")),
      Report.indicatorTable(indicators, language: language),
      ReportColumns.missing.table(
        key: "missing", title: language.pick("年度已过未报送的指标", "Indicators missing a report"),
        rows: missingReports, language: language, note: nil,
        empty: language.pick("没有未报送的指标。", "No indicator is missing a report.")),
    ]
  }

  /// The indicator table, as the report and `board indicator list` show it.
  public static func indicatorTable(_ rows: [IndicatorRow], language: Language) -> ReportTable {
    ReportColumns.indicators.table(
      key: "indicators", title: language.pick("指标完成情况", "Indicators"), rows: rows,
      language: language,
      note: language.pick(
        "未达标：实际值低于目标值；未报送：年度已过仍无实际值。",
        "Behind: the actual value is below the target; missing: the year is over and no "
          + "actual value was reported."),
      empty: language.pick("没有指标。", "No indicators."))
  }

  /// The title of the report: the board's name and what it is.
  public func title(_ language: Language) -> String {
    let what = language.pick("联席会议工作报告", "Joint meeting report")
    return heading.boardName.isEmpty ? what : heading.boardName + " · " + what
  }

  /// The lines under the title: the day judged by, who made it, what it covers.
  public func headingLines(_ language: Language) -> [(label: String, value: String)] {
    let author: String
    if let unit = heading.author {
      author = language.pick("\(unit.name)（\(unit.id)）", "\(unit.name) (\(unit.id))")
    } else {
      author =
        heading.userName.map { language.pick("用户 \($0)", "user \($0)") }
        ?? language.pick("（未注明）", "(none)")
    }
    let scope: String
    if let plan = heading.plan {
      scope = "\(plan.title)（\(plan.id)）"
    } else {
      scope = language.pick(
        "全部方案：\(heading.planCount) 个方案，\(heading.taskCount) 项任务",
        "all plans: \(heading.planCount) plans, \(heading.taskCount) tasks")
    }
    return [
      (language.pick("看板", "Board"), heading.boardName),
      (language.pick("截至", "As of"), heading.today.description),
      (language.pick("制表", "Made by"), author),
      (language.pick("范围", "Covers"), scope),
    ].filter { !$0.1.isEmpty }
  }
}

/// The columns of each table, in order.
enum ReportColumns {
  static let units: [ReportColumn<Report.UnitRow>] = [
    .init("region", "辖区", "region") { row, language in language.regionCell(row.unit.region) },
    .init("id", "编号", "id", machineOnly: true) { row, _ in .text(row.unit.id) },
    .init("name", "单位", "unit", long: true) { row, _ in .text(row.unit.name) },
    .number("led", "牵头", "led") { $0.statistics.led },
    .number("done", "已完成", "done") { $0.statistics.done },
    .number("doing", "进行中", "doing") { $0.statistics.doing },
    .number("blocked", "受阻", "blocked") { $0.statistics.blocked },
    .number("todo", "未开始", "to do") { $0.statistics.todo },
    .number("overdue", "逾期", "overdue") { $0.statistics.overdue },
    .number("dueSoon", "即将到期", "due soon") { $0.statistics.dueSoon },
    .init("longestOverdue", "最长逾期", "longest overdue", numeric: true) { row, _ in
      row.statistics.longestOverdue.map { .number($0) } ?? .none
    },
    .init("lastNote", "最近反馈", "last note") { row, _ in
      row.statistics.lastNote.map { .day($0) } ?? .none
    },
    .number("awaitingSignoff", "待审核", "awaiting sign-off") { $0.statistics.awaitingSignoff },
    .number("reportMissing", "未按期反馈", "report missing") { $0.statistics.reportMissing },
    .init("chaseLevel", "催办", "chase") { row, language in
      row.statistics.chaseLevel.map { .label(code: $0.rawValue, text: language.name(of: $0)) }
        ?? .none
    },
  ]

  static let plans: [ReportColumn<Report.PlanRow>] = [
    .init("id", "方案", "plan") { row, _ in .text(row.plan.id) },
    .init("title", "名称", "title", long: true) { row, _ in .text(row.plan.title) },
    .init("region", "辖区", "region") { row, language in language.regionCell(row.plan.region) },
    .number("tasks", "任务", "tasks") { $0.summary.tasks },
    .number("done", "已完成", "done") { $0.summary.done },
    .number("doing", "进行中", "doing") { $0.summary.doing },
    .number("blocked", "受阻", "blocked") { $0.summary.blocked },
    .number("todo", "未开始", "to do") { $0.summary.todo },
    .number("overdue", "逾期", "overdue") { $0.summary.overdue },
    .number("dueSoon", "即将到期", "due soon") { $0.summary.dueSoon },
    .number("unassigned", "未分配", "unassigned") { $0.summary.unassigned },
    .init("light", "灯", "light") { row, language in
      .label(code: row.summary.light.rawValue, text: language.name(of: row.summary.light))
    },
  ]

  /// A row of the 催办 list: a task and the lead unit it is listed under (nil: nobody).
  struct OverdueEntry: Sendable {
    var unit: Unit?
    var task: Report.OverdueTask
  }

  static let overdue: [ReportColumn<OverdueEntry>] = [
    .init("region", "辖区", "region") { row, language in
      language.regionCell(row.unit?.region ?? row.task.plan.region)
    },
    .init("unitId", "单位编号", "unit id", machineOnly: true) { row, _ in
      row.unit.map { .text($0.id) } ?? .none
    },
    .init("unit", "牵头单位", "lead unit") { row, language in
      .text(row.unit?.name ?? language.pick("未分配", "unassigned"))
    },
    .init("plan", "方案", "plan") { row, _ in .text(row.task.plan.id) },
    .init("task", "编号", "task") { row, _ in .text(row.task.taskID) },
    .init("title", "任务", "title", long: true) { row, _ in .text(row.task.title) },
    .init("due", "期限", "deadline") { row, _ in .day(row.task.due) },
    .number("daysOverdue", "逾期天数", "days overdue") { $0.task.daysOverdue },
    .init("status", "状态", "status") { row, language in
      .label(code: row.task.status.rawValue, text: language.name(of: row.task.status))
    },
    .init("lastNote", "最近反馈", "last note") { row, _ in row.task.lastNote.map { .day($0) } ?? .none
    },
  ]

  static let indicators: [ReportColumn<Report.IndicatorRow>] = [
    .init("plan", "方案", "plan") { row, _ in .text(row.plan.id) },
    .init("id", "编号", "id") { row, _ in .text(row.indicatorID) },
    .init("name", "指标", "indicator", long: true) { row, _ in .text(row.name) },
    .init("measure", "单位", "measure") { row, _ in .text(row.measure) },
    .number("year", "年度", "year") { $0.year.year },
    .init("target", "目标值", "target", numeric: true) { row, _ in
      row.year.target.map { .text($0) } ?? .none
    },
    .init("actual", "实际值", "actual", numeric: true) { row, _ in
      row.year.actual.map { .text($0) } ?? .none
    },
    .init("state", "情况", "state") { row, language in
      .label(code: row.year.state.rawValue, text: language.name(of: row.year.state))
    },
    .init("units", "责任单位", "responsible units", long: true) { row, language in
      .text(row.units.joined(separator: language.listSeparator))
    },
  ]

  /// The indicator years missing a report: the indicator columns that say which and who.
  static let missing = indicators.filter { !["actual", "state"].contains($0.key) }
}

/// One column of one table: how a row of that table gives its cell.
struct ReportColumn<Row>: Sendable {
  let key: String
  let chinese: String
  let english: String
  var numeric = false
  var long = false
  var machineOnly = false
  let value: @Sendable (Row, Language) -> ReportCell

  init(
    _ key: String, _ chinese: String, _ english: String, numeric: Bool = false,
    long: Bool = false, machineOnly: Bool = false,
    _ value: @escaping @Sendable (Row, Language) -> ReportCell
  ) {
    self.key = key
    self.chinese = chinese
    self.english = english
    self.numeric = numeric
    self.long = long
    self.machineOnly = machineOnly
    self.value = value
  }

  static func number(
    _ key: String, _ chinese: String, _ english: String, _ value: @escaping @Sendable (Row) -> Int
  ) -> ReportColumn {
    ReportColumn(key, chinese, english, numeric: true) { row, _ in .number(value(row)) }
  }
}

extension Array {
  /// The table of these column declarations over `rows`.
  func table<Row>(
    key: String, title: String, rows: [Row], language: Language, groupedBy: [String] = [],
    note: String?, empty: String
  ) -> ReportTable where Element == ReportColumn<Row> {
    ReportTable(
      key: key, title: title,
      columns: map {
        ReportTable.Column(
          key: $0.key, title: language.pick($0.chinese, $0.english), numeric: $0.numeric,
          long: $0.long, machineOnly: $0.machineOnly)
      },
      rows: rows.map { row in map { $0.value(row, language) } },
      groupedBy: groupedBy.compactMap { key in firstIndex { $0.key == key } },
      note: note, emptyText: empty)
  }
}

extension Language {
  /// A jurisdiction: as written for scripts, `（未注明）` for people when a plan names none.
  fileprivate func regionCell(_ region: String) -> ReportCell {
    .label(code: region, text: self.region(region))
  }
}
