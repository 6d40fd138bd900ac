import BoardCore

/// One problem in a board file, reported as `FILE:LINE: what was expected`, in Chinese or
/// English (the `FILE:LINE:` part alike in both, for editors and scripts that jump to it).
public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  /// What was expected, in English.
  public var message: String
  /// The same in Chinese.
  public var chineseMessage: String

  public init(file: String, line: Int, _ message: Localized) {
    self.file = file
    self.line = line
    self.message = message.en
    chineseMessage = message.zh
  }

  public var description: String { "\(file):\(line): \(message)" }
  public var chineseDescription: String { "\(file):\(line): \(chineseMessage)" }
}
