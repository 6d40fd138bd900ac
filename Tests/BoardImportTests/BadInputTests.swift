import BoardCore
import BoardImport
import Testing

/// What is not a plan is refused with a clear error, never turned into an empty board.
@Suite struct BadInputTests {
  let importer = PlanImporter(roster: Roster())

  @Test(arguments: [[], Array("  \n\t\n\u{3000}\n".utf8)])
  func anEmptyDocument(_ bytes: [UInt8]) {
    #expect(throws: ImportError.empty) { try importer.run(bytes) }
  }

  @Test func aBinaryFile() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    #expect(throws: ImportError.binary(detail: "a NUL byte at byte 9")) { try importer.run(png) }
    let latin1: [UInt8] = Array("方案".utf8) + [0xFF, 0xFE, 0x41]
    #expect(throws: ImportError.binary(detail: "invalid UTF-8")) { try importer.run(latin1) }
  }

  @Test func aDocumentWithoutTasks() {
    let text = """
      关于做好知识产权宣传周工作的通知
      一、指导思想
      以习近平新时代中国特色社会主义思想为指导。
      二、工作目标
      到2025年，全社会知识产权意识明显增强。
      """
    #expect(throws: ImportError.noTasks) { try importer.run(Array(text.utf8)) }
  }

  @Test func theErrorsSayWhatIsWrong() {
    #expect(ImportError.empty.description == "the document is empty: nothing to import")
    #expect(ImportError.noTasks.chineseDescription.hasPrefix("未找到任务"))
  }
}

extension BadInputTests {
  /// Escape sequences from a hostile page never reach a board file or a terminal; Windows and
  /// old Mac line ends are line ends.
  @Test func controlCharactersAreLeftOutAndLineEndsRead() throws {
    let text = "一、重点任务\r\n1.测试任务。正文\u{1B}[31m红色\u{1B}]0;title\u{07}。（责任单位：区科技局）\r2.第二项。"
    let plan = try importer.run(Array(text.utf8)).plan
    #expect(plan.tasks.map(\.id) == ["1", "2"])
    #expect(plan.tasks[0].text == "正文[31m红色]0;title。")
    #expect(
      !plan.tasks.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } })
  }
}
