import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// Undo and confirmations in the real terminal, on the files.
extension TerminalTests {
  @Test func uRestoresTheFilesBytesAndLogsTheUndo() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let file = boards.file("luzhou-patent-2024.rec")
    let before = Repository.bytes(file)
    let tmux = try boardInShell(boards)
    tmux.send("j", "j", "Enter", "j", "j", "s")
    #expect(tmux.waitFor("修改状态：3").held)
    tmux.send("Down", "Enter")
    #expect(tmux.waitFor("已保存").held)
    tmux.send("j", "k")  // the message leaves with the cursor
    #expect(tmux.waitFor { !$0.contains("已保存") }.held)
    tmux.send("u")
    #expect(tmux.waitFor("已保存").held)
    tmux.send("q", "q", "q")
    #expect(tmux.waitFor("EXIT=0").held)
    #expect(Repository.bytes(file) == before)
    let entries = try BoardDirectory(path: boards.path).logEntries()
    #expect(
      entries.map { "\($0.task) \($0.field) \($0.old) → \($0.new)" } == [
        "3 status todo → doing", "3 status doing → todo",
      ])
  }

  @Test func aRefusedConfirmationChangesNothing() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = try boardBytes(boards)
    let tmux = try boardInShell(boards)
    tmux.send("j", "j", "Enter", "j", "j", "e")
    #expect(tmux.waitFor("编辑任务：3").held)
    tmux.type("ar")
    tmux.send("Enter")
    #expect(tmux.waitFor("保存对任务 3 名称的修改？").held)
    tmux.send("n")
    #expect(tmux.waitFor("未保存（未确认）").held)
    tmux.send("Escape")
    tmux.send("x")
    #expect(tmux.waitFor("删除任务 3").held)
    tmux.send("Escape")
    #expect(tmux.waitFor { !$0.contains("删除任务 3") }.held)
    tmux.send("q", "q", "q")
    #expect(tmux.waitFor("EXIT=0").held)
    #expect(try boardBytes(boards) == before)
  }
}
