/// A search as typed: matches text containing it, ignoring ASCII case.
struct Query {
  let text: String
  private let folded: String
  /// Case matters only for Latin letters; Chinese text is compared as it is, without
  /// lowercasing every field.
  private let foldsCase: Bool

  init(_ text: String) {
    self.text = text.trimmingWhitespace()
    folded = self.text.lowercased()
    foldsCase = self.text.contains { $0.isASCII && $0.isLetter }
  }

  var isEmpty: Bool { text.isEmpty }

  func matches(_ fields: [String]) -> Bool {
    guard !isEmpty else { return true }
    return fields.contains { field in
      field.contains(text) || (foldsCase && field.lowercased().contains(folded))
    }
  }
}
