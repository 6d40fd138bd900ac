import BoardCore
import BoardStore
import BoardUI

/// What the change commands share: apply a change as the acting unit, then say what
/// changed.
enum Changes {
  static func apply(_ change: Change, _ context: Context) throws -> ExitStatus {
    try apply([change], context)
  }

  /// Several changes of one task or plan as one save (`set --status … --due …`).
  static func apply(_ group: [Change], _ context: Context) throws -> ExitStatus {
    guard let change = group.first else { return .success }
    try BoardViews.refuseWrite(to: change.planID, context.boardsPaths, context.language)
    let actorID = try context.actorID()
    let changes = try context.directory.apply(
      group, by: actorID, today: context.today, time: Clock.now())
    let language = context.language
    if changes.isEmpty {
      context.output.line(
        VisibleText.line(
          language.pick("未改变：", "unchanged: ") + "\(change.planID) \(change.taskID)"))
    }
    for field in changes {
      let old = value(field.old, of: field.field, language)
      let new = value(field.new, of: field.field, language)
      context.output.line(
        VisibleText.line(
          language.pick("已保存：", "saved: ") + "\(change.planID) \(field.taskID) "
            + name(of: field.field, language) + language.pick("：", ": ") + "\(old) → \(new)"))
    }
    return .success
  }

  /// A logged field's name as the user reads it.
  /// In English the field as the log writes it (`status`), which scripts read.
  static func name(of field: String, _ language: Language) -> String {
    language == .zh ? FieldChange.name(of: field).zh : field
  }

  /// A logged value as the user reads it: in Chinese a status by its name; an empty value as
  /// — (an empty deadline as ongoing).
  static func value(_ text: String, of field: String, _ language: Language) -> String {
    if text.isEmpty { return field == "due" ? language.deadline(nil) : "—" }
    // In English the status ids are the words (todo → doing), as scripts read them.
    if language == .zh, field == "status", let status = Status(rawValue: text) {
      return language.name(of: status)
    }
    return text
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
