import BoardCore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardStore

/// The plans' caches (`.cache/ID.idx`, docs/format.md "The cache") never make a load differ
/// from reading the files: not after thousands of random edits, not when the cache is cut
/// short, damaged, forged stale, or a link or a FIFO, not beside a writer.
@Suite struct PlanCacheTests {
  let today = Day("2026-11-24")!
  let time = "2026-11-24T09:00:00+08:00"
  let plan = "qianjiang-patent-2022"

  /// How settled a file must be for a test's readers to write its cache: longer than a
  /// tick of the file system's clock, much shorter than the store's 2 s.
  static let settle = 0.02

  /// A directory whose readers write caches soon, its files settled already, so that loads
  /// after an edit meet caches made just before it.
  func eager(_ boards: TemporaryDirectory) -> BoardDirectory {
    var directory = BoardDirectory(path: boards.path)
    directory.cacheSettle = PlanCacheTests.settle
    settle()
    return directory
  }

  func settle() {
    Thread.sleep(forTimeInterval: PlanCacheTests.settle * 1.5)
  }

  /// What a load says, board or error, as text to compare.
  func outcome(_ directory: BoardDirectory, usingCache: Bool) -> String {
    do {
      let board = try directory.load(keepingTexts: false, usingCache: usingCache)
      var lines = ["\(board.settings) \(board.roster.units)"]
      for plan in board.plans {
        var head = plan
        head.tasks = []
        lines.append("\(head)")
        lines += plan.tasks.map { "\(plan.id) \($0)" }
      }
      return lines.joined(separator: "\n")
    } catch {
      return "error: \(error)"
    }
  }

  func truth(_ directory: BoardDirectory) -> String {
    outcome(directory, usingCache: false)
  }

