import BoardCore

/// Who is using the board, in which language, and which day it is: fixed for a session.
public struct Session: Sendable {
  /// The acting unit; nil when the user is not in the roster (read-only).
  public var actor: Unit?
  public var language: Language
  public var today: Day

  public init(actor: Unit?, language: Language, today: Day) {
    self.actor = actor
    self.language = language
    self.today = today
  }

  /// A unit (not the office): it starts in 我的任务 and sees rows it may not change dimmed.
  var isUnit: Bool { actor?.role == .unit }

  /// The acting unit's id when it is a unit (not the office).
  var unitID: String? { isUnit ? actor?.id : nil }
}
