import BoardTestSupport
import Foundation
import Testing

/// Every command, every kind of mistake, the exact message in both languages and the exit
/// status. Each command has a sample command line that is right; each case spoils it once.
@Suite struct CommandErrorTableTests {
  static let plan = "luzhou-patent-2024"
  static let task = "4"

  /// A right command line of each command; `{plan}` and `{task}` mark its plan and task.
  static let samples: [String: [String]] = [
    "init": ["init"],
    "plans": ["plans"],
    "list": ["list", "--plan", "{plan}"],
    "show": ["show", "{plan}", "{task}"],
    "units": ["units"],
    "check": ["check"],
    "set": ["set", "{plan}", "{task}", "--status", "doing"],
    "assign": ["assign", "{plan}", "{task}", "--lead", "lz-kjj"],
    "note": ["note", "{plan}", "{task}", "进展"],
    "request-done": ["request-done", "{plan}", "{task}", "已完成"],
    "signoff": ["signoff", "{plan}", "{task}"],
    "sendback": ["sendback", "{plan}", "{task}", "材料不全"],
    "request-extension": ["request-extension", "{plan}", "{task}", "--to", "2027-06-30", "延迟"],
    "approve-extension": ["approve-extension", "{plan}", "{task}"],
    "refuse-extension": ["refuse-extension", "{plan}", "{task}", "按期完成"],
    "chase": ["chase", "{plan}", "{task}", "请尽快"],
    "log": ["log", "--plan", "{plan}"],
    "report": ["report", "--plan", "{plan}"],
    "ssh-line": ["ssh-line", "lz-kjj", "/nonexistent.pub"],
    "import": ["import", "/nonexistent.txt", "--dry-run"],
    "plan add": ["plan", "add", "x-2026", "--title", "标题"],
    "plan edit": ["plan", "edit", "{plan}", "--title", "标题"],
    "task add": ["task", "add", "{plan}", "--title", "标题"],
    "task edit": ["task", "edit", "{plan}", "{task}", "--title", "标题"],
    "task rm": ["task", "rm", "{plan}", "{task}", "--yes"],
    "unit add": ["unit", "add", "qj-x", "--name", "区某局", "--region", "黔江区"],
    "unit edit": ["unit", "edit", "lz-kjj", "--name", "某局"],
    "unit rm": ["unit", "rm", "qj-x"],
    "unit merge": ["unit", "merge", "lz-kjj", "lz-kjj"],
    "remind": ["remind", "--plan", "{plan}"],
    "indicator list": ["indicator", "list", "--plan", "{plan}"],
    "indicator set": ["indicator", "set", "dazu-patent-2025", "1", "2025", "--actual", "500"],
    "help": ["help", "set"],
  ]

  struct Case: Sendable, CustomStringConvertible {
    var command: String
    var mistake: String
    var arguments: [String]
    var zh: String
    var en: String
    var status: Int32
    var description: String { "\(command): \(mistake)" }
  }

  static func line(_ sample: [String], plan: String = plan, task: String = task) -> [String] {
    sample.map { $0 == "{plan}" ? plan : $0 == "{task}" ? task : $0 }
  }

  /// The mistakes only `indicator set` can make: a value, a year or an indicator that is not
  /// there, and a unit that answers for another indicator.
  static let indicatorCases: [Case] = {
    let set = ["indicator", "set", "dazu-patent-2025"]
    return [
      Case(
        command: "indicator set", mistake: "not a number",
        arguments: set + ["1", "2025", "--actual", "很多", "--unit", "office"],
        zh: "board：“很多”不能作为指标 1 的实际值：应为不小于 0 的数字（如 120 或 4.5，单位件）",
        en:
          "board: \"很多\" is no value for indicator 1: expected a number not below 0 (such as 120 or 4.5, in 件)",
        status: 2),
      Case(
        command: "indicator set", mistake: "malformed year",
        arguments: set + ["1", "25", "--actual", "1", "--unit", "office"],
        zh: "board：YEAR 应为四位数的年份（如 2025），而不是“25”；见 'board indicator set --help'",
        en:
          "board: YEAR expects a year of four digits (such as 2025), found \"25\"; see 'board indicator set --help'",
        status: 2),
      Case(
        command: "indicator set", mistake: "unknown indicator",
        arguments: set + ["99", "2025", "--actual", "1", "--unit", "office"],
        zh: "board：方案 dazu-patent-2025 中没有指标 99",
        en: "board: no indicator 99 in plan dazu-patent-2025", status: 2),
      Case(
        command: "indicator set", mistake: "missing --actual",
        arguments: set + ["1", "2025", "--unit", "office"],
        zh: "board：缺少选项 --actual VALUE；见 'board indicator set --help'",
        en: "board: missing --actual VALUE; see 'board indicator set --help'", status: 2),
      Case(
        command: "indicator set", mistake: "not a responsible unit",
        arguments: set + ["1", "2025", "--actual", "1", "--unit", "dz-kjj"],
        zh: "board：拒绝：区科技局 (dz-kjj)不是指标 1 的责任单位：只有责任单位和联席会议办公室可以报送实际值",
        en:
          "board: refused: 区科技局 (dz-kjj) is not a responsible unit of indicator 1: only they and the office may report its values",
        status: 3),
    ]
  }()

