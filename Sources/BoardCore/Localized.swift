/// A text the user reads, in both languages; the Chinese one is shown by default.
public struct Localized: Sendable, Hashable {
  public var zh: String
  public var en: String

  public init(_ zh: String, _ en: String) {
    self.zh = zh
    self.en = en
  }

  public static func + (lhs: Localized, rhs: Localized) -> Localized {
    Localized(lhs.zh + rhs.zh, lhs.en + rhs.en)
  }
}
