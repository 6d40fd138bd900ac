/// The command line as parsed: the command, its positional arguments and its options.
///
/// The project's own small parser (no packages). Options take `--name value` or
/// `--name=value`; global options may stand before or after the command; `--` ends options.
/// Unknown options, missing values and repeated single options are usage errors.
struct Arguments {
  var command: CommandSpec?
  var positionals: [String] = []
  private(set) var values: [String: [String]] = [:]
  private(set) var flags: Set<String> = []

  func value(_ name: String) -> String? { values[name]?.last }
  /// Every value of a repeatable option, in order.
  func values(_ name: String) -> [String] { values[name] ?? [] }
  func has(_ name: String) -> Bool { flags.contains(name) || values[name] != nil }

  static func parse(_ tokens: [String], commands: [CommandSpec]) throws(UsageError) -> Arguments {
    var arguments = Arguments()
    // First pass: find the command among the words that are not options or option values.
    var words: [String] = []
    var index = 0
    let allOptions = OptionSpec.global + commands.flatMap(\.options)
    while index < tokens.count {
      let token = tokens[index]
      if token == "--" {
        words += tokens[(index + 1)...]
        break
      }
      if token.hasPrefix("-") && token.count > 1 {
        let name = String(token.split(separator: "=", maxSplits: 1)[0])
        if !token.contains("="), allOptions.first(where: { $0.matches(name) })?.takesValue == true {
          index += 1
        }
      } else {
        words.append(token)
      }
      index += 1
    }
    if let first = words.first {
      let two = words.count > 1 ? first + " " + words[1] : ""
      if let spec = commands.first(where: { $0.name == two }) {
        arguments.command = spec
      } else if let spec = commands.first(where: { $0.name == first }) {
        arguments.command = spec
      } else if commands.contains(where: { $0.name.hasPrefix(first + " ") }) {
        let choices = commands.filter { $0.name.hasPrefix(first + " ") }.map(\.name)
        throw UsageError(
          "'\(first)' needs one of: \(choices.joined(separator: ", ")); see board --help")
      } else {
        throw UsageError("unknown command '\(first)'; see board --help")
      }
    }
    // Second pass: read options against the command's own list.
    let options = OptionSpec.global + (arguments.command?.options ?? [])
    let commandWords = arguments.command?.name.split(separator: " ").count ?? 0
    var skippedWords = 0
    index = 0
    var optionsEnded = false
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if !optionsEnded && token == "--" {
        optionsEnded = true
        continue
      }
      if optionsEnded || !(token.hasPrefix("-") && token.count > 1) {
        if skippedWords < commandWords {
          skippedWords += 1
        } else {
          arguments.positionals.append(token)
        }
        continue
      }
      let parts = token.split(separator: "=", maxSplits: 1).map(String.init)
      let name = parts[0]
      guard let option = options.first(where: { $0.matches(name) }) else {
        let scope = arguments.command.map { "board \($0.name)" } ?? "board"
        throw UsageError("unknown option \(name) for '\(scope)'; see \(scope) --help")
      }
      if option.takesValue {
        let value: String
        if parts.count == 2 {
          value = parts[1]
        } else {
          guard index < tokens.count else { throw UsageError("\(option.name) needs a value") }
          value = tokens[index]
          index += 1
        }
        if arguments.values[option.name] != nil && !option.repeatable {
          throw UsageError("\(option.name) given twice")
        }
        arguments.values[option.name, default: []].append(value)
      } else {
        guard parts.count == 1 else { throw UsageError("\(option.name) takes no value") }
        arguments.flags.insert(option.name)
      }
    }
    return arguments
  }

  /// The positional arguments, exactly `names.count` of them.
  func positionals(_ names: String...) throws(UsageError) -> [String] {
    guard positionals.count == names.count else {
      let usage = command.map { "board \($0.name) \($0.usage)" } ?? "board"
      if positionals.count < names.count {
        throw UsageError("missing \(names[positionals.count]); usage: \(usage)")
      }
      throw UsageError("unexpected argument '\(positionals[names.count])'; usage: \(usage)")
    }
    return positionals
  }
}

struct OptionSpec {
  var name: String
  var short: String?
  var valueName: String?
  var help: String
  var repeatable = false

  var takesValue: Bool { valueName != nil }

  func matches(_ token: String) -> Bool { token == name || token == short }

  static func flag(_ name: String, short: String? = nil, _ help: String) -> OptionSpec {
    OptionSpec(name: name, short: short, valueName: nil, help: help)
  }

  static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
    OptionSpec(name: name, short: nil, valueName: valueName, help: help)
  }

  /// Accepted by every command, before or after it.
  static let global: [OptionSpec] = [
    .value("--boards", "DIR", "the board directory (default: $BOARD_DIR, else ./boards)"),
    .value("--today", "YYYY-MM-DD", "the day to judge deadlines by (default: the system date)"),
    .value("--unit", "ID", "who is acting (default: the roster's Login for your user name)"),
    .value("--lang", "zh|en", "language of labels (default: zh)"),
    .flag("--help", short: "-h", "show help"),
  ]
}

/// A wrong command line: said in one line on stderr, exit status 2.
struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
