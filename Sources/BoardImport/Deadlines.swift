import BoardCore

/// Deadlines as plans write them: 到2025年底, 2024年底前, 2025年12月底前, 2026年6月, and in a
/// 完成时限 field or column also 长期坚持 / 持续推进 (ongoing) and a bare 2025年.
enum Deadlines {
  /// A deadline found in the text, with the words that fixed it.
  struct Found: Hashable, Sendable {
    var day: Day
    var written: String
  }

  /// What a 完成时限 field or column says.
  enum Field: Hashable, Sendable {
    case day(Day)
    case ongoing
  }

  static let ongoingWords = ["长期", "持续", "常态化", "每年", "逐年", "经常性", "常年"]

  /// The deadlines the prose of a task fixes. A year alone (2024年度, 2025年,) is not one: it
  /// takes 到/至 before it, or 底/末/前 after it, or a month.
  ///
  /// A month without a year (`9月底前`) is in `year`, the plan's year, where it has one.
  static func inText(_ text: String, year: Int? = nil) -> [Found] {
    scan(text, bareYear: false, year: year)
  }

  /// The value of a 完成时限 field or column: the latest date it names, or ongoing.
  static func field(_ value: String, year: Int? = nil) -> Field? {
    let text = value.trimmingWhitespace()
    if let range = Period.years(in: text) {
      if let day = Day.endOfYear(range.1) { return .day(day) }
    }
    if let iso = DocumentDate.parse(text) { return .day(iso) }
    if let latest = scan(text, bareYear: true, year: year).map(\.day).max() { return .day(latest) }
    if ongoingWords.contains(where: { text.contains($0) }) { return .ongoing }
    return nil
  }

  private static func scan(_ text: String, bareYear: Bool, year: Int?) -> [Found] {
    let characters = Array(text)
    var found: [Found] = []
    var bookDepth = 0
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "《" { bookDepth += 1 }
      if character == "》" { bookDepth = max(0, bookDepth - 1) }
      guard bookDepth == 0,
        let match = match(characters, at: index, bareYear: bareYear)
          ?? year.flatMap({ monthOnly(characters, at: index, year: $0, bare: bareYear) })
      else {
        index += 1
        continue
      }
      found.append(match.found)
      index = match.end
    }
    return found
  }

  /// `9月底前`, `6月前`, `12月底` (and in a 完成时限 field `9月`): a month of the plan's year.
  private static func monthOnly(_ characters: [Character], at index: Int, year: Int, bare: Bool)
    -> (found: Found, end: Int)?
  {
    guard index == 0 || (Scan.digit(characters[index - 1]) == nil && characters[index - 1] != "年"),
      Scan.digit(characters[index]) != nil
    else { return nil }
    var monthEnd = index
    while monthEnd < characters.count, monthEnd - index < 2, Scan.digit(characters[monthEnd]) != nil
    {
      monthEnd += 1
    }
    guard monthEnd < characters.count, characters[monthEnd] == "月",
      let month = Scan.number(characters[index..<monthEnd]), (1...12).contains(month)
    else { return nil }
    var end = monthEnd + 1
    var marked = bare
    for suffix in ["底前", "末前", "以前", "之前", "底", "末", "前"]
    where characters[end...].starts(with: suffix) {
      end += suffix.count
      marked = true
      break
    }
    guard marked, let day = Day.endOfMonth(year: year, month: month) else { return nil }
    return (Found(day: day, written: String(characters[index..<end])), end)
  }

  private static func match(_ characters: [Character], at index: Int, bareYear: Bool) -> (
    found: Found, end: Int
  )? {
    guard index + 5 <= characters.count,
      index == 0
        || (Scan.digit(characters[index - 1]) == nil
          && !"〔[［.．/-—–~～".contains(characters[index - 1])),
      let year = Scan.number(characters[index..<(index + 4)]), (1900...2200).contains(year),
      characters[index + 4] == "年"
    else { return nil }
    var end = index + 5
    var month: Int?
    var day: Int?
    var monthEnd = end
    while monthEnd < characters.count, monthEnd - end < 2, Scan.digit(characters[monthEnd]) != nil {
      monthEnd += 1
    }
    if monthEnd > end, monthEnd < characters.count, characters[monthEnd] == "月" {
      month = Scan.number(characters[end..<monthEnd])
      end = monthEnd + 1
      var dayEnd = end
      while dayEnd < characters.count, dayEnd - end < 2, Scan.digit(characters[dayEnd]) != nil {
        dayEnd += 1
      }
      if dayEnd > end, dayEnd < characters.count,
        characters[dayEnd] == "日" || characters[dayEnd] == "号"
      {
        day = Scan.number(characters[end..<dayEnd])
        end = dayEnd + 1
      }
    }
    if end < characters.count, characters[end] == "度" { return nil }
    var marked = month != nil
    for suffix in ["底前", "末前", "以前", "之前", "底", "末", "前"]
    where characters[end...].starts(with: suffix) {
      end += suffix.count
      marked = true
      break
    }
    if !marked {
      let before = String(characters[max(0, index - 2)..<index])
      marked = before.hasSuffix("到") || before.hasSuffix("至") || before.hasSuffix("截至") || bareYear
    }
    guard marked else { return nil }
    let date: Day?
    if let month, let day {
      date = Day(year: year, month: month, day: day)
    } else if let month {
      date = Day.endOfMonth(year: year, month: month)
    } else {
      date = Day.endOfYear(year)
    }
    guard let date else { return nil }
    var start = index
    if start > 0, "到至".contains(characters[start - 1]) { start -= 1 }
    return (Found(day: date, written: String(characters[start..<end])), end)
  }
}
