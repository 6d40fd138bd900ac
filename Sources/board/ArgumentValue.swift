import BoardCore
import BoardUI

/// A type the command line reads: one parser per type, used wherever that type is read
/// (swift-argument-parser's `ExpressibleByArgument`, sized to this program).
protocol ArgumentValue: Sendable {
  /// What stands for a value in usage lines and help: `YYYY-MM-DD`, `STATUS`.
  static var placeholder: String { get }
  /// What a value must look like, for the error about one that does not.
  static var expectation: Localized { get }
  /// The value read from a word of the command line; nil when it is malformed.
  init?(argument: String)
  /// The value as it would be typed, for defaults in the help.
  var argumentText: String { get }
}

extension String: ArgumentValue {
  static var placeholder: String { "TEXT" }
  static var expectation: Localized { Localized("文字", "some text") }
  init?(argument: String) { self = argument }
  var argumentText: String { self }
}

extension Day: ArgumentValue {
  static var placeholder: String { "YYYY-MM-DD" }
  static var expectation: Localized { Localized("日期 YYYY-MM-DD", "a date YYYY-MM-DD") }
  init?(argument: String) { self.init(argument) }
  var argumentText: String { description }
}

extension Deadline: ArgumentValue {
  static var placeholder: String { "YYYY-MM-DD|ongoing" }
  static var expectation: Localized {
    Localized(
      "日期 YYYY-MM-DD，或 长期（ongoing、none、-）", "a date YYYY-MM-DD, or ongoing (长期, none, -)")
  }
  init?(argument: String) { self.init(argument) }
  var argumentText: String { day?.description ?? "ongoing" }
}

extension Status: ArgumentValue {
  static var placeholder: String { "STATUS" }
  static var expectation: Localized {
    Localized(
      "todo、doing、blocked 或 done（或 未开始、进行中、受阻、已完成）",
      "todo, doing, blocked or done (or to do, in progress, blocked, done; 未开始, 进行中, 受阻, 已完成)")
  }
  init?(argument: String) { self.init(name: argument) }
  var argumentText: String { rawValue }
}

extension Language: ArgumentValue {
  static var placeholder: String { "zh|en" }
  static var expectation: Localized { Localized("zh 或 en", "zh or en") }
  init?(argument: String) { self.init(rawValue: argument) }
  var argumentText: String { rawValue }
}

extension Unit.Role: ArgumentValue {
  static var placeholder: String { "unit|office" }
  static var expectation: Localized { Localized("unit 或 office", "unit or office") }
  init?(argument: String) { self.init(rawValue: argument) }
  var argumentText: String { rawValue }
}

/// How a listing is written.
enum OutputFormat: String, ArgumentValue {
  case table
  case tsv
  case json

  static var placeholder: String { "table|tsv|json" }
  static var expectation: Localized { Localized("table、tsv 或 json", "table, tsv or json") }
  init?(argument: String) { self.init(rawValue: argument) }
  var argumentText: String { rawValue }
}

/// A plan's id as typed: ASCII letters, digits, `-`, `_`, `.`; in a view of several boards
/// also `BOARD/PLAN` (`CombinedBoard`). Whether the board has such a plan is asked where the
/// board is read.
struct PlanID: ArgumentValue, Hashable {
  var text: String
  static var placeholder: String { "PLAN" }
  static var expectation: Localized {
    Localized("方案编号（字母、数字、“-”“_”“.”）", "a plan id (ASCII letters, digits, '-', '_', '.')")
  }
  init?(argument: String) {
    let parts = argument.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.allSatisfy({ Unit.isValidID(String($0)) }) else { return nil }
    text = argument
  }
  var argumentText: String { text }
}

/// A task's id within its plan, as typed (`2.3`).
struct TaskID: TypedID {
  var text: String
  static var placeholder: String { "TASK" }
  static let noun = Localized("任务编号", "a task id")
}

/// A unit's id as typed (`qj-kjj`).
struct UnitID: TypedID {
  var text: String
  static var placeholder: String { "UNIT" }
  static let noun = Localized("单位编号", "a unit id")
}

/// Units by id or by name, separated by commas (`,`, `，`) or `、`; empty for none. The
/// names are looked up in the plan's jurisdiction where the board is read.
struct UnitList: ArgumentValue, Hashable {
  var names: [String]
  static var placeholder: String { "UNIT,..." }
  static var expectation: Localized {
    Localized("以逗号分隔的单位编号或名称", "unit ids or names separated by commas")
  }
  init?(argument: String) {
    names = argument.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" })
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
  }
  var argumentText: String { names.joined(separator: ",") }
}

/// A year as typed: four digits (`2025`).
struct Year: ArgumentValue, Hashable {
  var value: Int
  static var placeholder: String { "YEAR" }
  static var expectation: Localized {
    Localized("四位数的年份（如 2025）", "a year of four digits (such as 2025)")
  }
  init?(argument: String) {
    guard argument.utf8.count == 4, argument.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let value = Int(argument), value >= 1000
    else { return nil }
    self.value = value
  }
  var argumentText: String { String(value) }
}

/// An indicator's id within its plan, as typed (`3`).
struct IndicatorID: TypedID {
  var text: String
  static var placeholder: String { "INDICATOR" }
  static let noun = Localized("指标编号", "an indicator id")
}

/// An id typed on the command line: ASCII letters, digits, `-`, `_`, `.` (`Unit.isValidID`);
/// whether the board has it is asked where the board is read.
protocol TypedID: ArgumentValue, Hashable {
  var text: String { get set }
  /// What it is: 任务编号, a task id.
  static var noun: Localized { get }
  init(text: String)
}

extension TypedID {
  static var expectation: Localized {
    Localized("\(noun.zh)（字母、数字、“-”“_”“.”）", "\(noun.en) (ASCII letters, digits, '-', '_', '.')")
  }

  init?(argument: String) {
    guard Unit.isValidID(argument) else { return nil }
    self.init(text: argument)
  }

  var argumentText: String { text }
}