  static let cases: [Case] =
    indicatorCases
    + samples.keys.sorted().flatMap { command -> [Case] in
      let sample = samples[command] ?? []
      let right = line(sample)
      let scope = "board \(command)"
      var cases = [
        Case(
          command: command, mistake: "unknown option", arguments: right + ["--nosuch"],
          zh: "board：未知选项 --nosuch（\(scope)）；见 '\(scope) --help'",
          en: "board: unknown option --nosuch for '\(scope)'; see '\(scope) --help'", status: 2),
        Case(
          command: command, mistake: "missing value", arguments: right + ["--today"],
          zh: "board：--today 缺少值（YYYY-MM-DD）；见 '\(scope) --help'",
          en: "board: --today needs a value (YYYY-MM-DD); see '\(scope) --help'", status: 2),
        Case(
          command: command, mistake: "repeated option",
          arguments: right + ["--today", "2026-11-24", "--today", "2026-11-25"],
          zh: "board：--today 重复给出；见 '\(scope) --help'",
          en: "board: --today given twice; see '\(scope) --help'", status: 2),
        Case(
          command: command, mistake: "malformed day", arguments: right + ["--today", "2026-02-30"],
          zh: "board：--today 应为日期 YYYY-MM-DD，而不是“2026-02-30”；见 '\(scope) --help'",
          en:
            "board: --today expects a date YYYY-MM-DD, found \"2026-02-30\"; see '\(scope) --help'",
          status: 2),
        Case(
          command: command, mistake: "unknown unit", arguments: right + ["--unit", "nosuch"],
          zh: "board：名册中没有单位“nosuch”（见 board units）",
          en: "board: no unit \"nosuch\" in the roster (see board units)", status: 2),
      ]
      if sample.contains("{plan}") {
        cases.append(
          Case(
            command: command, mistake: "unknown plan",
            arguments: line(sample, plan: "nosuch") + ["--unit", "office"],
            zh: "board：看板上没有方案“nosuch”", en: "board: no plan \"nosuch\" on this board",
            status: 2))
      }
      if sample.contains("{task}") {
        cases.append(
          Case(
            command: command, mistake: "unknown task",
            arguments: line(sample, task: "9.9") + ["--unit", "office"],
            zh: "board：方案 \(plan) 中没有任务 9.9", en: "board: no task 9.9 in plan \(plan)",
            status: 2))
      }
      return cases
    } + supervisionCases

  /// The supervision commands' own mistakes: a reason left out, the new deadline left out or
  /// not a date, `--lead` naming nobody.
  static let supervisionCases: [Case] = [
    Case(
      command: "sendback", mistake: "missing reason", arguments: ["sendback", plan, task],
      zh: "board：缺少 REASON；见 'board sendback --help'",
      en: "board: missing REASON; see 'board sendback --help'", status: 2),
    Case(
      command: "request-done", mistake: "missing note", arguments: ["request-done", plan, task],
      zh: "board：缺少 NOTE；见 'board request-done --help'",
      en: "board: missing NOTE; see 'board request-done --help'", status: 2),
    Case(
      command: "request-extension", mistake: "missing --to",
      arguments: ["request-extension", plan, task, "延迟"],
      zh: "board：缺少选项 --to YYYY-MM-DD；见 'board request-extension --help'",
      en: "board: missing --to YYYY-MM-DD; see 'board request-extension --help'", status: 2),
    Case(
      command: "request-extension", mistake: "malformed --to",
      arguments: ["request-extension", plan, task, "--to", "明年", "延迟"],
      zh: "board：--to 应为日期 YYYY-MM-DD，而不是“明年”；见 'board request-extension --help'",
      en:
        "board: --to expects a date YYYY-MM-DD, found \"明年\"; see 'board request-extension --help'",
      status: 2),
    Case(
      command: "chase", mistake: "no task and no --lead", arguments: ["chase", plan],
      zh: "board：缺少 TASK；见 'board chase --help'",
      en: "board: missing TASK; see 'board chase --help'", status: 2),
    Case(
      command: "chase", mistake: "unknown --lead unit",
      arguments: ["chase", "--lead", "nosuch", "--unit", "office"],
      zh: "board：名册中没有单位“nosuch”（见 board units）",
      en: "board: no unit \"nosuch\" in the roster (see board units)", status: 2),
  ]

  @Test func everyCommandHasASample() {
    let help = Programs.board(["--help", "--lang", "en"]).stdout
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    let start = (lines.firstIndex(of: "commands:") ?? 0) + 1
    let commands = lines[start...].prefix { !$0.isEmpty }.map {
      String($0.drop { $0 == " " }.components(separatedBy: "  ")[0])
    }
    #expect(!commands.isEmpty)
    for command in commands { #expect(Self.samples[command] != nil, "\(command) has no sample") }
  }

  @Test(arguments: cases)
  func theMistakeIsNamedInBothLanguages(_ mistake: Case) {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    for (language, expected) in [("zh", mistake.zh), ("en", mistake.en)] {
      let result = Programs.board(
        ["--boards", boards.path, "--lang", language] + mistake.arguments)
      #expect(result.status == mistake.status, "\(language): \(result.stderr)")
      #expect(result.stderr == expected + "\n", "\(language)")
    }
    #expect(boards.snapshot() == before)
  }

  /// A refused change exits 3, with the rule in Chinese by default and in English with
  /// `--lang en`.
  @Test func aRefusedChangeExitsThreeInTheUsersLanguage() {
    let boards = TemporaryDirectory.copyOfBoards()
    let arguments = [
      "--boards", boards.path, "--unit", "lz-kjj", "set", Self.plan, "S1", "--status", "doing",
    ]
    let chinese = Programs.board(arguments)
    #expect(chinese.status == 3)
    #expect(
      chinese.stderr == "board：拒绝：市科技局 (lz-kjj)不是任务 S1 的牵头单位：只有牵头单位可以修改状态\n")
    let english = Programs.board(arguments + ["--lang", "en"])
    #expect(english.status == 3)
    #expect(
      english.stderr
        == "board: refused: 市科技局 (lz-kjj) is not a lead unit of task S1: only lead units may change its status\n"
    )
  }
}
