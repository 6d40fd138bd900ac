import BoardCore
import BoardStore
import BoardUI

/// `board unit add ID --name … --region …`: a unit for the roster.
enum UnitAddCommand: Command {
  static let id = Positional<String>("ID", help: Message("新单位的编号", "the new unit's id"))
  static let name = Option<String>(
    "--name", "NAME", help: Message("方案中所写的名称（区科技局）", "the name as the plans write it (区科技局)"),
    required: true)
  static let region = Option<String>(
    "--region", "REGION",
    help: Message(
      "所属辖区（黔江区）；不给出则为无辖区的单位，用于未写明辖区的方案",
      "its jurisdiction (黔江区); without it, a unit for the plans without a Region"))
  static let role = Option<Unit.Role>(
    "--role", help: Message("unit 或 office", "unit or office"), default: .unit)
  static let login = Option<String>(
    "--login", "NAME",
    help: Message("以此单位身份操作的系统用户", "an operating-system user who acts as this unit"),
    repeatable: true)

  static let declaration = CommandDeclaration(
    "unit add",
    summary: Message("向名册添加一个单位（仅办公室）", "add a unit to the roster (office only)"),
    arguments: [id, name, region, role, login])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let id = input[Self.id]
    let name = input[Self.name]?.trimmingWhitespace() ?? ""
    guard !name.isEmpty else {
      throw input.usageError(Message("单位名称不能为空：--name", "a unit needs a name: give --name"))
    }
    let role = input[Self.role] ?? .unit
    let region = input[Self.region]?.trimmingWhitespace() ?? ""
    let unit = Unit(id: id, name: name, region: region, role: role, logins: input.all(login))
    try context.directory.addUnit(unit, by: try context.actorID(), time: Clock.now())
    context.output.line(
      VisibleText.line(
        context.language.pick(
          "已保存：单位 \(id) \(name)（\(region.isEmpty ? "无辖区" : region)）",
          "saved: unit \(id) \(name) (\(context.language.region(region)))")))
    return .success
  }
}
