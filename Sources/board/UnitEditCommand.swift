import BoardCore
import BoardStore
import BoardUI

/// `board unit edit ID [--name] [--alias] [--login] [--region]`: a unit's record. A new name
/// is written into every plan that names the unit.
enum UnitEditCommand: Command {
  static let id = Positional<UnitID>("ID", help: Message("单位编号", "the unit's id"))
  static let name = Option<String>("--name", "NAME", help: Message("新名称", "its new name"))
  static let alias = Option<String>(
    "--alias", "NAME",
    help: Message("别名（可重复；替换原有别名）", "an alias (repeatable; replaces its aliases)"),
    repeatable: true)
  static let login = Option<String>(
    "--login", "NAME",
    help: Message("系统用户（可重复；替换原有登录）", "a login (repeatable; replaces its logins)"),
    repeatable: true)
  static let region = Option<String>(
    "--region", "REGION", help: Message("所属辖区；空字符串表示无辖区", "its jurisdiction; empty for none"))

  static let declaration = CommandDeclaration(
    "unit edit",
    summary: Message(
      "修改单位的名称、别名、登录或辖区（仅办公室）",
      "change a unit's name, aliases, logins or jurisdiction (office only)"),
    arguments: [id, name, alias, login, region])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let fields = BoardDirectory.UnitFields(
      name: input[name]?.trimmingWhitespace(),
      aliases: input.isGiven(alias) ? input.all(alias).filter { !$0.isEmpty } : nil,
      logins: input.isGiven(login) ? input.all(login).filter { !$0.isEmpty } : nil,
      region: input[region]?.trimmingWhitespace())
    let entries = try context.directory.editUnit(
      input[id].text, fields, by: try context.actorID(), time: Clock.now())
    Changes.print(entries, context)
    return .success
  }
}
