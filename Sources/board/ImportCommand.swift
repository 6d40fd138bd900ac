import BoardCore
import BoardDocx
import BoardImport
import BoardStore
import BoardUI

/// `board import FILE`: a plan document (its text, or a Word .docx) becomes `boards/ID.rec`, and the units it
/// names that the roster lacks are added to the roster. The report goes to stderr.
enum ImportCommand: Command {
  static let name = "import"
  static let usage = "FILE [--id ID] [--region REGION] [--dry-run] [--force]"
  static let summary = "make a plan of a document's text: ID.rec and its new units (office only)"
  static let options: [OptionSpec] = [
    .value("--id", "ID", "the plan id (default: derived, e.g. luzhou-patent-2024)"),
    .value("--region", "REGION", "the jurisdiction, where the document names none (黔江区)"),
    .flag("--dry-run", "print the board file instead of writing anything"),
    .flag("--force", "replace the plan of the same id"),
  ]

  static func run(_ arguments: Arguments, _ context: Context) throws -> ExitStatus {
    let file = try arguments.positionals("FILE")[0]
    let dryRun = arguments.has("--dry-run")
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
      id: arguments.value("--id"), region: arguments.value("--region"), source: source)
    let result = try PlanImporter(roster: roster).run(bytes, options: options)
    let plan = result.plan
    let language = context.language
    Program.writeError(VisibleText.lines(result.report.text(chinese: language == .zh)))
    let exists = try directory.planIDs().contains(plan.id)
    if dryRun {
      context.output.write(
        String(decoding: PlanFile.encode(plan, roster: result.roster), as: UTF8.self))
      if exists && !arguments.has("--force") {
        Program.writeError(
          language.pick(
            "注意：方案 \(plan.id) 已存在，导入时需加 --force 才会替换",
            "note: plan \(plan.id) exists; importing it needs --force"))
      }
      return .success
    }
    if exists && !arguments.has("--force") { throw StoreError.planExists(plan.id) }
    try directory.create(
      plan: plan, addingUnits: result.newUnits, by: actorID, time: Clock.now(),
      replacing: arguments.has("--force"))
    context.output.line(
      language.pick(
        "已保存：\(directory.planPath(plan.id))（\(plan.tasks.count)项任务，新增\(result.newUnits.count)个单位）",
        "saved: \(directory.planPath(plan.id)) (\(plan.tasks.count) tasks, \(result.newUnits.count) new units)"
      ))
    return .success
  }
}
