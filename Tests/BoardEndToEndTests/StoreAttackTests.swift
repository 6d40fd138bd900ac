import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// The store as another account or a hostile note sees it, through the real binary.
@Suite struct StoreAttackTests {
  static let plan = "qianjiang-patent-2022"

  /// Runs `board` as the unprivileged user `nobody`.
  static func asNobody(_ arguments: [String]) -> ProcessResult {
    Programs.run(
      "/usr/bin/setpriv",
      ["--reuid=65534", "--regid=65534", "--clear-groups", Programs.board] + arguments)
  }

  @Test func aUserWhoMayOnlyReadCannotTakeTheLockAndIsToldWhy() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    chmod(boards.path, 0o755)
    let common = [
      "--boards", boards.path, "--today", "2026-11-24", "--unit", "office", "--lang", "en",
    ]
    // No lock file yet, and the directory is not writable for nobody.
    let first = Self.asNobody(common + ["note", Self.plan, "S1", "x"])
    #expect(first.status != 0)
    #expect(first.stderr.contains(".lock: cannot open lock: Permission denied"), "\(first.stderr)")
    // A lock file an older board made readable for everyone: reading it is no lock.
    boards.write(".lock", "")
    chmod(boards.file(".lock"), 0o644)
    let second = Self.asNobody(common + ["note", Self.plan, "S1", "x"])
    #expect(
      second.stderr.contains(".lock: cannot open lock: Permission denied"), "\(second.stderr)")
    // Reading the board works all the same.
    let list = Self.asNobody(["--boards", boards.path, "--today", "2026-11-24", "plans"])
    #expect(list.status == 0, "\(list.stderr)")
  }

  @Test func textThatHidesOrReversesItselfIsShownByItsCodePoint() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let common = ["--boards", boards.path, "--today", "2026-11-24", "--unit", "office"]
    let hostile = "已完成\u{202E}成完未\u{2066}x\u{2069}零\u{200B}宽\u{200D}\u{FEFF}行\u{2028}分"
    let note = Programs.board(common + ["note", Self.plan, "S1", hostile])
    #expect(note.status == 0, "\(note.stderr)")
    let invisible: [Unicode.Scalar] = [
      "\u{202E}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{200D}",
      "\u{FEFF}", "\u{2028}",
    ]
    for arguments in [["show", Self.plan, "S1"], ["log"], ["list", "--plan", Self.plan]] {
      let result = Programs.board(common + arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(
        !result.stdout.unicodeScalars.contains { invisible.contains($0) },
        "\(arguments) prints an invisible character")
      if arguments[0] != "list" {
        #expect(result.stdout.contains("<U+202E>"), "\(arguments): \(result.stdout)")
      }
    }
    // Error messages that quote what was typed too.
    let refused = Programs.board(common + ["note", "no\u{202E}plan", "S1", "x"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("no<U+202E>plan"), "\(refused.stderr)")
  }
}
