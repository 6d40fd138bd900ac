import BoardCore
import BoardUI

/// `board report`: the per-unit summary a joint meeting goes through.
enum ReportCommand: Command {
  static let declaration = CommandDeclaration(
    "report",
    summary: Message(
      "联席会议用的分单位汇总：牵头、已完成、逾期、最近反馈",
      "per-unit summary for the joint meeting: led, done, overdue, last report"),
    arguments: [CommonArguments.planFilter, CommonArguments.format])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    var board = try context.loadBoard()
    if let id = input[CommonArguments.planFilter] {
      board.plans = [try Program.plan(id, in: board)]
    }
    let rules = context.rules(for: board)
    // Units with no task in the selection are left out: the meeting asks about work.
    let rows = rules.unitStatistics(of: board).filter { $0.led + $0.cooperating > 0 }
      .compactMap { stats in board.roster.unit(id: stats.unitID).map { ($0, stats) } }
    let language = context.language
    let output = context.output
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for (unit, stats) in rows {
        writer.add(
          .object([
            ("id", .string(unit.id)), ("name", .string(unit.name)),
            ("region", .string(unit.region)), ("led", .number(stats.led)),
            ("done", .number(stats.done)), ("doing", .number(stats.doing)),
            ("blocked", .number(stats.blocked)), ("overdue", .number(stats.overdue)),
            ("dueSoon", .number(stats.dueSoon)), ("cooperating", .number(stats.cooperating)),
            ("lastNote", .string(stats.lastNote?.description)),
          ]))
      }
      writer.finish()
    case .tsv:
      output.line(
        TSV.line([
          "region", "id", "name", "led", "done", "doing", "blocked", "overdue", "dueSoon",
          "cooperating", "lastNote",
        ]))
      for (unit, stats) in rows {
        output.line(
          TSV.line([
            unit.region, unit.id, unit.name, String(stats.led), String(stats.done),
            String(stats.doing), String(stats.blocked), String(stats.overdue),
            String(stats.dueSoon), String(stats.cooperating), stats.lastNote?.description ?? "",
          ]))
      }
    case .table:
      var table = TextTable([
        .init(title: language.pick("辖区", "region")),
        .init(title: language.pick("单位", "unit"), limit: 32),
        .init(title: language.pick("牵头", "led"), alignRight: true),
        .init(title: language.pick("已完成", "done"), alignRight: true),
        .init(title: language.pick("进行中", "doing"), alignRight: true),
        .init(title: language.pick("受阻", "blocked"), alignRight: true),
        .init(title: language.pick("逾期", "overdue"), alignRight: true),
        .init(title: language.pick("即将到期", "due soon"), alignRight: true),
        .init(title: language.pick("配合", "coop"), alignRight: true),
        .init(title: language.pick("最近反馈", "last note")),
      ])
      for (unit, stats) in rows {
        table.add([
          language.region(unit.region), unit.name, String(stats.led), String(stats.done),
          String(stats.doing), String(stats.blocked), String(stats.overdue),
          String(stats.dueSoon), String(stats.cooperating),
          stats.lastNote?.description ?? language.pick("无", "none"),
        ])
      }
      table.write(to: output)
      output.line(
        language.pick(
          "截至 \(context.today)，按牵头任务统计；逾期：期限已过且未完成。",
          "As of \(context.today), counting tasks led; overdue: past the deadline and not done."))
    }
    return .success
  }
}
