import BoardCore

/// `board indicator set PLAN INDICATOR YEAR --actual VALUE`: reports an indicator's actual
/// value for a year (the office, or one of the indicator's responsible units), saved and
/// logged like every change.
enum IndicatorSetCommand: Command {
  static let indicator = Positional<IndicatorID>(
    "INDICATOR",
    help: Localized("指标编号（见 board indicator list）", "the indicator's id (see board indicator list)")
  )
  static let year = Positional<Year>("YEAR", help: Localized("年度", "the year"))
  static let actual = Option<String>(
    "--actual", "VALUE",
    help: Localized(
      "该年度的实际值：计量的指标为数字（可带其单位：120件、12.5%）",
      "the year's actual value: a number for a measured indicator (its measure may follow: 120件, 12.5%)"
    ),
    required: true)

  static let declaration = CommandDeclaration(
    "indicator set",
    summary: Localized(
      "报送指标某年度的实际值（办公室或该指标的责任单位）",
      "report an indicator's actual value for a year (the office or its responsible units)"),
    arguments: [CommonArguments.plan, indicator, year, actual])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let value = input[Self.actual] ?? ""
    // An empty value would remove the year's value (an undo does); here it is a mistake.
    guard !value.trimmingWhitespace().isEmpty else {
      throw input.usageError(Localized("--actual 不能为空", "--actual needs a value"))
    }
    let change = Change(
      planID: input[CommonArguments.plan].text,
      .setActual(indicator: input[Self.indicator].text, year: input[Self.year].value, value: value))
    return try Changes.apply(change, context)
  }
}