  func cacheNames(_ boards: TemporaryDirectory) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: boards.file(".cache"))) ?? []).sorted()
  }

  /// Sets a file's modification time; the change time becomes now, as the kernel does.
  func setModified(_ path: String, seconds: Int, nanoseconds: Int) {
    var times = [
      status(path).st_atim,
      timespec(tv_sec: seconds, tv_nsec: nanoseconds),
    ]
    utimensat(AT_FDCWD, path, &times, 0)
  }

  func status(_ path: String) -> stat {
    var info = stat()
    lstat(path, &info)
    return info
  }

  /// Overwrites bytes in place: same inode, same size.
  func overwrite(_ path: String, at offset: Int, with bytes: [UInt8]) {
    let fd = open(path, O_WRONLY)
    _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, bytes.count, off_t(offset)) }
    close(fd)
  }

  @Test func aCacheIsWrittenForEveryPlanAndReadWhileItsFileIsUnchanged() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = eager(boards)
    let expected = truth(directory)
    #expect(outcome(directory, usingCache: true) == expected)
    let plans = try directory.planIDs()
    #expect(cacheNames(boards) == plans.map { $0 + ".idx" })
    #expect(outcome(directory, usingCache: true) == expected)
    // The cache is what was read: one that says another title, made for the file as it
    // is, shows that title (whoever may write the cache may write the plan file too).
    var forged = try #require(try directory.load(keepingTexts: false).plan(id: plan))
    forged.title = "改过的标题"
    let roster = PlanCache.digest(Repository.bytes(boards.file("roster.rec"))[...])
    let source = PlanCache.Source(status(boards.file(plan + ".rec")), roster: roster)
    boards.write(".cache/\(plan).idx", bytes: PlanCache.encode(forged, source: source))
    #expect(try directory.load(keepingTexts: false).plan(id: plan)?.title == "改过的标题")
    #expect(
      try directory.load(keepingTexts: false, usingCache: false).plan(id: plan)?.title != "改过的标题")
    // Any change to the file, even of its mode alone, makes the cache stale.
    chmod(boards.file(plan + ".rec"), 0o640)
    #expect(outcome(directory, usingCache: true) == expected)
    #expect(try directory.load(keepingTexts: false).plan(id: plan)?.title != "改过的标题")
  }

  @Test func aCacheHoldsEveryFieldAListingReads() throws {
    // Plan, PlanTask and Indicator as PlanCache writes them: a new field needs the cache's
    // encoder and a new PlanCache.version.
    let plan = Plan(
      id: "p", title: "t", region: "r", issuer: "i", number: "n", issued: Day("2026-01-02"),
      start: Day("2026-01-03"), end: nil, source: "s",
      tasks: [
        PlanTask(
          id: "1", section: "一、", title: "任务", text: "", lead: ["a", "b"], coop: ["c"],
          due: Day("2026-03-04"), status: .blocked,
          notes: [Note(date: Day("2026-02-01")!, author: "a", text: "")],
          events: [
            try #require(TaskEvent(value: "2026-02-02 a request-done 已完成摸底")),
            try #require(TaskEvent(value: "2026-03-05 office chase yellow 请尽快")),
          ]),
        PlanTask(
          id: "2", section: "一、", title: "二", text: "", lead: [], coop: [], due: nil,
          status: .done, notes: []),
      ],
      indicators: [
        Indicator(
          id: "x", name: "专利", measure: "件", targets: [.init(year: 2026, value: "1.25")],
          actuals: [.init(year: 2025, value: "3")], units: ["a"])
      ])
    #expect(
      Mirror(reflecting: plan).children.map(\.label) == [
        "id", "title", "region", "issuer", "number", "issued", "start", "end", "source", "tasks",
        "indicators",
      ])
    #expect(
      Mirror(reflecting: plan.tasks[0]).children.map(\.label) == [
        "id", "section", "title", "text", "lead", "coop", "due", "status", "notes", "events",
      ])
    #expect(
      Mirror(reflecting: plan.indicators[0]).children.map(\.label) == [
        "id", "name", "measure", "targets", "actuals", "units",
      ])
    let source = PlanCache.Source(stat(), roster: 7)
    let bytes = PlanCache.encode(plan, source: source)
    #expect(bytes.withUnsafeBufferPointer { PlanCache.decode($0, source: source) } == plan)
    var other = source
    other.roster = 8
    #expect(bytes.withUnsafeBufferPointer { PlanCache.decode($0, source: other) } == nil)
  }

  @Test func aCacheWhoseStringIsNotUTF8IsRefusedEvenWithARightDigest() throws {
    // Strings are not validated before they are decoded (the digest vouches for them);
    // bytes that are not UTF-8 under a digest made for them still fail the cache. F0 90 80
    // (a four-byte character cut short) is repaired to one U+FFFD, also three bytes long.
    // Each character replaced is a whole string, right after its four-byte length.
    let plan = Plan(
      id: "p", title: "题", tasks: [PlanTask(id: "1", section: "任", title: "务", lead: ["a"])])
    let source = PlanCache.Source(stat(), roster: 7)
    let good = PlanCache.encode(plan, source: source)
    #expect(good.withUnsafeBufferPointer { PlanCache.decode($0, source: source) } == plan)
    for (from, to) in [
      ("题", [0xF0, 0x90, 0x80]), ("务", [0xE4, 0xBB]), ("任", [0x80, 0x80, 0x80]),
    ] {
      var bytes = good
      let pattern = Array(from.utf8)
      let at = try #require(
        (0...(bytes.count - pattern.count)).first {
          Array(bytes[$0..<($0 + pattern.count)]) == pattern
        })
      bytes.replaceSubrange(at..<(at + pattern.count), with: to.map { UInt8($0) })
      if to.count != pattern.count {
        // The string's length and the payload's follow, so that only the bytes are wrong.
        let lengthAt = at - 4
        bytes[lengthAt] = UInt8(Int(bytes[lengthAt]) + to.count - pattern.count)
        let payload = PlanCache.headerSize - 8
        let length = bytes.count - PlanCache.headerSize - 8
        for index in 0..<8 { bytes[payload + index] = UInt8((length >> (8 * index)) & 0xFF) }
      }
      let digest = PlanCache.digest(bytes[0..<(bytes.count - 8)])
      for index in 0..<8 { bytes[bytes.count - 8 + index] = UInt8((digest >> (8 * index)) & 0xFF) }
      #expect(
        bytes.withUnsafeBufferPointer { PlanCache.decode($0, source: source) } == nil, "\(to)")
    }
  }

  @Test func thousandsOfRandomEditsNeverMakeALoadDifferFromTheFiles() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = eager(boards)
    var random = SeededGenerator(seed: 14)
    let plans = try directory.planIDs()
    let statuses: [Status] = [.todo, .doing, .blocked, .done]
    for round in 0..<2000 {
      // Every fourth edit meets files all cached.
      if round % 4 == 0 { settle() }
      let id = plans[Int.random(in: 0..<plans.count, using: &random)]
      let path = boards.file(id + ".rec")
      let text = Repository.read(path)
      switch Int.random(in: 0..<8, using: &random) {
      case 0, 1:
        // A saved change: a new file renamed over the old one.
        let board = try? directory.load(keepingTexts: false, usingCache: false)
        guard let task = board?.plan(id: id)?.tasks.randomElement(using: &random) else { break }
        let status = statuses.randomElement(using: &random)!
        _ = try? directory.apply(
          Change(planID: id, .setStatus(task: task.id, status)), by: "office", today: today,
          time: time)
      case 2, 3:
        // A hand edit in place that keeps the size and the modification time's second:
        // one status for another of the same length, the nanoseconds changed alone.
        let before = status(path)
        let pairs = [("Status: todo", "Status: done"), ("Status: done", "Status: todo")]
        let (from, to) = pairs.randomElement(using: &random)!
        let matches = text.utf8.indices(of: from)
        guard let at = matches.randomElement(using: &random) else { break }
        overwrite(
          path, at: text.utf8.distance(from: text.utf8.startIndex, to: at), with: Array(to.utf8))
        var nanoseconds = Int.random(in: 0..<1_000_000_000, using: &random)
        if nanoseconds == before.st_mtim.tv_nsec { nanoseconds = (nanoseconds + 1) % 1_000_000_000 }
        setModified(path, seconds: before.st_mtim.tv_sec, nanoseconds: nanoseconds)
      case 4:
        // A hand edit that changes the length (and may break the file).
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Int.random(in: 0..<lines.count, using: &random)
        if lines[line].hasPrefix("Title: ") { lines[line] += "（改）" } else { lines.remove(at: line) }
        boards.write(id + ".rec", lines.joined(separator: "\n"))
      case 5:
        // The roster changes: names may resolve otherwise, so every cache is stale.
        let roster = boards.read("roster.rec")
        if roster.hasSuffix("\n# edited\n") {
          boards.write("roster.rec", String(roster.dropLast("# edited\n".count)))
        } else {
          boards.write("roster.rec", roster + "# edited\n")
        }
      case 6:
        // The cache itself is damaged: a byte flipped, or cut short.
        let cache = boards.file(".cache/\(id).idx")
        var bytes = Repository.bytes(cache)
        guard !bytes.isEmpty else { break }
        if Bool.random(using: &random) {
          bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= 0x20
        } else {
          bytes.removeLast(Int.random(in: 1...bytes.count, using: &random))
        }
        boards.write(".cache/\(id).idx", bytes: bytes)
      default:
        // The file as it was in the shipped boards.
        boards.write(id + ".rec", Repository.read(Repository.boards + "/" + id + ".rec"))
      }
      let expected = truth(directory)
      #expect(outcome(directory, usingCache: true) == expected, "round \(round)")
      #expect(outcome(directory, usingCache: true) == expected, "round \(round), again")
    }
    settle()
    _ = outcome(directory, usingCache: true)
    #expect(cacheNames(boards).count == plans.count, "the caches were written")
    #expect(outcome(directory, usingCache: true) == truth(directory))
  }

  @Test func anEditInTheSameClockTickAsTheCachedFileIsNotMissed() throws {
    // The file system's clock moves in ticks: an edit in place that keeps the size, made
    // with its times set back, can leave the status exactly as cached. A cache is only
    // written for a file whose last change is settled (older than `cacheSettle`), so
    // such an edit, made later, always lands in a later tick.
    let boards = TemporaryDirectory.copyOfBoards()
    var directory = BoardDirectory(path: boards.path)
    directory.cacheSettle = 0.5
    let path = boards.file(plan + ".rec")
    _ = outcome(directory, usingCache: true)
    #expect(!cacheNames(boards).contains(plan + ".idx"), "too fresh to vouch for")
    let before = status(path)
    let text = Repository.read(path)
    let at = try #require(text.utf8.indices(of: "Status: todo").first)
    overwrite(
      path, at: text.utf8.distance(from: text.utf8.startIndex, to: at),
      with: Array("Status: done".utf8))
    setModified(path, seconds: before.st_mtim.tv_sec, nanoseconds: before.st_mtim.tv_nsec)
    #expect(status(path).st_size == before.st_size)
    #expect(outcome(directory, usingCache: true) == truth(directory))
    Thread.sleep(forTimeInterval: 0.6)
    #expect(outcome(directory, usingCache: true) == truth(directory))
    #expect(cacheNames(boards).contains(plan + ".idx"), "settled now")
    #expect(outcome(directory, usingCache: true) == truth(directory))
  }

  @Test(arguments: ["empty", "short", "header", "payload", "version", "garbage"])
  func aDamagedCacheIsReadFromTheFileAndMadeAgain(_ damage: String) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = eager(boards)
    let expected = truth(directory)
    _ = outcome(directory, usingCache: true)
    let name = ".cache/\(plan).idx"
    let whole = Repository.bytes(boards.file(name))
    var bytes = whole
    switch damage {
    case "empty": bytes = []
    case "short": bytes.removeLast(bytes.count / 2)
    case "header": bytes[20] ^= 1
    case "payload": bytes[bytes.count / 2] ^= 1
    case "version": bytes[8] = 99
    default: bytes = Array("%rec: Plan\n\nId: x\n".utf8)
    }
    boards.write(name, bytes: bytes)
    #expect(outcome(directory, usingCache: true) == expected)
    #expect(Repository.bytes(boards.file(name)) == whole, "made again")
  }

  @Test func aLinkOrAFIFOAtACachesNameIsNotFollowedNorWaitedOn() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = eager(boards)
    let expected = truth(directory)
    _ = outcome(directory, usingCache: true)
    let outside = TemporaryDirectory("victim")
    // A valid cache of this very file, planted outside and linked to: never read.
    var forged = try #require(try directory.load(keepingTexts: false).plan(id: plan))
    forged.title = "外面的"
    let roster = PlanCache.digest(Repository.bytes(boards.file("roster.rec"))[...])
    let source = PlanCache.Source(status(boards.file(plan + ".rec")), roster: roster)
    outside.write("forged", bytes: PlanCache.encode(forged, source: source))
    let planted = PlanCache.encode(forged, source: source)
    let cache = boards.file(".cache/\(plan).idx")
    try FileManager.default.removeItem(atPath: cache)
    try FileManager.default.createSymbolicLink(
      atPath: cache, withDestinationPath: outside.file("forged"))
    #expect(outcome(directory, usingCache: true) == expected)
    #expect(Repository.bytes(outside.file("forged")) == planted, "the link's target is untouched")
    #expect(status(cache).st_mode & S_IFMT == S_IFREG, "the link replaced by a cache")

    try FileManager.default.removeItem(atPath: cache)
    #expect(mkfifo(cache, 0o644) == 0)
    #expect(outcome(directory, usingCache: true) == expected)
    #expect(status(cache).st_mode & S_IFMT == S_IFREG, "the FIFO replaced by a cache")

    try FileManager.default.removeItem(atPath: cache)
    try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: false)
    #expect(outcome(directory, usingCache: true) == expected)
    #expect(outcome(directory, usingCache: true) == expected)
  }

  @Test(arguments: ["link", "file", "fifo"])
  func somethingElseAtTheCacheDirectorysNameIsLeftAlone(_ kind: String) throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = eager(boards)
    let expected = truth(directory)
    let outside = TemporaryDirectory("victim")
    switch kind {
    case "link":
      try FileManager.default.createSymbolicLink(
        atPath: boards.file(".cache"), withDestinationPath: outside.path)
    case "file": boards.write(".cache", "not a directory\n")
    default: #expect(mkfifo(boards.file(".cache"), 0o644) == 0)
    }
    #expect(outcome(directory, usingCache: true) == expected)
    #expect(outcome(directory, usingCache: true) == expected)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    #expect(try directory.check().isEmpty)
  }

  @Test func aWriterSavingWhileReadersReadIsNeverMisread() async throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = eager(boards)
    let original = try #require(
      try directory.load(keepingTexts: false, usingCache: false).plan(id: plan))
    let (today, time, plan) = (today, time, plan)
    let writer = Task.detached {
      var status = Status.todo
      for _ in 0..<150 {
        status = status == .doing ? .blocked : .doing
        try directory.apply(
          Change(planID: plan, .setStatus(task: "1.3", status)), by: "qj-kjj", today: today,
          time: time)
      }
    }
    for _ in 0..<150 {
      let board = try directory.load(keepingTexts: false)
      var read = try #require(board.plan(id: plan))
      let index = try #require(read.taskIndex(id: "1.3"))
      #expect([.doing, .blocked, original.tasks[index].status].contains(read.tasks[index].status))
      read.tasks[index].status = original.tasks[index].status
      #expect(read == original)
    }
    try await writer.value
    #expect(outcome(directory, usingCache: true) == truth(directory))
  }
}

extension String.UTF8View {
  /// Where `needle` starts, every time.
  fileprivate func indices(of needle: String) -> [Index] {
    let pattern = Array(needle.utf8)
    let bytes = Array(self)
    var found: [Index] = []
    var offset = 0
    while offset + pattern.count <= bytes.count {
      if bytes[offset..<(offset + pattern.count)].elementsEqual(pattern) {
        found.append(index(startIndex, offsetBy: offset))
      }
      offset += 1
    }
    return found
  }
}
