import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// A session learns of another session's save from the kernel (inotify), by the file's name,
/// without looking at the files; where inotify is refused it looks at them every interval.
@Suite struct BoardWatcherTests {
  static let today = Day("2026-11-24")!

  func save(_ boards: TemporaryDirectory, _ change: Change) throws {
    try BoardDirectory(path: boards.path).apply(
      change, by: "office", today: BoardWatcherTests.today, time: "2026-11-24T10:00:00+08:00")
  }

  @Test func aSaveIsNamedByTheKernelWithoutPolling() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var watcher = BoardWatcher(directory: BoardDirectory(path: boards.path))
    #expect(watcher.refusal == nil)
    #expect(watcher.descriptor != nil)
    // Waiting has no timer: the session sleeps until the kernel wakes it.
    #expect(watcher.waitMilliseconds == -1)
    #expect(watcher.changes() == nil)
    try save(boards, Change(planID: "luzhou-patent-2024", .setStatus(task: "1", .done)))
    // The save's temporary file, the lock and the audit log are not named; the plan file is.
    #expect(watcher.wait(milliseconds: 5000) == .files(["luzhou-patent-2024.rec"]))
    #expect(watcher.changes() == nil)
  }

  @Test func theAuditLogAndTheLockAloneAreNoChange() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var watcher = BoardWatcher(directory: BoardDirectory(path: boards.path))
    boards.write("log.rec", "%rec: Entry\n")
    boards.write(".lock", "")
    boards.write(".luzhou-patent-2024.rec.tmp-1-0", "half a save")
    #expect(watcher.wait(milliseconds: 300) == nil)
  }

  @Test func aPlanFileWrittenInPlaceOrRemovedIsNamed() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var watcher = BoardWatcher(directory: BoardDirectory(path: boards.path))
    boards.write("dazu-patent-2025.rec", boards.read("dazu-patent-2025.rec") + "\n")
    #expect(watcher.wait(milliseconds: 5000) == .files(["dazu-patent-2025.rec"]))
    unlink(boards.file("xiangzhou-patent-2023.rec"))
    #expect(watcher.wait(milliseconds: 5000) == .files(["xiangzhou-patent-2023.rec"]))
  }

  @Test func whereTheKernelRefusesTheWatcherPolls() throws {
    // The kernel refuses to watch a directory that is not there (as it refuses a user past
    // fs.inotify.max_user_instances): the watcher says why and polls.
    let missing = TemporaryDirectory()
    let refused = BoardWatcher(directory: BoardDirectory(path: missing.path + "/none"))
    #expect(refused.refusal?.call.hasPrefix("inotify_add_watch") == true)
    #expect(refused.descriptor == nil)
    #expect(refused.waitMilliseconds >= 0 && refused.waitMilliseconds <= 250)

    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    var watcher = BoardWatcher(
      directory: directory, refused: DirectoryEvents.Refusal(call: "inotify_init1", message: "x"),
      interval: 50)
    var reader = BoardReader(directory: directory)
    _ = try reader.load()
    #expect(watcher.descriptor == nil)
    try save(boards, Change(planID: "luzhou-patent-2024", .setStatus(task: "1", .done)))
    // A polling round names no file: the reader compares every stamp and reads the one.
    #expect(watcher.wait(milliseconds: 5000) == .everything)
    let delta = try reader.refresh(.everything)
    #expect(delta.filesRead == ["luzhou-patent-2024.rec"])
    #expect(delta.plans.first?.task(id: "1")?.status == .done)
  }

  /// Polling looks at the directory's stamp each round, every file only when it changed (a
  /// save renames into it) or every `fullRound` rounds (a file edited in place): two hundred
  /// polling sessions must not each look at every file four times a second.
  @Test func pollingLooksAtEveryFileOnlyWhenTheDirectoryChangedOrNowAndThen() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    var watcher = BoardWatcher(
      directory: directory, refused: DirectoryEvents.Refusal(call: "inotify_init1", message: "x"),
      interval: 10)
    #expect(watcher.wait(milliseconds: 1000) == .everything)  // the first round
    // Quiet: rounds pass and say nothing, fewer than a full round's worth.
    #expect(watcher.wait(milliseconds: 10 * (BoardWatcher.fullRound - 6)) == nil)
    try save(boards, Change(planID: "luzhou-patent-2024", .setStatus(task: "1", .done)))
    #expect(watcher.wait(milliseconds: 5000) == .everything)
    // Edited in place: the directory keeps its stamp; a full round finds it.
    let file = try #require(FileHandle(forWritingAtPath: boards.file("luzhou-patent-2024.rec")))
    file.seekToEndOfFile()
    file.write(Data("\n".utf8))
    file.closeFile()
    #expect(watcher.wait(milliseconds: 5000) == .everything)
  }
}
