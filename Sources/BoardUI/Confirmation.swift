import BoardCore

/// A change that waits for `y`: removing a lead unit, changing a task's title or text,
/// removing a task. Any other key saves nothing and goes back to what was open, with what
/// was typed.
struct Confirmation: Hashable, Sendable {
  var question: String
  var change: Change
  /// Where the answer goes back to: the form or picker the change came from, or browsing.
  var back: Mode
}
