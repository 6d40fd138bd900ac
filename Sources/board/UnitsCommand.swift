import BoardCore
import BoardUI

/// `board units`: every unit with its jurisdiction and counts.
enum UnitsCommand: Command {
  static let declaration = CommandDeclaration(
    "units",
    summary: Localized(
      "列出单位：辖区、角色和任务计数", "list the units with jurisdiction, role and counts of their tasks"),
    arguments: [CommonArguments.format, CommonArguments.fields])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let format = input[CommonArguments.format] ?? .table
    let board = try context.loadBoard()
    let statistics = Dictionary(
      uniqueKeysWithValues: context.rules(for: board).unitStatistics(of: board).map {
        ($0.unitID, $0)
      })
    let rows = board.roster.units.map {
      UnitRow(unit: $0, counts: statistics[$0.id] ?? UnitStatistics(unitID: $0.id))
    }
    try UnitRow.listing.chosen(by: input).write(
      rows, format: format, language: context.language, to: context.output)
    return .success
  }
}

/// One unit with the counts of its tasks, as `units` lists it.
struct UnitRow {
  let unit: Unit
  let counts: UnitStatistics

  static let listing = Listing<UnitRow>([
    .text("id", Localized("编号", "id"), { $0.unit.id }),
    .text("name", Localized("名称", "name"), limit: 32, { $0.unit.name }),
    .text(
      "region", Localized("辖区", "region"), { $0.unit.region },
      cell: { row, language in language.region(row.unit.region) }),
    .text(
      "role", Localized("角色", "role"), { $0.unit.role.rawValue },
      cell: { row, language in language.name(of: row.unit.role) }),
    .number("led", Localized("牵头", "led"), { $0.counts.led }),
    .number("done", Localized("已完成", "done"), { $0.counts.done }),
    .number("overdue", Localized("逾期", "overdue"), { $0.counts.overdue }),
    .number("dueSoon", Localized("即将到期", "due soon"), { $0.counts.dueSoon }),
    .number("cooperating", Localized("配合", "cooperating"), { $0.counts.cooperating }),
    .list("aliases", nil, { $0.unit.aliases }),
  ])
}
