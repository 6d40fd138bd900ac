/// Reporting an indicator's actual value: which years can be reported and what a value
/// must look like for the indicator's measure.
extension Indicator {
  /// Measures that count or sum something: their values are numbers (件, 家, 人, 次, 项, 个,
  /// 亿元, 万元, 元, %).
  static let numericMeasures: Set<String> = [
    "件", "家", "人", "次", "项", "个", "亿元", "万元", "元", "%", "％",
  ]

  /// Whether the actual values must be numbers: a target is a number, or, with no target
  /// at all, the measure counts something. An indicator whose targets are words (完成)
  /// takes words, whatever its measure.
  public var takesNumbers: Bool {
    guard targets.isEmpty else { return targets.contains { Indicator.number($0.value) != nil } }
    return Indicator.numericMeasures.contains(measure)
  }

  /// What an actual value of this indicator must look like, for the refusal of one that
  /// does not.
  public var expectedValue: Localized {
    guard takesNumbers else {
      return Localized("一行不超过 40 字的文字", "one line of text, at most 40 characters")
    }
    let unit = measure.isEmpty ? "" : measure
    if isPercent {
      return Localized(
        "数字（百分数，如 12.5，可带 %）", "a number (a percentage such as 12.5, % allowed)")
    }
    return Localized(
      "不小于 0 的数字（如 120 或 4.5\(unit.isEmpty ? "" : "，单位\(unit)")）",
      "a number not below 0 (such as 120 or 4.5\(unit.isEmpty ? "" : ", in \(unit)"))")
  }

  private var isPercent: Bool { measure == "%" || measure == "％" }

  /// The value as the board stores it, or nil when the measure does not read it. Numbers
  /// may carry the measure (`120件`, `12.5%`), which is dropped; counts and sums are never
  /// negative; only a percentage (a growth rate) may be.
  public func actualValue(_ text: String) -> String? {
    var value = text.trimmingWhitespace()
    guard !value.isEmpty, value.count <= 40,
      !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else {
      return nil
    }
    guard takesNumbers else { return value }
    for suffix in [measure, "%", "％"] where !suffix.isEmpty && value.hasSuffix(suffix) {
      if suffix != measure && !isPercent { continue }
      value = String(value.dropLast(suffix.count)).trimmingWhitespace()
      break
    }
    guard let number = Indicator.number(value) else { return nil }
    if number < 0 && !isPercent { return nil }
    return value
  }

  /// The years an actual value can be reported for on `today`: those with a target and
  /// those of the plan's period, up to the current year.
  public func reportableYears(in plan: Plan, today: Day) -> [Int] {
    var years = Set(targets.map(\.year))
    if let start = plan.start?.year, let end = plan.end?.year, start <= end, end - start < 100 {
      years.formUnion(start...end)
    }
    return years.filter { $0 <= today.year }.sorted()
  }

  /// Sets (or, with an empty value, removes) the actual value of `year`; returns the
  /// changed field for the audit log, nothing when the value was already so. `expecting`
  /// (an undo's) names the value the year must still have.
  mutating func setActual(
    _ text: String, year: Int, today: Day, plan: Plan, expecting: [String: String] = [:]
  ) throws(ChangeError) -> [FieldChange] {
    let years = reportableYears(in: plan, today: today)
    let old = actuals.last { $0.year == year }?.value ?? ""
    let field = Change.actualField(year: year)
    if let expected = expecting[field], expected != old {
      throw .changedSince(task: Change.logName(ofIndicator: id), field: field, now: old)
    }
    // An undo may remove a value; a year that has one can always be corrected.
    guard years.contains(year) || !old.isEmpty else {
      throw .invalidIndicatorYear(indicator: id, year: year, years: years)
    }
    var new = ""
    if !text.isEmpty {
      guard let value = actualValue(text) else {
        throw .invalidActual(value: text, indicator: id, expected: expectedValue)
      }
      new = value
    }
    guard new != old else { return [] }
    actuals.removeAll { $0.year == year }
    if !new.isEmpty {
      let position = actuals.firstIndex { $0.year > year } ?? actuals.endIndex
      actuals.insert(YearValue(year: year, value: new), at: position)
    }
    return [
      FieldChange(
        taskID: Change.logName(ofIndicator: id), field: field, old: old, new: new)
    ]
  }
}
