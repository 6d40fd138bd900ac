import BoardCore
import BoardDocx
import BoardImport
import BoardStore
import BoardUI

/// `board import FILE`: a plan document (its text, or a Word .docx) becomes `boards/ID.rec`, and the units it
/// names that the roster lacks are added to the roster. The report goes to stderr.
enum ImportCommand: Command {
  static let file = Positional<String>(
    "FILE",
    help: Message(
      "方案文件：文本或 Word 文件 .docx（- 表示标准输入）",
      "the plan document: its text or a Word file .docx (- for standard input)"))
  static let id = Option<PlanID>(
    "--id", "ID",
    help: Message(
      "方案编号（默认：自动生成，如 luzhou-patent-2024）",
      "the plan id (default: derived, e.g. luzhou-patent-2024)"))
  static let region = Option<String>(
    "--region", "REGION",
    help: Message("文件未写明辖区时所用的辖区（黔江区）", "the jurisdiction, where the document names none (黔江区)"))
  static let dryRunFlag = Flag(
    "--dry-run",
    help: Message("只打印看板文件，不写入任何内容", "print the board file instead of writing anything"))
  static let force = Flag("--force", help: Message("替换同编号的方案", "replace the plan of the same id"))

  static let declaration = CommandDeclaration(
    "import",
    summary: Message(
      "把方案文件的文本变成方案：ID.rec 及其新单位（仅办公室）",
      "make a plan of a document's text: ID.rec and its new units (office only)"),
    arguments: [file, id, region, dryRunFlag, force])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let file = input[Self.file]
    let dryRun = input[dryRunFlag]
    let directory = context.directory
    let (roster, _) = try directory.loadRoster()
    // Refuse before reading: only the office adds plans (the store checks again). A dry run
    // writes nothing and is open to everyone.
    let actorID = dryRun ? nil : try context.actorID()
    if let actorID, let actor = roster.unit(id: actorID), !Permissions.mayManageBoard(actor) {
      throw StoreError.refused(
        .officeOnly(unit: "\(actor.name) (\(actor.id))", action: "manage plans and units"))
    }
    let raw = try InputFile.read(file)
    // A Word file is read as the text copying from Word gives; .doc, .wps and .pdf are
    // refused with the command that converts them.
    let bytes: [UInt8]
    do {
      switch try DocumentFormat.of(path: file, bytes: raw) {
      case .docx: bytes = try DocxText.text(raw)
      case .text: bytes = raw
      }
    } catch {
      throw DocxFileError(path: file, error: error)
    }
    let source = file == "-" ? "" : String(file.split(separator: "/").last ?? "")
    let options = ImportOptions(
      id: input[id]?.text, region: input[region], source: source)
    let result = try PlanImporter(roster: roster).run(bytes, options: options)
    let plan = result.plan
    let language = context.language
    Program.writeError(VisibleText.lines(result.report.text(chinese: language == .zh)))
    let exists = try directory.planIDs().contains(plan.id)
    if dryRun {
      context.output.write(
        String(decoding: PlanFile.encode(plan, roster: result.roster), as: UTF8.self))
      if exists && !input[force] {
        Program.writeError(
          language.pick(
            "注意：方案 \(plan.id) 已存在，导入时需加 --force 才会替换",
            "note: plan \(plan.id) exists; importing it needs --force"))
      }
      return .success
    }
    if exists && !input[force] { throw StoreError.planExists(plan.id) }
    try directory.create(
      plan: plan, addingUnits: result.newUnits, by: actorID, time: Clock.now(),
      replacing: input[force])
    context.output.line(
      language.pick(
        "已保存：\(directory.planPath(plan.id))（\(plan.tasks.count)项任务，新增\(result.newUnits.count)个单位）",
        "saved: \(directory.planPath(plan.id)) (\(plan.tasks.count) tasks, \(result.newUnits.count) new units)"
      ))
    return .success
  }
}
