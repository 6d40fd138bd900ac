import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// Keys in the real terminal that must never surprise: Ctrl-C from every mode, a bracketed
/// paste, and the Home and End sequences of common terminals.
extension TerminalTests {
  struct OpenMode: CustomStringConvertible, Sendable {
    var name: String
    /// tmux key names from the plans screen.
    var keys: [String]
    var typed = ""
    /// What the screen shows once the mode is open.
    var shows: String

    var description: String { name }
  }

  static let openModes: [OpenMode] = [
    OpenMode(name: "browse", keys: ["Enter"], shows: "1/"),
    OpenMode(name: "search", keys: ["/"], typed: "转化", shows: "搜索：转化"),
    OpenMode(name: "help", keys: ["?"], shows: "移动与打开"),
    OpenMode(name: "status picker", keys: ["Enter", "s"], shows: "修改状态："),
    OpenMode(name: "unit picker", keys: ["Enter", "a"], typed: "市", shows: "牵头单位："),
    OpenMode(name: "note", keys: ["Enter", "n"], typed: "echo rc", shows: "echo rc"),
    OpenMode(name: "deadline", keys: ["Enter", "d"], shows: "的期限（"),
    OpenMode(name: "edit form", keys: ["Enter", "e"], typed: "cho", shows: "编辑任务："),
  ]

  /// Every board file's bytes, to show that nothing was saved.
  func boardBytes(_ boards: TemporaryDirectory) throws -> [String: [UInt8]] {
    var bytes: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: boards.path)
    where name.hasSuffix(".rec") {
      bytes[name] = Repository.bytes(boards.file(name))
    }
    return bytes
  }

  @Test(arguments: openModes)
  func controlCQuitsFromEveryModeAndGivesTheTerminalBack(_ open: OpenMode) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = try boardBytes(boards)
    let tmux = try boardInShell(boards)
    if !open.keys.isEmpty { run(tmux, open.keys) }
    if !open.typed.isEmpty { tmux.type(open.typed) }
    #expect(tmux.waitFor(open.shows).held, "\(open)")
    tmux.send("C-c")
    #expect(tmux.waitFor("EXIT=0").held, "\(open)")
    #expect(terminalIsNormal(tmux), "\(open)")
    #expect(try boardBytes(boards) == before, "\(open)")
  }

  private func run(_ tmux: Tmux, _ keys: [String]) {
    tmux.run(["send-keys", "-t", tmux.session] + keys)
  }

  @Test func aBracketedPasteOfSeveralLinesIsOneNoteAndNothingElse() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = try plan(boards, "luzhou-patent-2024")?.task(id: "3")
    let tmux = try boardInShell(boards)
    tmux.send("j", "j", "Enter", "j", "j", "n")
    #expect(tmux.waitFor("任务 3 的进度反馈（Enter 保存").held)
    tmux.run(["set-buffer", "--", "完成盘点\nsee attachment 2\n"])
    tmux.run(["paste-buffer", "-p", "-t", tmux.session])
    #expect(tmux.waitFor("完成盘点⏎see attachment 2⏎").held)
    tmux.send("Enter")
    #expect(tmux.waitFor("已保存").held)
    tmux.send("q", "q", "q")
    #expect(tmux.waitFor("EXIT=0").held)

    let entries = try BoardDirectory(path: boards.path).logEntries()
    #expect(entries.map(\.field) == ["note"])
    #expect(entries.first?.new == "完成盘点\nsee attachment 2")
    var after = try plan(boards, "luzhou-patent-2024")?.task(id: "3")
    #expect(after?.notes.last?.text == "完成盘点\nsee attachment 2")
    after?.notes.removeLast()
    #expect(after == before)
  }

  /// Home and End as common terminals send them, with `TERM=xterm` (whose terminal database
  /// knows only `ESC OH` and `ESC OF`).
  static let homeEnd: [(String, String, String)] = [
    ("PuTTY, Linux console, screen", "[1~", "[4~"),
    ("xterm application mode", "OH", "OF"),
    ("xterm, Windows Terminal, PuTTY SCO", "[H", "[F"),
    ("rxvt, PuTTY rxvt mode", "[7~", "[8~"),
  ]

  @Test(arguments: homeEnd)
  func homeAndEndMoveInTheListAndInTheEditor(_ terminal: String, _ home: String, _ end: String)
    throws
  {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = try boardBytes(boards)
    let tmux = try boardInShell(boards, term: "xterm")
    tmux.send("j", "j", "Enter")
    let plan = "泸州市专利转化运用专项行动实施方案(2024—2025年)（17）"
    #expect(tmux.waitFor(plan).held)
    tmux.type("\u{1B}" + end)
    #expect(tmux.waitFor { $0.contains(" 17/17") && $0.contains(plan) }.held, "End, \(terminal)")
    tmux.type("\u{1B}" + home)
    #expect(tmux.waitFor { $0.contains(" 1/17") && $0.contains(plan) }.held, "Home, \(terminal)")
    tmux.send("n")
    #expect(tmux.waitFor("Esc 取消）：").held)
    tmux.type("abc")
    tmux.type("\u{1B}" + home)
    tmux.type("X")
    tmux.type("\u{1B}" + end)
    tmux.type("Y")
    #expect(tmux.waitFor("Esc 取消）：XabcY").held, "editor, \(terminal)")
    tmux.send("Escape")
    #expect(tmux.waitFor { !$0.contains("Esc 取消）：") && $0.contains(plan) }.held)
    tmux.send("q", "q")
    #expect(tmux.waitFor("EXIT=0").held)
    #expect(try boardBytes(boards) == before)
  }
}

extension TerminalTests {
  @Test func aDumbTerminalIsRefusedClearlyLikeAnUnknownOne() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try #require(shell(), "tmux did not start")
    tmux.type("TERM=dumb " + boardCommand(boards) + "; echo EXIT=$?")
    tmux.send("Enter")
    let (screen, held) = tmux.waitFor { screen in
      screen.split(separator: "\n").contains { $0.hasPrefix("EXIT=") }
    }
    #expect(held)
    #expect(screen.contains("无法使用终端类型“dumb”（不能移动光标）"))
    #expect(screen.contains("EXIT=2"))
    #expect(!screen.contains("方案（5）"))
    #expect(terminalIsNormal(tmux))
  }

  @Test func showPutsTheFlagsOnTheirOwnLineNotAfterTheDeadline() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = Programs.board([
      "show", "dazu-patent-2025", "S1", "--boards", boards.path, "--today", TerminalTests.today,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains("期限：2027-12-31"))
    #expect(lines.contains("提醒：未分配"))
  }
}
