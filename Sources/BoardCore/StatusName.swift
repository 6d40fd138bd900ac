extension Status {
  /// The one parser of a typed status: the id (`doing`), the Chinese name (`进行中`) or the
  /// English name (`in progress`), in any case; surrounding spaces are ignored.
  public init?(name: String) {
    let text = name.trimmingWhitespace()
    let lowered = text.lowercased()
    guard
      let status = Status.allCases.first(where: {
        $0.rawValue == lowered || $0.chineseName == text || $0.englishName == lowered
      })
    else { return nil }
    self = status
  }
}
