import BoardTestSupport
import Foundation
import Testing

/// The lock wait through the command line. Its own suite: it waits ten seconds, and runs
/// beside the others rather than after them.
@Suite struct StuckLockTests {
  /// A writer that finds the board locked waits, boundedly, and then says who holds it: the
  /// process the kernel names, with the unit the lock file names for that process.
  @Test func aStuckLockIsReportedByTheCommandLineWithItsHolder() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let before = boards.read("qianjiang-patent-2022.rec")
    let holder = open(boards.file(".lock"), O_RDWR | O_CREAT, 0o644)
    defer { close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    // The holder's own process id and unit, as a writer leaves them.
    _ = "\(getpid()) qj-scjgj\n".withCString { pwrite(holder, $0, strlen($0), 0) }
    let started = Date()
    let result = Programs.board([
      "--boards", boards.path, "--unit", "qj-kjj", "set", "qianjiang-patent-2022", "1.3",
      "--status", "doing",
    ])
    let waited = Date().timeIntervalSince(started)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "board: \(boards.path)/.lock: the board has been locked by process \(getpid()) "
        + "(unit qj-scjgj) for more than 10 s; nothing was changed; try again later\n")
    #expect(waited >= 10 && waited < 60)
    #expect(boards.read("qianjiang-patent-2022.rec") == before)
  }
}
