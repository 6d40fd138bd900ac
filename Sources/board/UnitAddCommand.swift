import BoardCore
import BoardStore
import BoardUI

/// `board unit add ID --name … --region …`: a unit for the roster.
enum UnitAddCommand: Command {
  static let name = "unit add"
  static let usage = "ID --name NAME --region REGION [--role unit|office] [--login NAME]"
  static let summary = "add a unit to the roster (office only)"
  static let options: [OptionSpec] = [
    .value("--name", "NAME", "the name as the plans write it (区科技局)"),
    .value("--region", "REGION", "its jurisdiction (黔江区); needed for role unit"),
    .value("--role", "unit|office", "unit (default) or office"),
    OptionSpec(
      name: "--login", short: nil, valueName: "NAME",
      help: "an operating-system user who acts as this unit; repeatable", repeatable: true),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let id = try arguments.positionals("ID")[0]
    guard let name = arguments.value("--name")?.trimmingWhitespace(), !name.isEmpty else {
      throw UsageError("a unit needs a name: give --name")
    }
    let roleText = arguments.value("--role") ?? "unit"
    guard let role = Unit.Role(rawValue: roleText) else {
      throw UsageError("--role expects unit or office, found \"\(roleText)\"")
    }
    let region = arguments.value("--region")?.trimmingWhitespace() ?? ""
    if role == .unit && region.isEmpty {
      throw UsageError("a unit needs its jurisdiction: give --region (黔江区)")
    }
    let unit = Unit(
      id: id, name: name, region: region, role: role, logins: arguments.values("--login"))
    try context.directory.addUnit(unit, by: try context.actorID(), time: Clock.now())
    context.output.line(
      VisibleText.line(
        context.language.pick(
          "已保存：单位 \(id) \(name)（\(context.language.region(region))）",
          "saved: unit \(id) \(name) (\(context.language.region(region)))")))
    return .success
  }
}
