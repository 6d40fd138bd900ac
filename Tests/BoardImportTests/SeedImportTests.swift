import BoardCore
import BoardImport
import BoardStore
import BoardTestSupport
import Testing

/// Importing each of the five seed documents gives the board shipped in boards/, which was
/// written by hand from the same documents (docs/seeds.md).
@Suite struct SeedImportTests {
  struct Seed: CustomStringConvertible, Sendable {
    var file: String
    var plan: String
    var description: String { plan }
  }

  static let seeds = [
    Seed(file: "000_be29924751dc76b6.txt", plan: "qianjiang-patent-2022"),
    Seed(file: "001_90380d417fb1d069.txt", plan: "ip-pilot-city-2026"),
    Seed(file: "002_011584d99d6dbcb1.txt", plan: "luzhou-patent-2024"),
    Seed(file: "003_a9e4510ddaa3071d.txt", plan: "dazu-patent-2025"),
    Seed(file: "004_11dfa6bc9d5fc85c.txt", plan: "xiangzhou-patent-2023"),
  ]

  let board: Board

  init() throws {
    board = try BoardDirectory(path: Repository.boards).load()
  }

  func imported(_ seed: Seed, roster: Roster? = nil) throws -> ImportResult {
    let bytes = Repository.bytes(Repository.seeds + "/" + seed.file)
    return try PlanImporter(roster: roster ?? board.roster).run(
      bytes, options: ImportOptions(source: seed.file))
  }

  /// Text compared without white space: the layout may differ only there.
  func squeezed(_ text: String) -> String {
    text.filter { !$0.isWhitespace }
  }

  @Test(arguments: seeds)
  func importGivesTheShippedTasks(_ seed: Seed) throws {
    let result = try imported(seed)
    let shipped = try #require(board.plan(id: seed.plan))
    let plan = result.plan
    #expect(plan.tasks.map(\.id) == shipped.tasks.map(\.id))
    for (got, want) in zip(plan.tasks, shipped.tasks) {
      #expect(got.title == want.title, "\(want.id)")
      #expect(got.section == want.section, "\(want.id)")
      #expect(got.lead == want.lead, "\(want.id) lead")
      #expect(got.coop == want.coop, "\(want.id) coop")
      #expect(got.due == want.due, "\(want.id) due")
      #expect(squeezed(got.text) == squeezed(want.text), "\(want.id) text")
      #expect(got.text == want.text, "\(want.id) text layout")
    }
    #expect(result.newUnits.isEmpty, "\(result.newUnits)")
    print(result.report.text(chinese: false))
  }
}

extension SeedImportTests {
  @Test(arguments: seeds)
  func importGivesTheShippedPlanFields(_ seed: Seed) throws {
    let plan = try imported(seed).plan
    let shipped = try #require(board.plan(id: seed.plan))
    // The id too: derived from the jurisdiction, the subject and the first year.
    #expect(plan.id == shipped.id)
    #expect(plan.title == shipped.title)
    #expect(plan.region == shipped.region)
    #expect(plan.issuer == shipped.issuer)
    #expect(plan.number == shipped.number)
    #expect(plan.issued == shipped.issued)
    #expect(plan.start == shipped.start)
    #expect(plan.end == shipped.end)
    #expect(plan.source == shipped.source)
  }

  @Test func dazuGivesItsTenIndicators() throws {
    let plan = try imported(Self.seeds[3]).plan
    let shipped = try #require(board.plan(id: "dazu-patent-2025"))
    #expect(plan.indicators.count == 10)
    #expect(plan.indicators == shipped.indicators)
    let third = try #require(plan.indicators.first { $0.id == "3" })
    #expect(third.name == "万人高价值发明专利拥有量")
    #expect(third.measure == "件")
    #expect(third.targets.map(\.value) == ["1", "1.25", "1.5"])
  }

  /// On a board that has none of the document's units, the importer names them as the
  /// shipped roster does (prefix and pinyin initials), in the same order.
  @Test(arguments: [seeds[0], seeds[2], seeds[3]])
  func newUnitsGetTheRosterIds(_ seed: Seed) throws {
    let office = try #require(board.roster.unit(id: "office"))
    let result = try imported(seed, roster: Roster(units: [office]))
    let shipped = try #require(board.plan(id: seed.plan))
    let expected = board.roster.units(in: shipped.region)
    #expect(result.newUnits.map(\.id) == expected.map(\.id))
    #expect(result.newUnits.map(\.name) == expected.map(\.name))
    #expect(result.newUnits.allSatisfy { $0.region == shipped.region && $0.role == .unit })
  }

  @Test func theReportNamesLabelRolesGuessesAndWhatItSkipped() throws {
    let luzhou = try imported(Self.seeds[2]).report.text(chinese: false)
    #expect(
      luzhou.contains("责任单位 → cooperating units (13 tasks): in this document it follows 牵头单位"))
    #expect(luzhou.contains("4: S1 S2 S3 S4 (no unit label)"))
    #expect(luzhou.contains("line 13: 1: 2024-12-31, its own deadline (2024年底前)"))
    let pilot = try imported(Self.seeds[1]).report.text(chinese: false)
    #expect(pilot.contains("S3: the item has no number (written ())"))
    #expect(pilot.contains("region: none: the document names no jurisdiction"))
    let xiangzhou = try imported(Self.seeds[4]).report
    let notPlaced = xiangzhou.entries(in: .notPlaced)
    #expect(notPlaced.map(\.line) == [101])
    #expect(xiangzhou.entries(in: .guesses).compactMap(\.line) == [37, 83, 95])
    let dazu = try imported(Self.seeds[3]).report.text(chinese: true)
    #expect(dazu.contains("7–10：表格分组为“推进专利成果高效转化，提高发明专利实用效能”"))
  }
}
