import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// Ctrl-Z, the mouse switch and the ids key in the real terminal.
extension TerminalTests {
  @Test func controlZSuspendsToTheShellAndFgComesBack() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try #require(shell(), "tmux did not start")
    // No `; echo` after the board: bash would run it as soon as the board stops.
    tmux.type(boardCommand(boards))
    tmux.send("Enter")
    #expect(tmux.waitFor("方案（5）").held)
    tmux.send("j", "C-z")
    #expect(tmux.waitFor("Stopped").held)
    #expect(terminalIsNormal(tmux))
    tmux.type("fg")
    tmux.send("Enter")
    // Back where it was: the second plan still selected.
    #expect(tmux.waitFor("方案（5）").held)
    #expect(tmux.waitFor("2/5").held)
    tmux.send("q")
    tmux.type("echo EXIT=$?")
    tmux.send("Enter")
    #expect(tmux.waitFor("EXIT=0").held)
    #expect(terminalIsNormal(tmux))
  }

  @Test func controlZWithoutAShellToComeBackToIsRefusedAndTheBoardStays() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    // The board as the pane's own command leads its session, as over an SSH forced command.
    let tmux = try #require(
      Tmux(
        width: 120, height: 40, command: boardCommand(boards),
        environment: ["LANG": "C.UTF-8"]))
    #expect(tmux.waitFor("方案（5）").held)
    tmux.send("C-z")
    #expect(tmux.waitFor("无法挂起").held)
    tmux.send("j")
    #expect(tmux.waitFor("2/5").held)
    tmux.send("q")
  }

  @Test func mouseOffLeavesTheClickToTheTerminal() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try boardInShell(boards)
    // Mouse reporting on: tmux's pane is asked for mouse events.
    #expect(tmux.format("#{mouse_any_flag}") == "1")
    tmux.send("M")
    #expect(tmux.waitFor("鼠标已关闭").held)
    #expect(tmux.format("#{mouse_any_flag}") == "0")
    tmux.send("M")
    #expect(tmux.waitFor("鼠标已打开").held)
    #expect(tmux.format("#{mouse_any_flag}") == "1")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT=0").held)
  }

  @Test func theIdsKeyShowsTheCommandLineThatWorks() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try boardInShell(boards)
    tmux.send("j", "j", "Enter", "j", "i")
    #expect(tmux.waitFor("编号与命令行").held)
    let screen = tmux.capture()
    let line = try #require(
      screen.split(separator: "\n").first { $0.contains(" set ") && $0.contains("--status") })
    let command = line.trimmingCharacters(in: .whitespaces)
      .replacingOccurrences(of: "board --unit", with: "--unit")
    #expect(command.hasPrefix("--unit office set luzhou-patent-2024 2 --status doing"), "\(line)")
    tmux.send("Escape", "q", "q")
    #expect(tmux.waitFor("EXIT=0").held)
    // The line, run as it says, sets that task's status.
    let words = command.split(separator: " ").map(String.init)
    let result = Programs.board(["--boards", boards.path, "--today", TerminalTests.today] + words)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try plan(boards, "luzhou-patent-2024")?.task(id: "2")?.status == .doing)
  }
}
