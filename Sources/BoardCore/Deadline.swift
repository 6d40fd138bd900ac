/// A deadline as a person types it: a day, or ongoing (长期) for a task without one.
///
/// The one parser of typed deadlines: the command line's `--due` and the board's deadline
/// form both read them here.
public enum Deadline: Hashable, Sendable {
  case day(Day)
  case ongoing

  /// The words that mean ongoing.
  public static let ongoingWords = ["长期", "none"]

  /// `YYYY-MM-DD`, or one of `ongoingWords`; surrounding spaces are ignored.
  public init?(_ text: String) {
    let text = text.trimmingWhitespace()
    if Deadline.ongoingWords.contains(text) {
      self = .ongoing
    } else if let day = Day(text) {
      self = .day(day)
    } else {
      return nil
    }
  }

  /// The task's `due`: the day, or nil for ongoing.
  public var day: Day? {
    if case .day(let day) = self { return day }
    return nil
  }
}
