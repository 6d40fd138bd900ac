/// What keys go to: the screen (browsing), or something open on top of it.
enum Mode: Hashable, Sendable {
  case browse
  /// Typing a search; `previous` is restored by Esc.
  case search(LineEditor, previous: String)
  case help(top: Int)
  case status(StatusPicker)
  case units(UnitPicker)
  case note(TaskKey, LineEditor)
  case deadline(TaskKey, LineEditor)
  case form(TaskForm)

  /// A half-typed text survives a reload, so `reloaded` keeps every mode as it is.
  var isBrowsing: Bool { self == .browse }
}
