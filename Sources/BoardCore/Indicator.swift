/// A measurable target of a plan (指标), with a target and a reported value per year.
public struct Indicator: Hashable, Sendable {
  /// A value for one year. Kept as written (`1.25`, `4.5`) so nothing is lost to rounding.
  public struct YearValue: Hashable, Sendable {
    public var year: Int
    public var value: String

    public init(year: Int, value: String) {
      self.year = year
      self.value = value
    }
  }

  public var id: String
  public var name: String
  /// The unit of measure as written: 件, %, 亿元.
  public var measure: String
  public var targets: [YearValue]
  public var actuals: [YearValue]
  /// Responsible units by unit id.
  public var units: [String]

  public init(
    id: String, name: String, measure: String = "", targets: [YearValue] = [],
    actuals: [YearValue] = [], units: [String] = []
  ) {
    self.id = id
    self.name = name
    self.measure = measure
    self.targets = targets
    self.actuals = actuals
    self.units = units
  }

  /// Years whose target has passed (the year ended before today) with no actual value reported.
  public func yearsMissingReport(today: Day) -> [Int] {
    targets.map(\.year).filter { year in
      year < today.year && !actuals.contains { $0.year == year }
    }
  }
}
