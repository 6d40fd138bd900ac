import BoardCore

/// A command line read against the declarations: which command, and every argument's value,
/// already of its declared type.
///
/// Options take `--name value` or `--name=value`; global options may stand before or after
/// the command; `--` ends options. Unknown options, missing values, repeated single options,
/// malformed values, missing or extra positionals and missing required options are usage
/// errors that name what is wrong.
struct Input {
  /// Nil for `board` alone (the terminal board).
  private(set) var command: (any Command.Type)?
  private var values: [String: [any Sendable]] = [:]
  private var flags: Set<String> = []

  subscript<Value>(_ option: Option<Value>) -> Value? {
    (values[option.spec.name]?.last as? Value) ?? option.defaultValue
  }

  /// Every value of a repeatable option, in order.
  func all<Value>(_ option: Option<Value>) -> [Value] {
    values[option.spec.name]?.compactMap { $0 as? Value } ?? []
  }

  subscript(_ flag: Flag) -> Bool { flags.contains(flag.spec.name) }

  /// Whether an option was given on the command line (not merely defaulted).
  func isGiven(_ argument: any Argument) -> Bool {
    values[argument.spec.name] != nil || flags.contains(argument.spec.name)
  }

  /// A required positional: the parser made sure it is there.
  subscript<Value>(_ positional: Positional<Value>) -> Value {
    guard let value = given(positional) else {
      preconditionFailure("\(positional.spec.name) is declared required but was not read")
    }
    return value
  }

  /// An optional positional, nil when left out.
  func given<Value>(_ positional: Positional<Value>) -> Value? {
    values[positional.spec.name]?.last as? Value
  }

  var scope: String { command.map { "board " + $0.declaration.name } ?? "board" }

  /// A usage error found by the command itself (`--end` before `--start`), pointing to its
  /// help like the parser's own.
  func usageError(_ message: Localized) -> UsageError { UsageError(message, scope: scope) }

