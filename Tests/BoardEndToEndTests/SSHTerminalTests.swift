import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// A unit's TUI over a real SSH login (its key forced to `board --unit qj-kjj`, inside tmux
/// through `ssh -tt`), while the office has the same plan open in another session.
@Suite struct SSHTerminalTests {
  static let plan = "qianjiang-patent-2022"

  @Test(.enabled(if: SSHServer.shouldRun, "needs sshd, ssh and ssh-keygen"))
  func aUnitWorksOnItsOwnRowsOverSSHAndTheOfficeSeesItWithinASecond() throws {
    let login = try SSHServerTests.Login()
    let server = try SSHServer(authorizedKeys: [login.line])
    defer { server.stop() }
    // The office, locally, on the plan's tasks with the cursor on 1.3.
    let office = "\(Programs.board) --boards \(login.boards.path) --unit office"
    guard let officeSession = Tmux(command: office, environment: ["LANG": "C.UTF-8"]) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(officeSession.waitFor("方案（5）").held)
    officeSession.send("j", "j", "j", "Enter", "j", "j")
    #expect(officeSession.waitFor("3/13").held)

    // The unit logs in asking to be the office; its key decides.
    let ssh = Programs.which("ssh") ?? "/usr/bin/ssh"
    let arguments = server.clientArguments(
      key: login.key, remote: ["board", "--unit", "office"], tty: true,
      options: SSHServerTests.clientOptions)
    guard
      let unit = Tmux(command: ([ssh] + arguments).map(Tmux.quoted).joined(separator: " "))
    else {
      Issue.record("tmux did not start")
      return
    }
    let (screen, started) = unit.waitFor("我的任务（5）")
    #expect(started, "\(screen)\n\(server.log)")
    #expect(screen.contains("区科技局（黔江区）"))
    // Its own task: 1.3, which it leads.
    unit.send("j", "j", "s")
    #expect(unit.waitFor("修改状态：1.3 聚焦研发活动").held)
    let saved = Date()
    unit.send("2")
    #expect(unit.waitFor("已保存").held)
    let seen = officeSession.waitFor { screen in
      screen.split(separator: "\n").contains { $0.hasPrefix(">") && $0.contains("进行中") }
    }
    let seconds = Date().timeIntervalSince(saved)
    #expect(seen.held, "\(seen.screen)")
    #expect(seconds < 5, "the office saw it after \(seconds) s")
    unit.send("n")
    unit.type("经SSH反馈：已完成调研")
    unit.send("Enter")
    #expect(unit.waitFor { $0.contains("已保存") && !$0.contains("Enter 保存）：") }.held)
    // A task it only cooperates on: no status change, the rule is said.
    unit.send("k", "k", "s")
    #expect(unit.waitFor("区科技局 (qj-kjj)不是任务 1.1 的牵头单位").held)
    unit.send("q")

    let plan = try #require(try BoardDirectory(path: login.boards.path).load().plan(id: Self.plan))
    #expect(plan.task(id: "1.3")?.status == .doing)
    #expect(
      plan.task(id: "1.3")?.notes.map { "\($0.author) \($0.text)" } == ["qj-kjj 经SSH反馈：已完成调研"])
    #expect(plan.task(id: "1.1")?.status == .todo)
    officeSession.send("Enter")
    #expect(officeSession.waitFor("经SSH反馈：已完成调研").held)
    officeSession.send("q", "q", "q")
  }
}
