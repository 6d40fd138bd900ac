import BoardCore
import BoardDocx
import BoardImport
import BoardTestSupport
import Testing

/// Word files made by a real word processor (LibreOffice, Tests/Fixtures/docx/make.sh) import
/// to the same tasks as their text.
@Suite struct DocxImportTests {
  static let directory = Repository.root + "/Tests/Fixtures/docx/"

  struct Pair: Sendable, CustomTestStringConvertible {
    var docx: String
    var text: String
    var testDescription: String { docx }
  }

  static let pairs = [
    // Qianjiang's seed with 一、 / （一） / 1. as Word numbering, a header, a footer, a
    // footnote and a comment.
    Pair(docx: "seed-numbered.docx", text: Repository.seeds + "/000_be29924751dc76b6.txt"),
    // A 任务分工表 whose 任务类别 and 牵头单位 cells are merged over rows.
    Pair(docx: "division-table.docx", text: directory + "division-table.txt"),
    // A deleted unit and a deleted task, an inserted unit: the text as accepted.
    Pair(docx: "tracked-changes.docx", text: directory + "tracked-changes.txt"),
  ]

  func plan(_ bytes: [UInt8]) throws -> (Plan, Roster) {
    let roster = Roster(units: [Unit(id: "office", name: "联席会议办公室", role: .office)])
    let result = try PlanImporter(roster: roster).run(bytes)
    return (result.plan, result.roster)
  }

  @Test(arguments: pairs) func importsToTheSameTasksAsItsText(_ pair: Pair) throws {
    let docx = try DocxText.text(Repository.bytes(DocxImportTests.directory + pair.docx))
    let (fromWord, wordRoster) = try plan(docx)
    let (fromText, textRoster) = try plan(Repository.bytes(pair.text))
    #expect(fromWord.tasks.count == fromText.tasks.count)
    #expect(!fromWord.tasks.isEmpty)
    for (word, text) in zip(fromWord.tasks, fromText.tasks) {
      #expect(word.id == text.id)
      #expect(word.section == text.section, "\(text.id)")
      #expect(word.title == text.title, "\(text.id)")
      #expect(word.text == text.text, "\(text.id)")
      #expect(
        word.lead.map(wordRoster.name(of:)) == text.lead.map(textRoster.name(of:)), "\(text.id)")
      #expect(
        word.coop.map(wordRoster.name(of:)) == text.coop.map(textRoster.name(of:)), "\(text.id)")
      #expect(word.due == text.due, "\(text.id)")
    }
    #expect(fromWord.title == fromText.title)
  }

  @Test func numberingIsWrittenOutAndNotesHeadersAndCommentsLeftOut() throws {
    let text = String(
      decoding: try DocxText.text(
        Repository.bytes(DocxImportTests.directory + "seed-numbered.docx")),
      as: UTF8.self)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains("三、重点任务"))
    #expect(lines.contains("（二）提升发明专利转化运用效益"))
    #expect(lines.contains { $0.hasPrefix("3.聚焦研发活动。") })
    for absent in ["页眉文字", "页脚文字", "脚注文字", "批注文字"] {
      #expect(!text.contains(absent), "\(absent)")
    }
  }

  @Test func mergedCellsGiveTheirTextToEveryRowTheyCover() throws {
    let text = String(
      decoding: try DocxText.text(
        Repository.bytes(DocxImportTests.directory + "division-table.docx")),
      as: UTF8.self)
    #expect(text.contains("2\t金融服务\t开展银企对接活动\t区金融发展中心\t区市场监管局\t持续推进"))
    #expect(text.contains("4\t保险与导航\t培育专利导航机构\t区科技局\t\t2025年12月底前"))
  }

  @Test func trackedDeletionsAreLeftOutAndInsertionsKept() throws {
    let text = String(
      decoding: try DocxText.text(
        Repository.bytes(DocxImportTests.directory + "tracked-changes.docx")),
      as: UTF8.self)
    #expect(text.contains("配合单位：区农业农村委、区商务委）"))
    #expect(!text.contains("区科技局"))
    #expect(!text.contains("已删除的任务"))
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var file: String
    var error: DocxError
    var testDescription: String { file }
  }

  static let bad = [
    Bad(file: "bad-not-zip.docx", error: .notZip),
    Bad(file: "bad-truncated.docx", error: .truncated(detail: "no zip directory at its end")),
    Bad(file: "bad-no-document.docx", error: .notWord),
    Bad(file: "bad-encrypted-entry.docx", error: .encrypted),
    Bad(file: "bad-password.docx", error: .encrypted),
    Bad(file: "bad-too-large.docx", error: .tooLarge(entry: "word/document.xml", limit: 64 << 20)),
  ]

  @Test(arguments: bad) func aBadWordFileIsAnError(_ bad: Bad) throws {
    let path = DocxImportTests.directory + bad.file
    let bytes = Repository.bytes(path)
    #expect(throws: bad.error) {
      guard try DocumentFormat.of(path: path, bytes: bytes) == .docx else { return }
      _ = try DocxText.text(bytes)
    }
  }

  @Test func otherFormatsNameTheirConversion() throws {
    let doc = DocxImportTests.directory + "old-word.doc"
    #expect(
      throws: DocxError.otherFormat(
        kind: ".doc",
        conversion: "soffice --headless --convert-to docx \(doc), then board import old-word.docx")
    ) {
      try DocumentFormat.of(path: doc, bytes: Repository.bytes(doc))
    }
    let pdf = DocxImportTests.directory + "scan.pdf"
    #expect(
      throws: DocxError.otherFormat(kind: ".pdf", conversion: "pdftotext -layout \(pdf) scan.txt")
    ) {
      try DocumentFormat.of(path: pdf, bytes: Repository.bytes(pdf))
    }
    #expect(
      throws: DocxError.otherFormat(
        kind: ".wps",
        conversion: "soffice --headless --convert-to docx a.wps, then board import a.docx")
    ) {
      try DocumentFormat.of(path: "a.wps", bytes: [])
    }
    #expect(try DocumentFormat.of(path: "plan.txt", bytes: Array("一、重点任务".utf8)) == .text)
  }
}
