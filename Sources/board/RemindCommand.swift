import BoardCore
import BoardReport
import BoardStore

/// `board remind`: a chase letter (催办通知) per lead unit with overdue or due-soon tasks,
/// on standard output or one file per unit.
enum RemindCommand: Command {
  static let lead = Option<String>(
    "--lead", "UNIT",
    help: Localized("只给此单位（编号或名称）写通知", "only the letter to this unit (id or name)"))
  static let replyBy = Option<Day>(
    "--reply-by",
    help: Localized(
      "要求反馈的日期（默认：--today 之后第三个工作日）",
      "the day to reply by (default: three working days after --today)"))
  static let out = Option<String>(
    "--out", "DIR",
    help: Localized(
      "每个单位一个文件，写入目录 DIR（DIR/单位编号.txt）",
      "one file per unit in the directory DIR (DIR/UNITID.txt)"))

  static let declaration = CommandDeclaration(
    "remind",
    summary: Localized(
      "催办通知：给有逾期或即将到期任务的牵头单位", "chase letters to lead units with overdue or due-soon tasks"),
    arguments: [CommonArguments.planFilter, lead, replyBy, out])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let board = try context.loadBoard(keepingTexts: false)
    let plan = try input[CommonArguments.planFilter].map { try Program.plan($0, in: board) }
    let lead = try input[Self.lead].map {
      try Program.unit($0, in: board.roster, region: plan?.region)
    }
    let language = context.language
    let letters = Reminder.letters(
      board: board, rules: context.rules(for: board), plan: plan?.id, lead: lead?.id,
      replyBy: input[Self.replyBy] ?? Reminder.defaultReplyBy(today: context.today))
    guard !letters.isEmpty else {
      let who = lead.map { "\($0.name) (\($0.id))" }
      context.output.line(
        who.map {
          language.pick("\($0)没有逾期或即将到期的任务", "\($0) has no overdue or due-soon tasks")
        } ?? language.pick("没有单位有逾期或即将到期的任务", "no unit has overdue or due-soon tasks"))
      return .success
    }
    guard let directory = input[Self.out] else {
      for (index, letter) in letters.enumerated() {
        if index > 0 { context.output.line("\n" + String(repeating: "-", count: 40) + "\n") }
        context.output.write(letter.text(language))
      }
      return .success
    }
    try OutputFile.makeDirectory(directory)
    for letter in letters {
      let path = (directory.hasSuffix("/") ? directory : directory + "/") + letter.unit.id + ".txt"
      // Said whether the file was new or replaced an older letter: nothing is overwritten
      // silently.
      let replaced = OutputFile.exists(path)
      try OutputFile.write(path, letter.text(language))
      context.output.line(
        (replaced
          ? language.pick("已覆盖 ", "replaced ") : language.pick("已写入 ", "wrote "))
          + path
          + language.pick(
            "（\(letter.unit.name)，逾期 \(letter.overdue.count) 项，即将到期 \(letter.dueSoon.count) 项）",
            " (\(letter.unit.name): \(letter.overdue.count) overdue, \(letter.dueSoon.count) due soon)"
          ))
    }
    return .success
  }
}
