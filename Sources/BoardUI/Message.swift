/// The last thing the board has to say (已保存, a refusal), shown until the next message.
public struct Message: Hashable, Sendable {
  public var text: String
  public var isError: Bool

  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}
