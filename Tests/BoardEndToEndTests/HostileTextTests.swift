import BoardTestSupport
import Foundation
import Testing

/// Text written by other people (notes, task texts, titles, unit names) holding escape
/// sequences and control characters reaches the terminal as visible, harmless text from
/// every command, in every format, on stdout and stderr.
@Suite struct HostileTextTests {
  static let plan = "qianjiang-patent-2022"
  /// Clear the screen, retitle the window, a CSI as a C1 byte, a DCS, shift-out to the line
  /// drawing set, carriage return, backspace, DEL.
  static let hostile =
    "进展\u{1B}[2J\u{1B}]0;title\u{07}\u{9B}31m\u{1B}P1$q\u{1B}\\\u{0E}\u{1B}(0\r\u{08}\u{7F}完"

  /// A board where a note, a task's title, section and text, the plan's title and a unit's
  /// name all hold escape sequences.
  static func hostileBoard() -> TemporaryDirectory {
    let boards = TemporaryDirectory.copyOfBoards()
    boards.write(
      "roster.rec",
      boards.read("roster.rec") + "\nId: qj-evil\nName: 区\u{1B}[2J局\nRegion: 黔江区\nRole: unit\n")
    var text = boards.read("\(plan).rec")
    text = text.replacingOccurrences(of: "Title: 围绕重点产业", with: "Title: 围绕\u{1B}]0;pwned\u{07}重点产业")
    text = text.replacingOccurrences(
      of: "Section: （一）促进高价值发明专利创造\nTitle: 聚焦研发活动",
      with: "Section: （一）促进\u{1B}[31m高价值\nTitle: 聚焦研发活动")
    text = text.replacingOccurrences(of: "Title: 黔江区高价值", with: "Title: 黔江区\u{1B}[5m高价值")
    text = text.replacingOccurrences(of: "Text: 围绕卷烟", with: "Text: 围绕\u{1B}[?1049h卷烟")
    boards.write("\(plan).rec", text)
    let setup: [[String]] = [
      ["--unit", "office", "assign", plan, "1.1", "--coop", "qj-evil,qj-kjj"],
      ["--unit", "qj-evil", "note", plan, "1.1", hostile],
      ["--unit", "qj-kjj", "note", plan, "1.3", hostile],
    ]
    for arguments in setup {
      _ = Programs.board(["--boards", boards.path, "--today", "2026-11-24"] + arguments)
    }
    return boards
  }

  /// The control bytes in output: C0 (but line breaks, and tabs where `tabs` allows them),
  /// DEL, and C1 controls (UTF-8 C2 80 to C2 9F).
  static func controlBytes(_ text: String, tabs: Bool = false) -> [UInt8] {
    let bytes = Array(text.utf8)
    var found: [UInt8] = []
    for (index, byte) in bytes.enumerated() {
      if byte == 0x0A || (tabs && byte == 0x09) { continue }
      if byte < 0x20 || byte == 0x7F { found.append(byte) }
      if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
        found.append(bytes[index + 1])
      }
    }
    return found
  }

  static let commands: [[String]] = [
    ["plans"], ["plans", "--format", "tsv"], ["plans", "--format", "json"],
    ["list"], ["list", "--format", "tsv"], ["list", "--format", "json"],
    ["list", "--plan", plan, "--unit", "qj-evil"],
    ["show", plan, "1.1"], ["show", plan, "1.3"], ["show", plan, "1.1", "--format", "json"],
    ["units"], ["units", "--format", "tsv"], ["units", "--format", "json"],
    ["log"], ["log", "--format", "tsv"], ["log", "--format", "json"],
    ["report"], ["report", "--format", "tsv"], ["report", "--format", "json"],
    ["report", "--format", "md"], ["report", "--format", "html"],
    ["check"],
    ["--unit", "qj-kjj", "set", plan, "1.3", "--status", "todo"],
    ["--unit", "qj-kjj", "note", plan, "1.3", hostile],
  ]

  @Test(arguments: commands, [Language.zh, .en])
  func everyCommandShowsEscapesAsVisibleText(_ arguments: [String], _ language: Language) {
    let boards = Self.hostileBoard()
    let result = Programs.board(
      ["--boards", boards.path, "--today", "2026-11-24", "--lang", language.rawValue] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.isEmpty)
    let tsv = arguments.contains("tsv")
    #expect(Self.controlBytes(result.stdout, tabs: tsv) == [], "\(arguments)")
    #expect(Self.controlBytes(result.stderr) == [])
  }

  enum Language: String, CaseIterable, Sendable {
    case zh
    case en
  }

  @Test func showAndListGiveTheEscapesAsCaretText() {
    let boards = Self.hostileBoard()
    let show = Programs.board(["--boards", boards.path, "show", Self.plan, "1.3"]).stdout
    #expect(show.contains("^[[2J^[]0;title^G<U+009B>31m^[P1$q^[\\^N^[(0^M^H^?完"), "\(show)")
    #expect(show.contains("区科技局（qj-kjj）：进展^[[2J"))
    let detail = Programs.board(["--boards", boards.path, "show", Self.plan, "1.1"]).stdout
    #expect(detail.contains("区^[[2J局（qj-evil）：进展^[[2J"))
    #expect(detail.contains("围绕^[[?1049h卷烟"))
    let list = Programs.board(["--boards", boards.path, "list", "--plan", Self.plan]).stdout
    #expect(list.contains("围绕^[]0;pwned^G重点产业"))
    #expect(Self.controlBytes(show + detail + list) == [])
  }

  /// Errors quote what was typed and what files hold; they too are made harmless.
  @Test(arguments: [
    ["show", plan, "\u{1B}]0;x\u{07}"],
    ["show", "\u{1B}[2J", "1"],
    ["list", "--unit", "\u{1B}[2J"],
    ["set", plan, "1.3", "--status", "\u{1B}[2J", "--unit", "qj-kjj"],
    ["\u{1B}[2J"],
    ["list", "--\u{1B}[2J"],
    ["--today", "\u{1B}[2J", "plans"],
    ["--unit", "qj-evil", "set", plan, "1.1", "--status", "done"],
    ["ssh-line", "\u{1B}[2J", "/nonexistent\u{07}"],
  ])
  func errorMessagesAreHarmless(_ arguments: [String]) {
    let boards = Self.hostileBoard()
    let result = Programs.board(["--boards", boards.path, "--lang", "en"] + arguments)
    // A hostile unit of the roster is refused (3); every other mistake is a usage or data
    // error (2).
    #expect(result.status == (arguments.contains("qj-evil") ? 3 : 2))
    #expect(result.stderr.hasPrefix("board: "))
    #expect(result.stderr.contains("^["), "\(result.stderr)")
    #expect(Self.controlBytes(result.stderr) == [])
  }

  /// A broken file quoted by `check` and by every other command's error.
  @Test func problemsQuotingAFileAreHarmless() {
    let boards = Self.hostileBoard()
    boards.write(
      "dazu-patent-2025.rec", boards.read("dazu-patent-2025.rec") + "\u{1B}[2J\u{1B}]0;x\u{07}\n")
    let check = Programs.board(["--boards", boards.path, "--lang", "en", "check"])
    #expect(check.status == 1)
    #expect(check.stdout.contains("found \"^[[2J^[]0;x^G\""), "\(check.stdout)")
    #expect(Self.controlBytes(check.stdout) == [])
    let list = Programs.board(["--boards", boards.path, "list"])
    #expect(list.status == 2)
    #expect(list.stderr.contains("实际为“^[[2J^[]0;x^G”"))
    #expect(Self.controlBytes(list.stderr) == [])
  }
}
