/// A plan id from the document: the jurisdiction in pinyin, a keyword for the subject, the
/// first year (`luzhou-patent-2024`); without a jurisdiction, a second keyword says what kind
/// of plan it is (`ip-pilot-city-2026`).
enum PlanIDs {
  static let subjects: [(String, String)] = [
    ("专利", "patent"), ("商标", "trademark"), ("版权", "copyright"), ("地理标志", "gi"), ("知识产权", "ip"),
    ("标准", "standard"), ("科技", "tech"),
  ]
  static let kinds: [(String, String)] = [
    ("试点城市", "pilot-city"), ("示范城市", "model-city"), ("强市", "strong-city"),
    ("强区", "strong-district"),
    ("强县", "strong-county"), ("试点", "pilot"), ("示范", "model"), ("保护", "protection"), ("运用", "use"),
    ("转化", "transfer"),
  ]

  /// The id, and whether the jurisdiction could be spelled.
  static func derive(title: String, region: String, year: Int?) -> (id: String, spelled: Bool) {
    var parts: [String] = []
    var spelled = true
    if !region.isEmpty {
      if let place = Pinyin.spelled(Jurisdiction.stem(region)), !place.isEmpty {
        parts.append(place)
      } else {
        spelled = false
      }
    }
    parts.append(subjects.first { title.contains($0.0) }?.1 ?? "plan")
    if region.isEmpty, let kind = kinds.first(where: { title.contains($0.0) }) {
      parts.append(kind.1)
    }
    if let year { parts.append(String(year)) }
    return (parts.joined(separator: "-"), spelled)
  }
}
