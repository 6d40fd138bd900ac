import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// Units over a real OpenSSH server on 127.0.0.1, their keys forced to `board --unit ID` by
/// the authorized_keys lines `board ssh-line` prints (docs/ssh.md).
///
/// The unit's own session is the TUI. Until the TUI is on main, what a unit does over SSH is
/// shown with keys whose forced command is the `ssh-line` command followed by one fixed
/// subcommand: as with the real keys, the key decides what runs and as whom, never the
/// client. To add once the TUI is merged (same harness: `SSHServer.clientArguments(tty:)`
/// inside tmux): the unit's session changes its own task's status and adds a note; a change to
/// another unit's task is refused; an office session open at the same time shows the change
/// within about a second.
@Suite struct SSHServerTests {
  static let plan = "qianjiang-patent-2022"

  /// A board, a key for 区科技局 (qj-kjj) and the line `board ssh-line` prints for it.
  struct Login {
    let boards = TemporaryDirectory.copyOfBoards()
    let keys = TemporaryDirectory("keys")
    let key: SSHKey
    let line: String

    init() throws {
      key = try SSHKey(in: keys, name: "qj-kjj", comment: "kjj@office-pc")
      let printed = Programs.board(["--boards", boards.path, "ssh-line", "qj-kjj", key.publicPath])
      #expect(printed.status == 0, "\(printed.stderr)")
      line = printed.stdout.trimmingCharacters(in: .newlines)
    }

    /// The unit's line with `subcommand` fixed after the forced command, for another key.
    func line(forcing subcommand: String, key: SSHKey) throws -> String {
      let own = try String(contentsOfFile: self.key.publicPath, encoding: .utf8)
        .trimmingCharacters(in: .newlines)
      let other = try String(contentsOfFile: key.publicPath, encoding: .utf8)
        .trimmingCharacters(in: .newlines)
      return line.replacingOccurrences(of: "\",restrict,pty", with: " \(subcommand)\",restrict,pty")
        .replacingOccurrences(of: own, with: other)
    }
  }

  /// What a client may try: ask for another identity, send variables.
  static let clientOptions = [
    "-o", "SetEnv=BOARD_UNIT=office USER=office SSH_ORIGINAL_COMMAND=board",
    "-o", "SendEnv=LANG LC_ALL",
  ]

  @Test(.enabled(if: SSHServer.shouldRun, "needs sshd, ssh and ssh-keygen"))
  func theForcedCommandRunsWhateverTheClientAsks() throws {
    let login = try Login()
    let server = try SSHServer(authorizedKeys: [login.line])
    defer { server.stop() }
    let result = server.run(
      key: login.key, remote: ["board", "--unit", "office", "list", "--format", "tsv"],
      options: Self.clientOptions)
    // The client's `list` did not run: no listing came back.
    #expect(!result.stdout.contains("\(Self.plan)\t"), "\(result.stdout)")
    // sshd ran the key's command, as the unit.
    let forced =
      "forced-command (key-option) '\(Programs.resolved(Programs.board)) --unit qj-kjj --boards "
      + "\(Programs.resolved(login.boards.path))'"
    #expect(server.log.contains(forced), "\(server.log)")
    #expect(server.log.contains("Accepted publickey for \(server.user)"))
  }

  @Test(.enabled(if: SSHServer.shouldRun, "needs sshd, ssh and ssh-keygen"))
  func whatAUnitDoesOverSSHIsDoneAsItsUnitOnly() throws {
    let login = try Login()
    let note = try SSHKey(in: login.keys, name: "note", comment: "note")
    let own = try SSHKey(in: login.keys, name: "own", comment: "own")
    let other = try SSHKey(in: login.keys, name: "other", comment: "other")
    let list = try SSHKey(in: login.keys, name: "list", comment: "list")
    let server = try SSHServer(authorizedKeys: [
      login.line,
      try login.line(forcing: "note \(Self.plan) 1.3 经SSH反馈进展", key: note),
      try login.line(forcing: "set \(Self.plan) 1.3 --status doing", key: own),
      try login.line(forcing: "--lang en set \(Self.plan) 1.1 --status done", key: other),
      try login.line(forcing: "list --format tsv", key: list),
    ])
    defer { server.stop() }
    let before = try #require(
      try BoardDirectory(path: login.boards.path).load().plan(id: Self.plan))
    // Each client asks for the office's rights; each gets what its key fixes, as qj-kjj.
    let asOffice = ["board", "--unit", "office", "assign", Self.plan, "1.3", "--lead", "qj-sww"]
    let noted = server.run(key: note, remote: asOffice, options: Self.clientOptions)
    #expect(noted.status == 0, "\(noted.stderr)")
    let set = server.run(key: own, remote: asOffice, options: Self.clientOptions)
    #expect(set.status == 0, "\(set.stderr)")
    let refused = server.run(key: other, remote: asOffice, options: Self.clientOptions)
    #expect(refused.status == 3)
    #expect(
      refused.stderr.contains(
        "refused: 区科技局 (qj-kjj) is not a lead unit of task 1.1: only lead units may change its status"
      ),
      "\(refused.stderr)")
    let listed = server.run(
      key: list, remote: ["board", "list", "--unit", "office"], options: Self.clientOptions)
    #expect(listed.status == 0, "\(listed.stderr)")
    let rows = listed.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t") }
    #expect(
      rows.map { "\($0[0]) \($0[1])" }
        == ["1.1", "1.2", "1.3", "2.2", "2.3"].map { "\(Self.plan) \($0)" })

    let directory = BoardDirectory(path: login.boards.path)
    let after = try #require(try directory.load().plan(id: Self.plan))
    let task = try #require(after.task(id: "1.3"))
    #expect(task.notes.map { "\($0.author) \($0.text)" } == ["qj-kjj 经SSH反馈进展"])
    #expect(task.status == .doing)
    #expect(task.lead == before.task(id: "1.3")?.lead)
    #expect(after.task(id: "1.1") == before.task(id: "1.1"))
    #expect(
      try directory.logEntries().map { "\($0.unit) \($0.task) \($0.field)" } == [
        "qj-kjj 1.3 note", "qj-kjj 1.3 status",
      ])
  }

  /// `restrict` in the line: no port forwarding for a unit's key, whatever sshd allows.
  @Test(.enabled(if: SSHServer.shouldRun, "needs sshd, ssh and ssh-keygen"))
  func aUnitKeyCannotForwardPorts() throws {
    let login = try Login()
    let server = try SSHServer(authorizedKeys: [login.line])
    defer { server.stop() }
    let result = server.run(
      key: login.key, remote: [],
      options: ["-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9"])
    #expect(result.status == 255)
    #expect(result.stderr.contains("remote port forwarding failed"), "\(result.stderr)")
  }

  @Test(.enabled(if: SSHServer.shouldRun, "needs sshd, ssh and ssh-keygen"))
  func aKeyWithoutItsLineIsNotLetIn() throws {
    let login = try Login()
    let stranger = try SSHKey(in: login.keys, name: "stranger", comment: "stranger")
    let server = try SSHServer(authorizedKeys: [login.line])
    defer { server.stop() }
    let result = server.run(key: stranger, remote: ["board", "list"])
    #expect(result.status == 255)
    #expect(result.stderr.contains("Permission denied (publickey)"), "\(result.stderr)")
    // Removing a unit's line (docs/ssh.md) shuts it out the same way.
    server.setAuthorizedKeys([])
    let removed = server.run(key: login.key)
    #expect(removed.status == 255)
    #expect(removed.stderr.contains("Permission denied (publickey)"))
  }
}
