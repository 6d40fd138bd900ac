import BoardCore

/// What a command takes and what it is for, declared once: the parser, the usage line,
/// `--help` and every usage error are made from it, so no command reads its own arguments.
///
/// A command's file declares its arguments as static values and lists them here:
///
///     static let plan = Positional<PlanID>("PLAN", help: Localized("方案编号", "the plan's id"))
///     static let status = Option<Status>("--status", help: Localized("新状态", "the new status"))
///     static let declaration = CommandDeclaration(
///       "set", summary: Localized("…", "…"), arguments: [plan, status])
///
/// and its `run` reads them back typed: `input[plan]` is a `PlanID`, `input[status]` a
/// `Status?`.
struct CommandDeclaration: Sendable {
  /// One or two words: `plans`, `task add`.
  var name: String
  var summary: Localized
  var arguments: [ArgumentSpec]

  init(_ name: String, summary: Localized, arguments: [any Argument] = []) {
    self.name = name
    self.summary = summary
    self.arguments = arguments.map(\.spec)
  }

  var positionals: [ArgumentSpec] { arguments.filter { $0.kind == .positional } }
  var options: [ArgumentSpec] { arguments.filter { $0.kind != .positional } }
}

/// One declared argument as the parser and the help see it, whatever its value type.
struct ArgumentSpec: Sendable {
  enum Kind: Sendable {
    case positional
    case option
    case flag
  }

  var kind: Kind
  /// `--due` or `PLAN`.
  var name: String
  var short: String?
  /// What stands for the value in usage lines: `YYYY-MM-DD`, `STATUS`.
  var placeholder: String
  var help: Localized
  var repeatable = false
  /// An option that must be given, or a positional that may be left out (`optional`).
  var required = false
  /// A positional that takes every remaining word, joined by spaces (a note's text).
  var takesRest = false
  /// The default, as it would be typed, for the help.
  var defaultText: String?
  /// A positional left out when this option is given (`board chase --lead UNIT` names no
  /// PLAN and TASK); required otherwise.
  var omittedWith: String?
  /// What a value must look like, for the error about one that does not.
  var expectation: Localized
  /// Reads a value of the declared type from its text; nil when malformed.
  var parse: @Sendable (String) -> (any Sendable)?

  var takesValue: Bool { kind == .option }

  func matches(_ token: String) -> Bool { token == name || token == short }

  /// How it stands in a usage line: `PLAN`, `[TASK]`, `--title TITLE`, `[--due DATE]`.
  var usage: String {
    let word: String
    switch kind {
    case .positional: word = takesRest ? name + "..." : name
    case .option: word = name + " " + placeholder
    case .flag: word = name
    }
    return required ? word : "[" + word + "]"
  }
}

/// Anything a declaration lists: a positional, an option or a flag.
protocol Argument: Sendable {
  var spec: ArgumentSpec { get }
}

/// A word in a fixed place: `PLAN`, `TASK`.
struct Positional<Value: ArgumentValue>: Argument {
  let spec: ArgumentSpec

  /// - Parameters:
  ///   - optional: it may be left out (read it with `input.given(_:)`).
  ///   - rest: it takes every remaining word, joined by spaces.
  ///   - omittedWith: an option whose presence leaves this positional out.
  init(
    _ name: String, help: Localized, optional: Bool = false, rest: Bool = false,
    omittedWith: (any Argument)? = nil
  ) {
    spec = ArgumentSpec(
      kind: .positional, name: name, short: nil, placeholder: name, help: help,
      required: !optional, takesRest: rest, omittedWith: omittedWith?.spec.name,
      expectation: Value.expectation, parse: { Value(argument: $0) })
  }
}

/// `--name VALUE` or `--name=VALUE`.
struct Option<Value: ArgumentValue>: Argument {
  let spec: ArgumentSpec
  let defaultValue: Value?

  /// - Parameters:
  ///   - placeholder: what stands for the value in usage lines (default: the type's own).
  ///   - repeatable: it may be given more than once; `input.all(_:)` reads every value.
  ///   - required: the command cannot run without it.
  init(
    _ name: String, _ placeholder: String? = nil, help: Localized, repeatable: Bool = false,
    required: Bool = false, default defaultValue: Value? = nil
  ) {
    self.defaultValue = defaultValue
    spec = ArgumentSpec(
      kind: .option, name: name, short: nil, placeholder: placeholder ?? Value.placeholder,
      help: help, repeatable: repeatable, required: required,
      defaultText: defaultValue?.argumentText, expectation: Value.expectation,
      parse: { Value(argument: $0) })
  }
}

/// `--name`, on or off.
struct Flag: Argument {
  let spec: ArgumentSpec

  init(_ name: String, short: String? = nil, help: Localized) {
    spec = ArgumentSpec(
      kind: .flag, name: name, short: short, placeholder: "", help: help,
      expectation: Localized("", ""), parse: { _ in true })
  }
}
