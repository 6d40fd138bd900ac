import BoardUI

/// A text the user reads, in both languages; the Chinese one is shown by default.
struct Message: Sendable, Hashable {
  var zh: String
  var en: String

  init(_ zh: String, _ en: String) {
    self.zh = zh
    self.en = en
  }

  func text(_ language: Language) -> String { language.pick(zh, en) }

  static func + (lhs: Message, rhs: Message) -> Message {
    Message(lhs.zh + rhs.zh, lhs.en + rhs.en)
  }

  static func + (lhs: Message, rhs: String) -> Message {
    Message(lhs.zh + rhs, lhs.en + rhs)
  }
}
