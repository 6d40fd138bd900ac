import BoardCore
import BoardStore
import BoardUI

/// `board unit merge FROM INTO`: two spellings of one unit (区市场监督管理局, 区市场监管局)
/// become one; FROM's name is kept as an alias of INTO.
enum UnitMergeCommand: Command {
  static let from = Positional<UnitID>("FROM", help: Message("并入的单位", "the unit merged away"))
  static let into = Positional<UnitID>("INTO", help: Message("保留的单位", "the unit kept"))

  static let declaration = CommandDeclaration(
    "unit merge",
    summary: Message(
      "合并同一单位的两种写法：任务改为 INTO，FROM 的名称留作别名（仅办公室）",
      "merge two spellings of one unit: tasks name INTO, FROM's name stays as an alias (office only)"
    ),
    arguments: [from, into])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let entries = try context.directory.mergeUnit(
      input[from].text, into: input[into].text, by: try context.actorID(), time: Clock.now())
    Changes.print(entries, context)
    return .success
  }
}
