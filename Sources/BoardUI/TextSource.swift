import BoardCore

/// Where a session reads what it does not keep: a task's text and notes, and which tasks'
/// texts or notes hold a search. Four fifths of a board's bytes are texts; a session keeps
/// what its lists and counts need and reads the rest from the files when a screen shows it
/// (`BoardStore.TextFiles`, docs/tui.md). A model without one reads the texts its board holds.
public protocol TextSource: Sendable {
  /// The task's text and notes as its plan file holds them; nil when they cannot be read.
  func texts(plan: String, task: String) -> TaskTexts?
  /// Which of `tasks` (task ids by plan id) have a text, or else a note, that holds `search`,
  /// by plan id and task id.
  func search(_ search: TextSearch, among tasks: [String: [String]]) -> [String: [String:
    TextMatch]]
}
