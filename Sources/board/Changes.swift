import BoardCore
import BoardStore
import BoardUI

/// What the change commands share: apply one change as the acting unit, then say what
/// changed.
enum Changes {
  static func apply(_ change: Change, _ context: Context) throws -> ExitStatus {
    try BoardViews.refuseWrite(to: change.planID, context.boardsPaths, context.language)
    let actorID = try context.actorID()
    let changes = try context.directory.apply(
      change, by: actorID, today: context.today, time: Clock.now())
    let language = context.language
    if changes.isEmpty {
      context.output.line(
        VisibleText.line(
          language.pick("未改变：", "unchanged: ") + "\(change.planID) \(change.taskID)"))
    }
    for field in changes {
      let old = field.old.isEmpty ? "—" : field.old
      context.output.line(
        VisibleText.line(
          language.pick("已保存：", "saved: ")
            + "\(change.planID) \(field.taskID) \(field.field): \(old) → \(field.new)"))
    }
    return .success
  }

  /// Says what a hand edit of the board changed, one line per logged field.
  static func print(_ entries: [AuditLog.Entry], _ context: Context) {
    let language = context.language
    if entries.isEmpty { context.output.line(language.pick("未改变", "unchanged")) }
    for entry in entries {
      let old = entry.old.isEmpty ? "—" : entry.old
      let new = entry.new.isEmpty ? "—" : entry.new
      let place = [entry.plan, entry.task].filter { !$0.isEmpty }.joined(separator: " ")
      context.output.line(
        VisibleText.line(
          language.pick("已保存：", "saved: ") + "\(place) \(entry.field): \(old) → \(new)"))
    }
  }

  /// Unit ids from units named by id or by name within the plan's jurisdiction.
  static func units(_ list: UnitList, plan: Plan, roster: Roster) throws -> [String] {
    try list.names.map { try Program.unit($0, in: roster, region: plan.region).id }
  }
}
