import BoardCore
import BoardUI

/// `board units`: every unit with its jurisdiction and counts.
enum UnitsCommand: Command {
  static let declaration = CommandDeclaration(
    "units",
    summary: Message(
      "列出单位：辖区、角色和任务计数", "list the units with jurisdiction, role and counts of their tasks"),
    arguments: [CommonArguments.format])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let board = try context.loadBoard()
    let statistics = Dictionary(
      uniqueKeysWithValues: context.rules(for: board).unitStatistics(of: board).map {
        ($0.unitID, $0)
      })
    let language = context.language
    let output = context.output
    let units = board.roster.units
    func counts(_ unit: Unit) -> UnitStatistics {
      statistics[unit.id] ?? UnitStatistics(unitID: unit.id)
    }
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for unit in units {
        let stats = counts(unit)
        writer.add(
          .object([
            ("id", .string(unit.id)), ("name", .string(unit.name)),
            ("region", .string(unit.region)), ("role", .string(unit.role.rawValue)),
            ("aliases", .array(unit.aliases.map { .string($0) })),
            ("led", .number(stats.led)), ("done", .number(stats.done)),
            ("overdue", .number(stats.overdue)), ("dueSoon", .number(stats.dueSoon)),
            ("cooperating", .number(stats.cooperating)),
          ]))
      }
      writer.finish()
    case .tsv:
      output.line(
        TSV.line([
          "id", "name", "region", "role", "led", "done", "overdue", "dueSoon", "cooperating",
        ]))
      for unit in units {
        let stats = counts(unit)
        output.line(
          TSV.line([
            unit.id, unit.name, unit.region, unit.role.rawValue, String(stats.led),
            String(stats.done), String(stats.overdue), String(stats.dueSoon),
            String(stats.cooperating),
          ]))
      }
    case .table:
      var table = TextTable([
        .init(title: language.pick("编号", "id")),
        .init(title: language.pick("名称", "name"), limit: 32),
        .init(title: language.pick("辖区", "region")),
        .init(title: language.pick("角色", "role")),
        .init(title: language.pick("牵头", "led"), alignRight: true),
        .init(title: language.pick("已完成", "done"), alignRight: true),
        .init(title: language.pick("逾期", "overdue"), alignRight: true),
        .init(title: language.pick("即将到期", "due soon"), alignRight: true),
        .init(title: language.pick("配合", "cooperating"), alignRight: true),
      ])
      for unit in units {
        let stats = counts(unit)
        table.add([
          unit.id, unit.name, language.region(unit.region), language.name(of: unit.role),
          String(stats.led), String(stats.done), String(stats.overdue), String(stats.dueSoon),
          String(stats.cooperating),
        ])
      }
      table.write(to: output)
    }
    return .success
  }
}
