import BoardCore

/// What keys go to: the screen (browsing), or something open on top of it.
///
/// The text being typed is not held here but in `Model.field` and `Model.form`, edited in
/// place: a copy of a mode's payload at every key would make typing a long text quadratic.
enum Mode: Hashable, Sendable {
  case browse
  /// Typing a search into `Model.field`; `previous` is restored by Esc.
  case search(previous: String)
  case help(top: Int)
  case status(StatusPicker)
  case units(UnitPicker)
  /// Typing a note, or a deadline, for the task into `Model.field`.
  case note(TaskKey)
  case deadline(TaskKey)
  /// Typing the text of a step of the supervision cycle (a completion note, a reason, a
  /// chase's message; for an extension, the new deadline first) into `Model.field`.
  case step(TaskKey, TaskEvent.Kind)
  /// Typing an indicator's actual value for a year into `Model.field`.
  case actual(IndicatorKey)
  /// The form in `Model.form`.
  case form
  /// A change waiting for `y`.
  indirect case confirm(Confirmation)
  /// The filter menu of a task list (`f`).
  case filter(FilterMenu)
  /// The session's changes (`U`), scrolled to `top`.
  case history(top: Int)
  /// The ids of the task or plan under the cursor and its command lines (`i`).
  case ids

  /// A half-typed text survives a reload, so `reloaded` keeps every mode as it is.
  var isBrowsing: Bool { self == .browse }
}

/// One year of one indicator, by ids, as a change names it.
struct IndicatorKey: Hashable, Sendable {
  var plan: String
  var indicator: String
  var year: Int
}
