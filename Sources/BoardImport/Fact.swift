/// A value read from the document, with where it was found, for the report.
struct Fact<Value: Sendable>: Sendable {
  var value: Value
  var line: Int?
  /// How it was found, in English and Chinese: `title`, `标题`.
  var how: Words
}

/// A short text in both languages of the report.
struct Words: Hashable, Sendable {
  var en: String
  var zh: String

  init(_ en: String, _ zh: String) {
    self.en = en
    self.zh = zh
  }
}
