/// Where an indicator stands in one year: its target, the actual value reported, and what the
/// two say together.
public struct IndicatorYear: Hashable, Sendable {
  public enum State: String, CaseIterable, Hashable, Sendable {
    /// The actual value reaches the target.
    case met
    /// The actual value falls short of the target.
    case behind
    /// The year is over and nobody reported an actual value (未报送).
    case missing
    /// The year is not over and nothing is reported yet: nothing to say.
    case pending
    /// Reported, but target or value is not a number, so they cannot be compared.
    case reported
  }

  public var year: Int
  public var target: String?
  public var actual: String?
  public var state: State

  public init(year: Int, target: String?, actual: String?, state: State) {
    self.year = year
    self.target = target
    self.actual = actual
    self.state = state
  }

  /// Whether the office should ask about it: behind the target or missing a report.
  public var needsAttention: Bool { state == .behind || state == .missing }
}

extension Indicator {
  /// Every year with a target or an actual value, in order, judged on `today`.
  public func years(today: Day) -> [IndicatorYear] {
    let years = Set(targets.map(\.year) + actuals.map(\.year)).sorted()
    return years.map { year($0, today: today) }
  }

  /// One year of the indicator. A year is over once `today` is in a later year; higher
  /// values are better (every indicator of the seed plans counts something to grow).
  public func year(_ year: Int, today: Day) -> IndicatorYear {
    let target = targets.last { $0.year == year }?.value
    let actual = actuals.last { $0.year == year }?.value
    let state: IndicatorYear.State
    if let actual {
      if let target, let goal = Indicator.number(target), let value = Indicator.number(actual) {
        state = value < goal ? .behind : .met
      } else {
        state = .reported
      }
    } else {
      state = year < today.year ? .missing : .pending
    }
    return IndicatorYear(year: year, target: target, actual: actual, state: state)
  }

  /// A value as the board writes numbers: digits with at most one decimal point, optionally
  /// after a minus sign (`495`, `1.25`, `-3.5`); nil for anything else (`1e3`, `五`, `10%`).
  public static func number(_ text: String) -> Double? {
    var digits = 0
    var points = 0
    for (index, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."): points += 1
      case UInt8(ascii: "-") where index == 0: continue
      default: return nil
      }
    }
    guard digits > 0, points <= 1, text.last != ".", !text.hasPrefix("."),
      !text.hasPrefix("-.")
    else { return nil }
    return Double(text)
  }
}
