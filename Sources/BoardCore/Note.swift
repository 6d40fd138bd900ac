/// A progress report (进度反馈) on a task: dated and signed by the unit that wrote it.
public struct Note: Hashable, Sendable {
  public var date: Day
  /// The id of the unit that wrote it.
  public var author: String
  public var text: String

  public init(date: Day, author: String, text: String) {
    self.date = date
    self.author = author
    self.text = text
  }
}
