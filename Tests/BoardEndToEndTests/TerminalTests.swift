import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `board` TUI in tmux, on copies of the shipped boards.
@Suite(.serialized) struct TerminalTests {
  static let today = "2026-11-24"
  /// The shell's prompt (with a space after it, which tmux's capture leaves out).
  static let prompt = "board-test$"

  /// A bash with a known prompt in a fresh tmux session.
  func shell(width: Int = 120, height: Int = 40) -> Tmux? {
    guard
      let tmux = Tmux(
        width: width, height: height, command: "bash --norc --noprofile",
        environment: [
          "PS1": TerminalTests.prompt + " ", "LANG": "C.UTF-8", "HISTFILE": "/dev/null",
        ])
    else { return nil }
    guard tmux.waitFor(TerminalTests.prompt).held else { return nil }
    return tmux
  }

  /// The board started from a shell (which then prints its exit status), on its plans
  /// screen; `term` is the `TERM` it runs with (tmux's own when nil).
  func boardInShell(_ boards: TemporaryDirectory, term: String? = nil) throws -> Tmux {
    let tmux = try #require(shell(), "tmux did not start")
    tmux.type((term.map { "TERM=\($0) " } ?? "") + boardCommand(boards) + "; echo EXIT=$?")
    tmux.send("Enter")
    #expect(tmux.waitFor("方案（5）").held)
    return tmux
  }

  func boardCommand(_ boards: TemporaryDirectory, unit: String? = "office") -> String {
    var command = "\(Programs.board) --boards \(boards.path) --today \(TerminalTests.today)"
    if let unit { command += " --unit \(unit)" }
    return command
  }

  /// Whether the terminal is back in its normal mode: bash is asked for `stty -a`.
  func terminalIsNormal(_ tmux: Tmux) -> Bool {
    tmux.send("clear", "Enter")
    // The marker is computed, so the typed command line itself never matches.
    tmux.type(
      "stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo STTY-$((6*7))"
    )
    tmux.send("Enter")
    let (screen, held) = tmux.waitFor("STTY-42")
    guard held else { return false }
    let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon")
      && !words.contains("-echo")
  }

  func plan(_ boards: TemporaryDirectory, _ id: String) throws -> Plan? {
    try BoardDirectory(path: boards.path).load().plan(id: id)
  }

