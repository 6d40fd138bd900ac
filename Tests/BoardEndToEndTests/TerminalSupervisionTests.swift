import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// The supervision cycle in two real terminals at once: a lead unit requests completion
/// with `s`, the office sees it in its 待审核 view, reads the time line and signs it off.
extension TerminalTests {
  @Test func aUnitRequestsCompletionAndTheOfficeSignsItOffInAnotherSession() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let office = try boardInShell(boards)
    // 方案, 逾期, 未分配, 即将到期, 待审核.
    office.send("Tab", "Tab", "Tab", "Tab")
    #expect(office.waitFor("没有待审核的办结申请").held)

    let unit = try #require(shell(), "tmux did not start")
    unit.type(boardCommand(boards, unit: "dz-kjj") + "; echo EXIT=$?")
    unit.send("Enter")
    #expect(unit.waitFor("我的任务").held)
    // Dazu's plan, its task 3 (led by 区科技局), the status picker, 已完成.
    unit.send("Tab", "Enter", "j", "j", "s")
    #expect(unit.waitFor("修改状态：3").held)
    unit.send("4")
    #expect(unit.waitFor("任务 3 申请办结，写明完成情况：").held)
    unit.type("已完成研发投入统计")
    unit.send("Enter")
    let saved = Date()
    #expect(unit.waitFor("已保存").held)

    let seen = office.waitFor("注重研发投入", timeout: 5)
    let delay = Date().timeIntervalSince(saved)
    print(
      "the office's 待审核 view showed the request \(String(format: "%.2f", delay)) s after it was saved"
    )
    #expect(seen.held)
    #expect(delay < 1.5, "seen after \(delay) s")
    office.send("Enter")
    #expect(office.waitFor("时间线：进度反馈与督办（1）").held)
    #expect(office.waitFor("区科技局（dz-kjj）  申请办结").held)
    office.send("V")
    #expect(office.waitFor("审核通过任务 3 的办结申请，任务办结？").held)
    office.send("y")
    #expect(office.waitFor("已保存").held)
    #expect(office.waitFor("已办结").held)
    // The unit's list shows the task done, without a key pressed.
    #expect(
      unit.waitFor { screen in
        screen.split(separator: "\n").contains { $0.contains("注重研发投入") && $0.contains("已完成") }
      }.held)

    for session in [office, unit] {
      session.send("q", "q", "q", "q")
      #expect(session.waitFor("EXIT=0").held)
    }
    let entries = try BoardDirectory(path: boards.path).logEntries()
    #expect(
      entries.map { "\($0.unit) \($0.task) \($0.field) \($0.new)" } == [
        "dz-kjj 3 request-done 已完成研发投入统计", "office 3 signoff ", "office 3 status done",
      ])
    #expect(try BoardDirectory(path: boards.path).check().isEmpty)
  }
}
