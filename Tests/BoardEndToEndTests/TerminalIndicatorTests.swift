import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// The 指标 screen in the real terminal: an actual value typed there is in the file and the
/// log, as `board indicator set` would make it.
extension TerminalTests {
  @Test func anActualValueTypedOnTheIndicatorScreenIsSavedAndLogged() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let tmux = try boardInShell(boards)
    tmux.send("Enter", "I")
    #expect(tmux.waitFor("指标（30）").held)
    tmux.send("Enter")
    #expect(tmux.waitFor("指标 1 的 2025 年实际值").held)
    tmux.type("501")
    tmux.send("Enter")
    #expect(tmux.waitFor("已保存").held)
    #expect(tmux.waitFor { $0.contains("501") && $0.contains("达标") }.held)
    tmux.send("q", "q", "q", "q")
    #expect(tmux.waitFor("EXIT=0").held)
    #expect(boards.read("dazu-patent-2025.rec").contains("Target: 2027 575\nActual: 2025 501\n"))
    let entries = try BoardDirectory(path: boards.path).logEntries()
    #expect(
      entries.map { "\($0.unit) \($0.plan) \($0.task) \($0.field) \($0.old) → \($0.new)" } == [
        "office dazu-patent-2025 indicator:1 actual-2025  → 501"
      ])
  }
}
