import BoardTestSupport
import Testing

/// `board import FILE.docx` with the real binary: a Word file becomes a plan; a bad one, or a
/// format that needs converting, is refused with exit 2, a clear message and nothing written.
@Suite struct DocxCommandTests {
  static let directory = Repository.root + "/Tests/Fixtures/docx/"

  func board(_ arguments: [String], in boards: String) -> ProcessResult {
    Programs.board(["--boards", boards, "--today", "2026-11-24"] + arguments)
  }

  @Test func aWordFileImportsAsItsText() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = board(
      ["import", DocxCommandTests.directory + "division-table.docx", "--unit", "office"],
      in: boards.path)
    #expect(result.status == 0, "\(result.stderr)")
    let plan = boards.read("bishan-ip-2025.rec")
    #expect(plan.contains("Source: division-table.docx"))
    #expect(plan.contains("Id: 2\nSection: 一、重点任务\nTitle: 开展银企对接活动\nLead: 区金融发展中心\nCoop: 区市场监管局"))
    #expect(board(["check"], in: boards.path).status == 0)
  }

  static let refused: [(String, String, String)] = [
    ("bad-not-zip.docx", "not a zip archive", "不是 zip 压缩包"),
    ("bad-truncated.docx", "incomplete", "不完整"),
    ("bad-no-document.docx", "no word/document.xml", "没有 word/document.xml"),
    ("bad-encrypted-entry.docx", "password-protected", "设有密码"),
    ("bad-password.docx", "password-protected", "设有密码"),
    ("bad-too-large.docx", "inflates past 64 MB", "超过 64 MB"),
    (
      "old-word.doc", "soffice --headless --convert-to docx", "soffice --headless --convert-to docx"
    ),
    ("scan.pdf", "pdftotext -layout", "pdftotext -layout"),
  ]

  @Test(arguments: refused)
  func aBadFileIsRefusedAndNothingIsWritten(_ file: String, _ english: String, _ chinese: String) {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.snapshot()
    for dryRun in [false, true] {
      let result = board(
        ["import", DocxCommandTests.directory + file, "--unit", "office", "--lang", "en"]
          + (dryRun ? ["--dry-run"] : []), in: boards.path)
      #expect(result.status == 2)
      #expect(result.stderr.contains(english), "\(result.stderr)")
      #expect(result.stderr.contains(file), "\(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
    #expect(boards.snapshot() == before)
  }
}