  static func parse(_ tokens: [String], commands: [any Command.Type]) throws(UsageError) -> Input {
    var input = Input()
    input.command = try findCommand(tokens, commands: commands)
    let declaration = input.command?.declaration
    let scope = input.scope
    let options = GlobalOptions.all + (declaration?.options ?? [])
    let commandWords = declaration?.name.split(separator: " ").count ?? 0
    var words: [String] = []
    var skippedWords = 0
    var index = 0
    var optionsEnded = false
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if !optionsEnded && token == "--" {
        optionsEnded = true
        continue
      }
      if optionsEnded || !isOption(token) {
        if skippedWords < commandWords {
          skippedWords += 1
        } else {
          words.append(token)
        }
        continue
      }
      let parts = token.split(separator: "=", maxSplits: 1).map(String.init)
      let name = parts[0]
      guard let option = options.first(where: { $0.matches(name) }) else {
        throw UsageError(
          Localized("未知选项 \(name)（\(scope)）", "unknown option \(name) for '\(scope)'"),
          scope: scope)
      }
      guard option.takesValue else {
        guard parts.count == 1 else {
          throw UsageError(
            Localized("\(option.name) 不带值", "\(option.name) takes no value"), scope: scope)
        }
        input.flags.insert(option.name)
        continue
      }
      let text: String
      if parts.count == 2 {
        text = parts[1]
      } else {
        guard index < tokens.count else {
          throw UsageError(
            Localized(
              "\(option.name) 缺少值（\(option.placeholder)）",
              "\(option.name) needs a value (\(option.placeholder))"), scope: scope)
        }
        text = tokens[index]
        index += 1
      }
      if input.values[option.name] != nil && !option.repeatable {
        throw UsageError(
          Localized("\(option.name) 重复给出", "\(option.name) given twice"), scope: scope)
      }
      input.values[option.name, default: []].append(try value(text, of: option, scope: scope))
    }
    // `--help` is answered whatever else is missing.
    if input.flags.contains(GlobalOptions.help.spec.name) { return input }
    if let declaration {
      try input.place(words, in: declaration, scope: scope)
    } else if let word = words.first {
      throw UsageError(Localized("多余的参数“\(word)”", "unexpected argument '\(word)'"), scope: scope)
    }
    return input
  }

  /// The command named by the first one or two words that are not options or their values.
  private static func findCommand(
    _ tokens: [String], commands: [any Command.Type]
  ) throws(UsageError) -> (any Command.Type)? {
    let declarations = commands.map { $0.declaration }
    let names = declarations.map(\.name)
    let valued = Set(
      (GlobalOptions.all + declarations.flatMap(\.options)).filter(\.takesValue)
        .flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) })
    var words: [String] = []
    var index = 0
    while index < tokens.count && words.count < 2 {
      let token = tokens[index]
      index += 1
      if token == "--" {
        words += tokens[index...].prefix(2 - words.count)
        break
      }
      if isOption(token) {
        if !token.contains("="), valued.contains(token) { index += 1 }
      } else {
        words.append(token)
      }
    }
    guard let first = words.first else { return nil }
    let two = words.count > 1 ? first + " " + words[1] : ""
    if let found = names.firstIndex(of: two) ?? names.firstIndex(of: first) {
      return commands[found]
    }
    let choices = names.filter { $0.hasPrefix(first + " ") }
    if !choices.isEmpty {
      let list = choices.joined(separator: ", ")
      throw UsageError(
        Localized("“\(first)”后须跟：\(list)", "'\(first)' needs one of: \(list)"), scope: "board")
    }
    throw UsageError(Localized("未知命令“\(first)”", "unknown command '\(first)'"), scope: "board")
  }

  private static func isOption(_ token: String) -> Bool { token.hasPrefix("-") && token.count > 1 }

  private static func value(
    _ text: String, of argument: ArgumentSpec, scope: String
  ) throws(UsageError) -> any Sendable {
    guard let value = argument.parse(text) else {
      throw UsageError(
        Localized(
          "\(argument.name) 应为\(argument.expectation.zh)，而不是“\(text)”",
          "\(argument.name) expects \(argument.expectation.en), found \"\(text)\""),
        scope: scope)
    }
    return value
  }

  /// Gives each positional its word, and checks the required options.
  private mutating func place(
    _ words: [String], in declaration: CommandDeclaration, scope: String
  ) throws(UsageError) {
    var words = words[...]
    for positional in declaration.positionals {
      if let option = positional.omittedWith, values[option] != nil || flags.contains(option) {
        continue
      }
      guard let word = words.first else {
        guard !positional.required else {
          throw UsageError(
            Localized("缺少 \(positional.name)", "missing \(positional.name)"), scope: scope)
        }
        continue
      }
      let text = positional.takesRest ? words.joined(separator: " ") : word
      words = positional.takesRest ? [] : words.dropFirst()
      values[positional.name] = [try Input.value(text, of: positional, scope: scope)]
    }
    if let extra = words.first {
      throw UsageError(
        Localized("多余的参数“\(extra)”", "unexpected argument '\(extra)'"), scope: scope)
    }
    for option in declaration.options where option.required && values[option.name] == nil {
      throw UsageError(
        Localized(
          "缺少选项 \(option.name) \(option.placeholder)",
          "missing \(option.name) \(option.placeholder)"), scope: scope)
    }
  }
}

/// A wrong command line: one line naming what is wrong, ending with where to read more;
/// exit status 2.
struct UsageError: BoardError {
  var message: Localized
  /// `board set`: whose help to point to.
  var scope: String

  init(_ message: Localized, scope: String) {
    self.message = message
    self.scope = scope
  }

  var kind: ErrorKind { .usage }
  var description: String { message.en + "; see '\(scope) --help'" }
  var chineseDescription: String { message.zh + "；见 '\(scope) --help'" }
}
