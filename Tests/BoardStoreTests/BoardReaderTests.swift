import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// A session reads the board once, then only the files that changed: one plan file for a
/// save in it, the roster alone for a roster that still names every unit as before.
@Suite struct BoardReaderTests {
  func save(_ boards: TemporaryDirectory, _ change: Change) throws {
    try BoardDirectory(path: boards.path).apply(
      change, by: "office", today: BoardWatcherTests.today, time: "2026-11-24T10:00:00+08:00")
  }

  @Test func aSaveInOnePlanReadsThatFileOnly() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var reader = BoardReader(directory: BoardDirectory(path: boards.path))
    var watcher = BoardWatcher(directory: reader.directory)
    let board = try reader.load()
    #expect(reader.filesRead == board.plans.count + 1)
    try save(boards, Change(planID: "luzhou-patent-2024", .addNote(task: "3", text: "已推进")))
    let waited = watcher.wait(milliseconds: 5000)
    let hint = try #require(waited)
    let delta = try reader.refresh(hint)
    #expect(delta.filesRead == ["luzhou-patent-2024.rec"])
    #expect(reader.filesRead == board.plans.count + 2)
    #expect(delta.plans.map(\.id) == ["luzhou-patent-2024"])
    #expect(delta.plans[0].task(id: "3")?.notes.last?.text == "已推进")
    // Asked about every file, it reads none: no stamp differs.
    #expect(try reader.refresh(.everything).filesRead == [])
    #expect(try reader.refresh(.everything).isEmpty)
  }

  @Test func aRosterThatStillNamesEveryUnitAsBeforeIsReadAlone() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var reader = BoardReader(directory: BoardDirectory(path: boards.path))
    _ = try reader.load()
    boards.write(
      "roster.rec",
      boards.read("roster.rec") + "\nId: qj-new\nName: 区新设局\nRegion: 黔江区\nRole: unit\n")
    let delta = try reader.refresh(.files(["roster.rec"]))
    #expect(delta.filesRead == ["roster.rec"])
    #expect(delta.board == nil)
    #expect(delta.roster?.unit(id: "qj-new")?.name == "区新设局")
  }

  @Test func aRosterThatRenamesAUnitReadsTheWholeBoardAgain() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var reader = BoardReader(directory: BoardDirectory(path: boards.path))
    let board = try reader.load()
    // A renamed unit: plan files naming it by its old name must be read again (and fail).
    let roster = boards.read("roster.rec")
    boards.write(
      "roster.rec",
      roster.replacingOccurrences(of: "Name: 区科技局\nRegion: 黔江区", with: "Name: 区科学技术局\nRegion: 黔江区"))
    #expect(throws: StoreError.self) { try reader.refresh(.files(["roster.rec"])) }
    boards.write("roster.rec", roster)
    let delta = try reader.refresh(.files(["roster.rec"]))
    // Mended, the roster resolves as the one first read: it is read alone.
    #expect(delta.filesRead == ["roster.rec"])
    #expect(delta.board == nil)
    #expect(delta.roster?.units.count == board.roster.units.count)
  }

  @Test func aBrokenFileIsReportedAndReadAgainOnceMended() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var reader = BoardReader(directory: BoardDirectory(path: boards.path))
    _ = try reader.load()
    let good = boards.read("dazu-patent-2025.rec")
    boards.write("dazu-patent-2025.rec", good + "\nId: 1\nStatus: nonsense\n")
    try save(boards, Change(planID: "luzhou-patent-2024", .setStatus(task: "1", .done)))
    #expect(throws: StoreError.self) {
      try reader.refresh(.files(["dazu-patent-2025.rec", "luzhou-patent-2024.rec"]))
    }
    boards.write("dazu-patent-2025.rec", good)
    // Only the mended file is named now; the save in the other file is not lost.
    let delta = try reader.refresh(.files(["dazu-patent-2025.rec"]))
    #expect(Set(delta.filesRead) == ["dazu-patent-2025.rec", "luzhou-patent-2024.rec"])
    #expect(delta.plans.first { $0.id == "luzhou-patent-2024" }?.task(id: "1")?.status == .done)
  }

  @Test func plansThatGoAndComeBackAreSaid() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    var reader = BoardReader(directory: BoardDirectory(path: boards.path))
    _ = try reader.load()
    // A file moved away and back is the same file (inode, size, time): nothing to read.
    try FileManager.default.moveItem(
      atPath: boards.file("dazu-patent-2025.rec"), toPath: boards.file(".away"))
    try FileManager.default.moveItem(
      atPath: boards.file(".away"), toPath: boards.file("dazu-patent-2025.rec"))
    #expect(try reader.refresh(.everything).isEmpty)
    let text = boards.read("xiangzhou-patent-2023.rec")
    unlink(boards.file("xiangzhou-patent-2023.rec"))
    let gone = try reader.refresh(.files(["xiangzhou-patent-2023.rec"]))
    #expect(gone.removed == ["xiangzhou-patent-2023"])
    #expect(gone.filesRead == [])
    boards.write("xiangzhou-patent-2023.rec", text)
    let back = try reader.refresh(.everything)
    #expect(back.plans.map(\.id) == ["xiangzhou-patent-2023"])
    #expect(back.filesRead == ["xiangzhou-patent-2023.rec"])
  }
}
