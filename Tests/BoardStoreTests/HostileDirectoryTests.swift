import BoardCore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardStore

/// A board directory others can write into (a group-shared one, docs/ssh.md): symbolic
/// links, stray leftovers, FIFOs and odd files planted in it never make the board write
/// outside it, lose or forge log records, or hang.
@Suite struct HostileDirectoryTests {
  let today = Day("2026-11-24")!
  let time = "2026-11-24T09:00:00+08:00"
  let plan = "qianjiang-patent-2022"

  func setStatus(_ directory: BoardDirectory, _ status: Status = .doing) throws {
    try directory.apply(
      Change(planID: plan, .setStatus(task: "1.3", status)), by: "qj-kjj", today: today,
      time: time)
  }

  func link(_ target: String, at path: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
  }

  /// A file outside the board that a planted link points at.
  func victim() -> (TemporaryDirectory, String) {
    let outside = TemporaryDirectory("victim")
    outside.write("secret", "private text\n")
    chmod(outside.file("secret"), 0o600)
    return (outside, outside.file("secret"))
  }

  @Test(arguments: [".lock", "log.rec"])
  func aSymbolicLinkAtABoardFileIsRefusedNotFollowed(_ name: String) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let (outside, secret) = victim()
    try link(secret, at: boards.file(name))
    let before = boards.read(plan + ".rec")
    #expect {
      try setStatus(BoardDirectory(path: boards.path))
    } throws: { error in
      "\(error)".contains(name) && "\(error)".contains("symbolic link")
    }
    #expect(outside.read("secret") == "private text\n")
    #expect(boards.read(plan + ".rec") == before)
  }

  @Test func temporaryFilesHaveNamesNoOneCanPlantALinkAt() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let (outside, secret) = victim()
    try setStatus(directory, .blocked)
    // Every name the old scheme (`.ID.rec.tmp-PID-LOGSIZE`) could have used next.
    let size = Repository.bytes(boards.file("log.rec")).count
    for offset in [size, size + 1] {
      try link(secret, at: boards.file(".\(plan).rec.tmp-\(getpid())-\(offset)"))
    }
    try setStatus(directory)
    #expect(outside.read("secret") == "private text\n")
    var info = stat()
    #expect(lstat(outside.file("secret"), &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(lstat(boards.file(plan + ".rec"), &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
    #expect(try directory.load().plan(id: plan)?.task(id: "1.3")?.status == .doing)
    // Save names carry 64 random bits and the digest of what they save.
    let saves = try directory.logEntries().map(\.save)
    #expect(saves.count == 2 && saves[0] != saves[1])
    #expect(saves.allSatisfy { $0.split(separator: "-").count == 4 })
  }

  @Test func aPlanFileThatIsALinkOrAFIFOIsReportedNotFollowedNorWaitedOn() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let (_, secret) = victim()
    try link(secret, at: boards.file("linked.rec"))
    try link("/nonexistent/plan.rec", at: boards.file("dangling.rec"))
    #expect(mkfifo(boards.file("pipe.rec"), 0o644) == 0)
    let directory = BoardDirectory(path: boards.path)
    let problems = try directory.check().map(\.description)
    #expect(problems.count == 3, "\(problems)")
    #expect(problems.contains { $0.contains("dangling.rec:1: is a symbolic link") })
    #expect(problems.contains { $0.contains("linked.rec:1: is a symbolic link") })
    #expect(problems.contains { $0.contains("pipe.rec:1: is a FIFO") })
    #expect(throws: StoreError.self) { try directory.load() }
  }

  @Test func aFIFORosterFailsAWriteInsteadOfHangingIt() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    try FileManager.default.removeItem(atPath: boards.file("roster.rec"))
    #expect(mkfifo(boards.file("roster.rec"), 0o644) == 0)
    #expect {
      try setStatus(BoardDirectory(path: boards.path))
    } throws: { error in
      "\(error)".contains("roster.rec: is a FIFO, not a regular file")
    }
  }

  /// A save whose records are in the log.
  func logged(_ directory: BoardDirectory) throws -> String {
    try #require(try directory.logEntries().last?.save)
  }

  @Test func aStrayLeftoverNeverCutsTheLog() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    for status in [Status.doing, .blocked, .doing] { try setStatus(directory, status) }
    let log = Repository.bytes(boards.file("log.rec"))
    boards.write(".stray.rec.tmp-1-0", "")
    boards.write(".\(plan).rec.tmp-1-0-0000000000000000-00000000000000000000000000000000", "")
    try setStatus(directory, .todo)
    let after = Repository.bytes(boards.file("log.rec"))
    #expect(Array(after.prefix(log.count)) == log)
    #expect(try directory.logEntries().count == 4)
  }

  @Test(arguments: ["log.rec", "roster.rec", "qianjiang-patent-2022.rec"])
  func aForgedLeftoverNamedAfterTheLastSaveIsNotTrusted(_ target: String) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try setStatus(directory)
    let save = try logged(directory)
    let before = boards.snapshot()
    boards.write(".\(target).tmp-\(save)", "%rec: Forged\n\nForged: yes\n")
    try directory.recover()
    // Left alone or removed, never renamed into place.
    var after = boards.snapshot()
    after[".\(target).tmp-\(save)"] = nil
    #expect(after == before)
    #expect(try directory.check().isEmpty)
  }

  @Test func aDirectoryAtALeftoversNameDoesNotStopWrites() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try setStatus(directory)
    let size = Repository.bytes(boards.file("log.rec")).count
    try FileManager.default.createDirectory(
      atPath: boards.file(".\(plan).rec.tmp-\(getpid())-\(size)"),
      withIntermediateDirectories: false)
    try setStatus(directory, .blocked)
    #expect(try directory.load().plan(id: plan)?.task(id: "1.3")?.status == .blocked)
  }

  @Test func aLogCutShortIsNotWrittenTo() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    try setStatus(directory)
    var log = Repository.bytes(boards.file("log.rec"))
    log.removeLast(2)
    boards.write("log.rec", bytes: log)
    let problems = try directory.check().map(\.description)
    #expect(
      problems.contains { $0.contains("log.rec:") && $0.contains("line break") }, "\(problems)")
    #expect {
      try setStatus(directory, .blocked)
    } throws: { error in
      "\(error)".contains("log.rec:") && "\(error)".contains("nothing was changed")
    }
    #expect(Repository.bytes(boards.file("log.rec")) == log)
    #expect(try directory.load().plan(id: plan)?.task(id: "1.3")?.status == .doing)
  }

  @Test func aLockHeldTooLongNamesTheProcessThatHoldsIt() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let holder = open(boards.file(".lock"), O_RDWR | O_CREAT, 0o644)
    defer { close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    // What an earlier writer left in the file: not the process holding the lock now.
    _ = "4242 qj-kjj\n".withCString { pwrite(holder, $0, strlen($0), 0) }
    #expect {
      try setStatus(BoardDirectory(path: boards.path, lockTimeout: 0.2))
    } throws: { error in
      "\(error)".contains("locked by process \(getpid()) for more than")
        && !"\(error)".contains("4242") && !"\(error)".contains("stopped")
    }
  }

  @Test func roserAndLogAreNotPlans() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    for id in ["roster", "log"] {
      #expect {
        try directory.apply(
          Change(planID: id, .addNote(task: "1", text: "x")), by: "office", today: today,
          time: time)
      } throws: { error in
        "\(error)" == "no plan \"\(id)\" on this board"
      }
    }
  }
}
