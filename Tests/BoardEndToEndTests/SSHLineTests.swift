import BoardTestSupport
import Foundation
import Testing

/// `board ssh-line ID PUBKEY-FILE`: the authorized_keys line for a unit's key.
@Suite struct SSHLineTests {
  func keygen() throws -> String {
    try #require(
      Programs.which("ssh-keygen"), "ssh-keygen is missing: apt-get install openssh-client")
  }

  /// A new key pair in `directory`; returns the public key file's line.
  func makeKey(
    _ name: String, type: String = "ed25519", comment: String, in directory: TemporaryDirectory
  )
    throws -> String
  {
    let result = Programs.run(
      try keygen(), ["-q", "-t", type, "-N", "", "-C", comment, "-f", directory.file(name)])
    #expect(result.status == 0, "\(result.stderr)")
    return directory.read(name + ".pub").trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func printsTheForcedCommandWithAbsolutePathsAndTheKey() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let keys = TemporaryDirectory("keys")
    let pub = try makeKey("unit", comment: "kjj@laptop", in: keys)
    let name = URL(fileURLWithPath: boards.path).lastPathComponent
    // The board directory given with a detour: the line names it absolutely and plainly.
    let result = Programs.board([
      "--boards", boards.path + "/../" + name, "ssh-line", "qj-kjj", keys.file("unit.pub"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "command=\"\(Programs.resolved(Programs.board)) --unit qj-kjj --boards \(Programs.resolved(boards.path))\""
        + ",restrict,pty \(pub)\n")
    // ssh-keygen reads the line as an authorized_keys entry for the same key.
    keys.write("authorized_keys", result.stdout)
    let listed = Programs.run(try keygen(), ["-l", "-f", keys.file("authorized_keys")])
    let original = Programs.run(try keygen(), ["-l", "-f", keys.file("unit.pub")])
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(!listed.stdout.isEmpty)
    #expect(listed.stdout == original.stdout)
  }

  @Test func everyKeyTypeSshdTakesForUnits() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let keys = TemporaryDirectory("keys")
    for type in ["ed25519", "rsa", "ecdsa"] {
      let pub = try makeKey(type, type: type, comment: "", in: keys)
      let result = Programs.board([
        "--boards", boards.path, "ssh-line", "office", keys.file(type + ".pub"),
      ])
      #expect(result.status == 0, "\(type): \(result.stderr)")
      // No comment in the file: the unit's id serves as one.
      #expect(result.stdout.hasSuffix(",restrict,pty \(pub) board-office\n"), "\(result.stdout)")
    }
  }

  @Test func aBoardDirectoryWithASpaceIsQuotedForTheShell() throws {
    let parent = TemporaryDirectory("parent")
    let boards = parent.path + "/my boards"
    try FileManager.default.copyItem(atPath: Repository.boards, toPath: boards)
    let keys = TemporaryDirectory("keys")
    _ = try makeKey("unit", comment: "x", in: keys)
    let result = Programs.board(["--boards", boards, "ssh-line", "qj-kjj", keys.file("unit.pub")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(" --boards '\(Programs.resolved(boards))'\",restrict,pty ssh-ed25519 ")
    )
  }

  @Test func refusesUnitsNotInTheRosterAndFilesThatAreNotOnePublicKey() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let keys = TemporaryDirectory("keys")
    let pub = try makeKey("unit", comment: "kjj@laptop", in: keys)
    let other = try makeKey("other", comment: "other", in: keys)
    let words = pub.split(separator: " ")
    keys.write("two.pub", pub + "\n" + other + "\n")
    keys.write("cut.pub", "\(words[0]) \(words[1].prefix(40)) x\n")
    keys.write("text.pub", "请把公钥发给办公室\n")
    keys.write("empty.pub", "\n")
    keys.write("options.pub", "command=\"/bin/sh\" " + pub + "\n")
    let converted = Programs.run(try keygen(), ["-e", "-f", keys.file("unit.pub")])
    keys.write("rfc4716.pub", converted.stdout)
    let privateKey = keys.read("unit")
    let cases: [([String], String)] = [
      (
        ["nobody", keys.file("unit.pub")],
        "no unit with the id \"nobody\" in the roster (see board units)"
      ),
      (
        ["区科技局", keys.file("unit.pub")],
        "no unit with the id \"区科技局\" in the roster (its id is qj-kjj or dz-kjj)"
      ),
      (
        ["qj-kjj", keys.file("unit")],
        "holds a private key; give the unit's public key (the .pub file) instead"
      ),
      (["qj-kjj", keys.file("missing.pub")], "missing.pub: no such file"),
      (["qj-kjj", keys.file("two.pub")], "holds 2 keys; give one key per unit key line"),
      (["qj-kjj", keys.file("cut.pub")], "holds a damaged key"),
      (["qj-kjj", keys.file("text.pub")], "is not an OpenSSH public key"),
      (["qj-kjj", keys.file("options.pub")], "is not an OpenSSH public key"),
      (["qj-kjj", keys.file("empty.pub")], "holds no public key"),
      (["qj-kjj", keys.file("rfc4716.pub")], "ssh-keygen -i -f FILE"),
    ]
    for (arguments, message) in cases {
      let result = Programs.board(
        ["--boards", boards.path, "--lang", "en", "ssh-line"] + arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1)
      // A private key given by mistake is never echoed.
      for line in privateKey.split(separator: "\n") where line.count > 20 {
        #expect(!result.stderr.contains(line))
      }
    }
  }
}
