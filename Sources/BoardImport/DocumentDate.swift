import BoardCore

/// Dates as documents write them: 2022年12月1日, 二〇二二年十二月一日, 2023-09-27.
enum DocumentDate {
  /// A line that is nothing but a date: the date under a signature.
  static func standalone(_ line: String) -> Day? {
    let text = line.filter { $0 != " " && $0 != "\u{3000}" }
    guard let (day, length) = leading(text), length == text.count else { return nil }
    return day
  }

  /// The date at the start of a metadata value (`2023-09-27`, `2023年09月27日 15:40`).
  static func parse(_ text: String) -> Day? {
    leading(text.trimmingWhitespace())?.0
  }

  /// A date at the start of `text`, and how many characters it takes.
  static func leading(_ text: String) -> (Day, Int)? {
    let characters = Array(text)
    var index = 0
    func number(digits range: ClosedRange<Int>) -> Int? {
      let start = index
      while index < characters.count, Scan.digit(characters[index]) != nil,
        index - start < range.upperBound
      {
        index += 1
      }
      guard range.contains(index - start) else {
        index = start
        return nil
      }
      return Scan.number(characters[start..<index])
    }
    func chinese() -> Int? {
      let start = index
      while index < characters.count, Scan.isChineseNumeral(characters[index]) { index += 1 }
      let written = characters[start..<index]
      if written.count == 4 {
        // 二〇二二: digit by digit.
        var value = 0
        for character in written {
          guard let digit = Scan.chineseDigits[character] else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      return Scan.chineseNumber(written)
    }
    let arabic = index < characters.count && Scan.digit(characters[index]) != nil
    guard let year = arabic ? number(digits: 4...4) : chinese(), index < characters.count else {
      return nil
    }
    let separator = characters[index]
    guard "年-/.".contains(separator) else { return nil }
    index += 1
    guard let month = arabic ? number(digits: 1...2) : chinese(), index < characters.count else {
      return nil
    }
    let second = characters[index]
    guard separator == "年" ? second == "月" : second == separator else { return nil }
    index += 1
    guard let day = arabic ? number(digits: 1...2) : chinese() else { return nil }
    if separator == "年" {
      guard index < characters.count, characters[index] == "日" || characters[index] == "号" else {
        return nil
      }
      index += 1
    }
    guard let date = Day(year: year, month: month, day: day) else { return nil }
    return (date, index)
  }
}