  @Test func statusAndAChineseNoteTypedInTheTerminalReachTheFileAndTheShellComesBack() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try boardInShell(boards)
    tmux.send("j", "j", "Enter")
    #expect(tmux.waitFor("泸州市专利转化运用专项行动实施方案(2024—2025年)（17）").held)
    tmux.send("j", "j", "s")
    #expect(tmux.waitFor("修改状态：3 突出专利质量目标导向").held)
    tmux.send("Down", "Enter")
    #expect(tmux.waitFor("已保存").held)
    #expect(
      tmux.waitFor { screen in
        screen.split(separator: "\n").contains { $0.hasPrefix(">! 3 ") && $0.contains("进行中") }
      }.held)
    tmux.send("n")
    #expect(tmux.waitFor("任务 3 的进度反馈（Enter 保存，Esc 取消）：").held)
    tmux.type("已召开推进会，进度过半")
    #expect(tmux.waitFor("已召开推进会，进度过半").held)
    tmux.send("Enter")
    #expect(tmux.waitFor { $0.contains("已保存") && !$0.contains("Enter 保存）：") }.held)
    tmux.send("Enter")
    #expect(tmux.waitFor("2026-11-24  联席会议办公室（office）").held)
    tmux.send("q", "q", "q")
    #expect(tmux.waitFor("EXIT=0").held)
    #expect(tmux.waitFor(TerminalTests.prompt).held)

    let task = try plan(boards, "luzhou-patent-2024")?.task(id: "3")
    #expect(task?.status == .doing)
    #expect(task?.notes.map(\.text) == ["已召开推进会，进度过半"])
    #expect(task?.notes.first?.author == "office")
    #expect(task?.notes.first?.date == Day(TerminalTests.today))
    #expect(terminalIsNormal(tmux))
  }

  @Test func chineseIsDrawnWhenTheLocaleIsC() {
    let boards = TemporaryDirectory.copyOfBoards()
    guard
      let tmux = Tmux(
        command: "env LANG=C LC_ALL=C LC_CTYPE=C " + boardCommand(boards),
        environment: ["LANG": "C"])
    else {
      Issue.record("tmux did not start")
      return
    }
    let (screen, held) = tmux.waitFor("方案（5）")
    #expect(held)
    #expect(screen.contains("知识产权工作任务看板"))
    #expect(screen.contains("泸州市专利转化运用专项行动实施方案(2024—2025年)"))
    #expect(!screen.contains("无法使用 UTF-8"))
    tmux.send("q")
  }

  @Test func anotherSessionsChangeShowsWithinAboutASecondWithTheCursorOnTheSameTask() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    guard let tmux = Tmux(command: boardCommand(boards)) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("方案（5）").held)
    tmux.send("Tab")  // 逾期, earliest deadline first: 1 (泸州), 1.1, 1.2, 1.3 (黔江)
    #expect(tmux.waitFor("逾期（51）").held)
    tmux.send("j", "j", "j")
    #expect(tmux.waitFor("4/51").held)
    // Another session finishes two of the tasks above the cursor.
    let started = Date()
    for (plan, task) in [("luzhou-patent-2024", "1"), ("qianjiang-patent-2022", "1.1")] {
      let result = Programs.board([
        "set", plan, task, "--status", "done", "--unit", "office", "--boards", boards.path,
        "--today", TerminalTests.today,
      ])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let (screen, held) = tmux.waitFor { $0.contains("逾期（49）") && $0.contains("2/49") }
    let seconds = Date().timeIntervalSince(started)
    #expect(held)
    #expect(screen.split(separator: "\n").contains { $0.hasPrefix(">") && $0.contains("聚焦研发活动") })
    #expect(seconds < 5, "shown after \(seconds) s")
    tmux.send("Enter")
    #expect(tmux.waitFor("1.3  聚焦研发活动").held)
    tmux.send("q", "q")
  }

  @Test func escapeSequencesInANoteAreShownAsVisibleTextAndNeverReachTheTerminal() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let hostile = "看\u{1B}[2J清屏\u{1B}]0;hijacked\u{07}改标题\u{1B}[31m红"
    let noted = Programs.board([
      "note", "luzhou-patent-2024", "3", hostile, "--unit", "office", "--boards", boards.path,
      "--today", TerminalTests.today,
    ])
    #expect(noted.status == 0, "\(noted.stderr)")
    guard let tmux = Tmux(command: boardCommand(boards)) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("方案（5）").held)
    tmux.send("j", "j", "Enter", "j", "j", "Enter")
    let (screen, held) = tmux.waitFor("时间线：进度反馈与督办（1）")
    #expect(held)
    #expect(screen.contains("看^[[2J清屏^[]0;hijacked^G改标题^[[31m红"))
    #expect(screen.contains("知识产权工作任务看板"))  // the screen was not cleared
    #expect(tmux.format("#{pane_title}") != "hijacked")
    tmux.send("q", "q", "q")
  }

  @Test(arguments: [("HUP", SIGHUP), ("TERM", SIGTERM), ("INT", SIGINT)])
  func aHangupTerminateOrInterruptGivesTheTerminalBack(_ name: String, _ signal: Int32) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try boardInShell(boards)
    guard let shellPID = Int32(tmux.format("#{pane_pid}")),
      let boardPID = Tmux.descendants(of: shellPID).first(where: {
        Tmux.commandLine(of: $0).first == Programs.board
      })
    else {
      Issue.record("no board process under the shell")
      return
    }
    #expect(kill(boardPID, signal) == 0)
    // The shell's prompt comes back on a clean screen (after SIGINT bash skips the rest of
    // the command line, as it does for any program interrupted so).
    let back = tmux.waitFor { screen in
      let lines = screen.split(separator: "\n")
      return !screen.contains("方案（5）") && lines.last.map(String.init) == TerminalTests.prompt
    }
    #expect(back.held, "SIG\(name)")
    if signal != SIGINT { #expect(back.screen.contains("EXIT=\(128 + signal)"), "SIG\(name)") }
    #expect(terminalIsNormal(tmux), "SIG\(name)")
  }

  @Test func controlCQuitsAndGivesTheTerminalBack() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try boardInShell(boards)
    tmux.send("Enter", "C-c")
    #expect(tmux.waitFor("EXIT=0").held)
    #expect(terminalIsNormal(tmux))
  }

  @Test func aClickSelectsARowAndASecondClickOpensIt() {
    let boards = TemporaryDirectory.copyOfBoards()
    guard let tmux = Tmux(command: boardCommand(boards)) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("方案（5）").held)
    // A press and a release of button 1 at row 6, column 11 (1-based), as a terminal reports
    // them (X10 encoding: 32 + button, 32 + column, 32 + row).
    let click = "\u{1B}[M +&\u{1B}[M#+&"
    tmux.type(click)
    #expect(
      tmux.waitFor { screen in
        screen.split(separator: "\n").contains { $0.hasPrefix(">") && $0.contains("泸州市专利转化运用") }
      }.held)
    tmux.type(click)
    #expect(tmux.waitFor("泸州市专利转化运用专项行动实施方案(2024—2025年)（17）").held)
    tmux.send("q", "q")
  }

  @Test func theOfficeAddsAndEditsATaskInTheTerminalAndTheFileStaysValid() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    guard let tmux = Tmux(command: boardCommand(boards)) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("方案（5）").held)
    tmux.send("j", "j", "Enter", "End", "+")
    #expect(tmux.waitFor("新增任务：luzhou-patent-2024").held)
    tmux.type("建立专利转化工作台账")
    tmux.send("Tab", "Tab", "C-u")
    tmux.type("2026-06-30")
    tmux.send("Enter")
    #expect(tmux.waitFor("已保存").held)
    #expect(tmux.waitFor("（18）").held)
    tmux.send("e")
    #expect(tmux.waitFor("编辑任务：S5 建立专利转化工作台账").held)
    tmux.send("Tab", "Tab", "C-u")
    tmux.type("每季度更新台账。")
    tmux.send("Enter")
    #expect(tmux.waitFor("保存对任务 S5 内容的修改？").held)
    tmux.send("y")
    #expect(tmux.waitFor { $0.contains("已保存") && !$0.contains("编辑任务") }.held)
    tmux.send("q", "q")
    let task = try plan(boards, "luzhou-patent-2024")?.task(id: "S5")
    #expect(task?.title == "建立专利转化工作台账")
    #expect(task?.due == Day("2026-06-30"))
    #expect(task?.text == "每季度更新台账。")
    #expect(task?.status == .todo)
    let check = Programs.board(["check", "--boards", boards.path])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    if let recfix = Programs.which("recfix") {
      let result = Programs.run(recfix, ["--check", boards.file("luzhou-patent-2024.rec")])
      #expect(result.status == 0, "\(result.stderr)")
    }
  }

  @Test func aUnitIsRefusedAddingAndEditingTasksWithTheRuleNamed() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = Repository.bytes(boards.file("qianjiang-patent-2022.rec"))
    guard let tmux = Tmux(command: boardCommand(boards, unit: "qj-kjj")) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("我的任务（5）").held)
    tmux.send("Enter", "+")
    #expect(tmux.waitFor("区科技局 (qj-kjj)无权添加任务：仅联席会议办公室可以操作").held)
    tmux.send("e")
    #expect(tmux.waitFor("区科技局 (qj-kjj)无权编辑任务：仅联席会议办公室可以操作").held)
    tmux.send("s")
    #expect(tmux.waitFor("区科技局 (qj-kjj)不是任务 1.1 的牵头单位").held)
    tmux.send("q", "q")
    #expect(Repository.bytes(boards.file("qianjiang-patent-2022.rec")) == before)
  }

  @Test func withoutATerminalTheBoardSaysSoAndExitsWithStatusTwo() {
    let boards = TemporaryDirectory.copyOfBoards()
    let result = Programs.board(["--boards", boards.path, "--today", TerminalTests.today])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("board：看板需要终端（标准输入、输出不是终端）"))
    let english = Programs.board([
      "--boards", boards.path, "--today", TerminalTests.today, "--lang", "en",
    ])
    #expect(english.stderr.hasPrefix("board: the board needs a terminal"))
  }
}
