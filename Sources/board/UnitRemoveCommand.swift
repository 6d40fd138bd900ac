import BoardCore
import BoardStore
import BoardUI

/// `board unit rm ID`: a unit no task names leaves the roster.
enum UnitRemoveCommand: Command {
  static let id = Positional<UnitID>("ID", help: Message("单位编号", "the unit's id"))

  static let declaration = CommandDeclaration(
    "unit rm",
    summary: Message(
      "从名册删除没有任务的单位（仅办公室）", "remove a unit no task names from the roster (office only)"),
    arguments: [id])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let entry = try context.directory.removeUnit(
      input[id].text, by: try context.actorID(), time: Clock.now())
    Changes.print([entry], context)
    return .success
  }
}
