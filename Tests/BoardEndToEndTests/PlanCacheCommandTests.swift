import BoardTestSupport
import Foundation
import Testing

/// `board list` through the plans' caches (`.cache/ID.idx`, docs/format.md "The cache"):
/// the same output as from the files, `board check` and `recfix --check` content with a
/// board that has them, and a board directory the user may not write read all the same.
@Suite struct PlanCacheCommandTests {
  static let query = [
    "list", "--overdue", "--format", "tsv", "--fields",
    "plan,id,section,title,lead,coop,due,status,light,overdue,dueSoon,unassigned",
  ]

  /// A copy of the boards whose files are old enough for a reader to write their caches
  /// (the store waits until a file's last change is 2 s old: docs/format.md).
  static func settledBoards() -> TemporaryDirectory {
    let boards = TemporaryDirectory.copyOfBoards()
    Thread.sleep(forTimeInterval: 2.2)
    return boards
  }

  func caches(_ boards: TemporaryDirectory) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: boards.file(".cache"))) ?? []).sorted()
  }

  func list(_ boards: TemporaryDirectory, _ arguments: [String] = query) -> ProcessResult {
    Programs.board(["--boards", boards.path, "--today", "2026-11-24"] + arguments)
  }

  @Test func aListingReadFromTheCachesIsTheListingReadFromTheFiles() throws {
    let boards = PlanCacheCommandTests.settledBoards()
    let fromFiles = list(boards)
    #expect(fromFiles.status == 0, "\(fromFiles.stderr)")
    #expect(fromFiles.stdout.split(separator: "\n").count > 10)
    let plans = try FileManager.default.contentsOfDirectory(atPath: boards.path)
      .filter { $0.hasSuffix(".rec") && $0 != "roster.rec" && $0 != "log.rec" }
    #expect(caches(boards) == plans.map { $0.dropLast(4) + ".idx" }.sorted())
    #expect(list(boards).stdout == fromFiles.stdout)
    for format in ["table", "json"] {
      let arguments = ["list", "--format", format, "--lang", "en"]
      #expect(list(boards, arguments).stdout.count > 100)
      let cached = list(boards, arguments).stdout
      try FileManager.default.removeItem(atPath: boards.file(".cache"))
      #expect(list(boards, arguments).stdout == cached, "\(format)")
    }

    // A change saved through the board shows at once, the cache of its plan stale.
    let set = Programs.board([
      "--boards", boards.path, "--today", "2026-11-24", "--unit", "office", "set",
      "luzhou-patent-2024", "S1", "--status", "done",
    ])
    #expect(set.status == 0, "\(set.stderr)")
    let after = list(boards, ["list", "--plan", "luzhou-patent-2024", "--format", "tsv"])
    let line = after.stdout.split(separator: "\n").first {
      $0.hasPrefix("luzhou-patent-2024\tS1\t")
    }
    #expect(line?.contains("\tdone\t") == true, "\(after.stdout)")

    // board check reads the files and is content with the caches beside them.
    let check = Programs.board(["--boards", boards.path, "check"])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    if let recfix = Programs.which("recfix") {
      for plan in plans {
        #expect(Programs.run(recfix, ["--check", boards.file(plan)]).status == 0, "\(plan)")
      }
    }
  }

  @Test func aBoardDirectoryTheUserMayNotWriteIsReadWithoutCaches() throws {
    let boards = PlanCacheCommandTests.settledBoards()
    let expected = list(boards).stdout
    try FileManager.default.removeItem(atPath: boards.file(".cache"))
    let result: ProcessResult
    if getuid() == 0 {
      // As nobody: the directory is root's, readable by all, writable by root alone.
      let setpriv = try #require(Programs.which("setpriv"))
      result = Programs.run(
        setpriv,
        [
          "--reuid", "65534", "--regid", "65534", "--clear-groups", Programs.board, "--boards",
          boards.path, "--today", "2026-11-24",
        ] + PlanCacheCommandTests.query)
    } else {
      chmod(boards.path, 0o555)
      defer { chmod(boards.path, 0o755) }
      result = list(boards)
    }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == expected)
    #expect(!FileManager.default.fileExists(atPath: boards.file(".cache")))
  }
}
