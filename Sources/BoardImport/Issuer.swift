/// The issuing office and the document number (文号).
enum Issuer {
  static let officeSuffixes = [
    "人民政府办公室", "人民政府办公厅", "人民政府", "政府办公室", "办公室", "办公厅", "委员会", "领导小组", "局", "厅",
  ]

  /// A line that is an office's name and nothing else: 重庆市黔江区人民政府办公室.
  static func isOfficeLine(_ line: String) -> Bool {
    let text = line.trimmingWhitespace()
    guard text.count >= 4, text.count <= 30, !text.hasPrefix("关于"), !text.hasPrefix("各"),
      !text.contains(where: { "，,。：:；;、（）()《》 ".contains($0) })
    else { return false }
    return officeSuffixes.contains { text.hasSuffix($0) }
  }

  /// The office before 关于 in a notice's first line: 泸州市人民政府办公室关于印发….
  static func beforeAbout(_ line: String) -> String? {
    guard let range = line.firstRange(of: "关于") else { return nil }
    let office = String(line[..<range.lowerBound]).trimmingWhitespace()
    return isOfficeLine(office) ? office : nil
  }

  /// A document number at the start of a line: 黔江府办发〔2022〕80号, 襄州政发〔2023〕7号.
  static func number(atStartOf line: String) -> String? {
    let characters = Array(line.trimmingWhitespace())
    var index = 0
    while index < characters.count, Scan.isHan(characters[index]) { index += 1 }
    guard index >= 2, index <= 12, index < characters.count,
      "〔[［(（【".contains(characters[index])
    else { return nil }
    index += 1
    let yearStart = index
    while index < characters.count, Scan.digit(characters[index]) != nil { index += 1 }
    guard index - yearStart == 4, index < characters.count, "〕]］)）】".contains(characters[index])
    else { return nil }
    index += 1
    let numberStart = index
    while index < characters.count, Scan.digit(characters[index]) != nil { index += 1 }
    guard index > numberStart, index < characters.count, characters[index] == "号" else {
      return nil
    }
    return String(characters[0...index])
  }
}
