/// A calendar day, without time or zone: deadlines, note dates and "today".
///
/// Stored as days since 1970-01-01 so comparing and adding days are integer operations.
/// Core never asks the clock for today; callers pass it in.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public let serial: Int

  public init(serial: Int) {
    self.serial = serial
  }

  /// The day with this year, month and day, or nil when no such day exists (2024-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    serial = Day.serial(year: year, month: month, day: day)
  }

  /// Parses `YYYY-MM-DD` exactly: four digits, dash, two digits, dash, two digits.
  public init?(_ text: some StringProtocol) {
    self.init(utf8: Array(text.utf8))
  }

  /// Parses `YYYY-MM-DD` from UTF-8 bytes, as the file parser sees them.
  public init?(utf8 bytes: some Collection<UInt8>) {
    guard bytes.count == 10 else { return nil }
    var digits: [Int] = []
    digits.reserveCapacity(8)
    for (offset, byte) in bytes.enumerated() {
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        digits.append(Int(byte - UInt8(ascii: "0")))
      }
    }
    let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    let month = digits[4] * 10 + digits[5]
    let day = digits[6] * 10 + digits[7]
    self.init(year: year, month: month, day: day)
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.serial < rhs.serial }

  public func adding(days: Int) -> Day { Day(serial: serial + days) }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(until other: Day) -> Int { other.serial - serial }

  /// The day of the week, 1 Monday through 7 Sunday (ISO 8601); 1970-01-01 was a Thursday.
  public var weekday: Int { ((serial + 3) % 7 + 7) % 7 + 1 }

  /// The day `count` working days (Monday to Friday) after this one. Public holidays and
  /// the weekends worked in their place (调休) are not known to the board.
  public func adding(workingDays count: Int) -> Day {
    var day = self
    var left = max(count, 0)
    while left > 0 {
      day = day.adding(days: 1)
      if day.weekday <= 5 { left -= 1 }
    }
    return day
  }

  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = serial + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  public var year: Int { components.year }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    guard (0...9999).contains(year) else {
      return Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
    }
    // Ten ASCII digits and dashes make a small string, written in place without an
    // allocation (listings print thousands of dates).
    return String(unsafeUninitializedCapacity: 10) { buffer in
      buffer[0] = UInt8(48 + year / 1000)
      buffer[1] = UInt8(48 + year / 100 % 10)
      buffer[2] = UInt8(48 + year / 10 % 10)
      buffer[3] = UInt8(48 + year % 10)
      buffer[4] = UInt8(ascii: "-")
      buffer[5] = UInt8(48 + month / 10)
      buffer[6] = UInt8(48 + month % 10)
      buffer[7] = UInt8(ascii: "-")
      buffer[8] = UInt8(48 + day / 10)
      buffer[9] = UInt8(48 + day % 10)
      return 10
    }
  }

  /// The last day of a year: where a plan's period ends when a document says 到2025年.
  public static func endOfYear(_ year: Int) -> Day? { Day(year: year, month: 12, day: 31) }

  /// The last day of a month: 2025年12月底前, 2026年6月.
  public static func endOfMonth(year: Int, month: Int) -> Day? {
    guard (1...12).contains(month) else { return nil }
    return Day(year: year, month: month, day: daysIn(month: month, year: year))
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  // Howard Hinnant's days_from_civil.
  static func serial(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
