import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Synchronization
import Testing

/// Writers killed with SIGKILL at random moments of saves (status, note) and imports (two
/// files: roster and plan): the board always checks clean, a temporary file is never taken
/// for data, each change is there whole or not at all, and the audit log holds exactly the
/// changes that are in the files once the next writer has recovered.
@Suite struct CrashTests {
  static let kills = 1_000
  /// Boards killed on side by side: a kill's wait is mostly sleeping and fsync, so four
  /// boards at once take little more time than one.
  static let boards = 4
  static let plan = "qianjiang-patent-2022"
  static let imported = "crash-import"
  static let today = "2026-11-24"
  static let documents = ["002_011584d99d6dbcb1.txt", "004_11dfa6bc9d5fc85c.txt"]

  /// Runs `board` with these arguments and kills it after `delay` seconds, unless it is done
  /// by then; returns whether the kill ended it.
  static func runAndKill(_ arguments: [String], after delay: Double) throws -> Bool {
    let process = try Programs.start(Programs.board, arguments)
    usleep(useconds_t(delay * 1_000_000))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
  }

  static func importArguments(_ common: [String], _ document: Int) -> [String] {
    common + ["import", Repository.seeds + "/" + documents[document], "--id", imported, "--force"]
  }

  /// What one board's kills came to.
  struct Counts: Sendable {
    var killed = 0
    var finished = 0
    var killedOld = 0
    var killedNew = 0
    var killedImports = 0
    var leftovers = 0
    var finishedByRecovery = 0
    var changes = 0
    var imports = 0
  }

  @Test func writersKilledAtRandomMomentsLeaveTheOldStateOrTheNew() throws {
    let started = Date()
    let results = Mutex<[Counts]>([])
    let group = DispatchGroup()
    for _ in 0..<Self.boards {
      group.enter()
      let thread = Thread {
        do {
          let counts = try Self.campaign(kills: Self.kills / Self.boards)
          results.withLock { $0.append(counts) }
        } catch {
          Issue.record(error)
        }
        group.leave()
      }
      thread.start()
    }
    group.wait()
    let all = results.withLock { $0 }
    #expect(all.count == Self.boards)
    var sum = Counts()
    for counts in all {
      sum.killed += counts.killed
      sum.finished += counts.finished
      sum.killedOld += counts.killedOld
      sum.killedNew += counts.killedNew
      sum.killedImports += counts.killedImports
      sum.leftovers += counts.leftovers
      sum.finishedByRecovery += counts.finishedByRecovery
      sum.changes += counts.changes
      sum.imports += counts.imports
    }
    #expect(sum.killed >= Self.kills)
    let seconds = String(format: "%.1f s", Date().timeIntervalSince(started))
    var report = "crash: \(sum.killed) writers killed with SIGKILL on \(Self.boards) boards "
    report += "side by side (\(sum.killedImports) of them importing two files) and "
    report += "\(sum.finished) more that finished first, in \(seconds); the board checked "
    report += "clean after every one; \(sum.killedOld) left the old state, \(sum.killedNew) "
    report += "the new one, none anything else; \(sum.leftovers) times a temporary file was "
    report += "left, never read; \(sum.finishedByRecovery) logged saves finished by the next "
    report += "writer; \(sum.changes) task changes and \(sum.imports) imports reached the "
    report += "files, and exactly those the log"
    print(report)
  }

  /// Kills writers on one board until `kills` were killed; checks after every one.
  static func campaign(kills: Int) throws -> Counts {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let common = ["--boards", boards.path, "--today", Self.today, "--unit", "office"]
    // How long a change and an import take here, so the kills spread over whole runs.
    var durations: [Double] = []
    for index in 0..<5 {
      let begin = Date()
      let result = Programs.board(common + ["note", Self.plan, "S1", "calibration \(index)"])
      #expect(result.status == 0, "\(result.stderr)")
      durations.append(Date().timeIntervalSince(begin))
    }
    let typical = durations.sorted()[2]
    var titles: [String] = []
    var importDurations: [Double] = []
    for document in [0, 1, 0] {
      let begin = Date()
      let result = Programs.board(Self.importArguments(common, document))
      #expect(result.status == 0, "\(result.stderr)")
      importDurations.append(Date().timeIntervalSince(begin))
      titles.append(try #require(try directory.load().plan(id: Self.imported)?.title))
    }
    #expect(titles[0] != titles[1] && titles[0] == titles[2])
    let typicalImport = importDurations.sorted()[1]
    var importsApplied = 3

    var counts = Counts()
    // Task changes whose new value reached the file, in order.
    var applied: [String] = (0..<5).map { "S1 note calibration \($0)" }
    var attempt = 0
    while counts.killed < kills && attempt < kills * 10 {
      attempt += 1
      let board = try directory.load()
      let before = try #require(board.plan(id: Self.plan))
      let importedTitle = try #require(board.plan(id: Self.imported)?.title)
      let task = before.tasks[attempt % before.tasks.count]
      var after = task
      let arguments: [String]
      var change: String?
      var delay = Double.random(in: 0...(typical * 1.5))
      switch attempt % 5 {
      case 0:
        let next = importedTitle == titles[0] ? 1 : 0
        arguments = Self.importArguments(common, next)
        delay = Double.random(in: 0...(typicalImport * 1.5))
      case 1, 3:
        let statuses: [Status] = [.todo, .doing, .blocked, .done]
        let next = statuses[((statuses.firstIndex(of: task.status) ?? 0) + 1) % statuses.count]
        after.status = next
        arguments = common + ["set", Self.plan, task.id, "--status", next.rawValue]
        change = "\(task.id) status \(next.rawValue)"
      default:
        let text = "kill \(attempt)"
        after.notes.append(Note(date: Day(Self.today)!, author: "office", text: text))
        arguments = common + ["note", Self.plan, task.id, text]
        change = "\(task.id) note \(text)"
      }

      let wasKilled = try Self.runAndKill(arguments, after: delay)

      // Before the next writer deals with what the kill left, the board checks clean and
      // the task is old or new already.
      let problems = try directory.check()
      #expect(problems.isEmpty, "attempt \(attempt): \(problems)")
      let names = try FileManager.default.contentsOfDirectory(atPath: boards.path)
      if names.contains(where: { $0.contains(".tmp-") }) { counts.leftovers += 1 }
      let unrecovered = try #require(try directory.load().plan(id: Self.plan)?.task(id: task.id))
      #expect(unrecovered == task || unrecovered == after, "attempt \(attempt): neither")
      // What the next writer does first: finish a save that was logged, undo any other.
      try directory.recover()
      #expect(
        try !FileManager.default.contentsOfDirectory(atPath: boards.path).contains {
          $0.contains(".tmp-")
        })
      let now = try directory.load()
      #expect(now.plans.count == 6)
      let plan = try #require(now.plan(id: Self.plan))
      // Every other task as it was; this one old or new, nothing else.
      #expect(plan.tasks.map(\.id) == before.tasks.map(\.id))
      for (old, new) in zip(before.tasks, plan.tasks) where old.id != task.id {
        #expect(new == old, "attempt \(attempt): task \(old.id) changed")
      }
      let saved = try #require(plan.task(id: task.id))
      #expect(saved == task || saved == after, "attempt \(attempt): task \(task.id) is neither")
      let newTitle = try #require(now.plan(id: Self.imported)?.title)
      #expect(titles.contains(newTitle), "attempt \(attempt): the imported plan is neither")
      let reached: Bool
      if let change {
        reached = saved == after
        if reached { applied.append(change) }
        if unrecovered == task && reached { counts.finishedByRecovery += 1 }
      } else {
        reached = newTitle != importedTitle
        if reached { importsApplied += 1 }
        if wasKilled { counts.killedImports += 1 }
      }
      if wasKilled {
        counts.killed += 1
        if reached { counts.killedNew += 1 } else { counts.killedOld += 1 }
      } else {
        counts.finished += 1
        #expect(reached, "attempt \(attempt): a finished change is missing")
      }
    }

    // The log holds exactly the changes that reached the files, in the same order: none
    // unlogged (the log is written before the rename), none logged but lost (the next
    // writer finishes a logged save).
    let entries = try directory.logEntries()
    let logged = entries.filter { $0.plan == Self.plan }.map { "\($0.task) \($0.field) \($0.new)" }
    #expect(logged == applied)
    let loggedImports = entries.filter { $0.plan == Self.imported && $0.field == "plan" }.count
    #expect(loggedImports == importsApplied)
    let last = Programs.board(common + ["note", Self.plan, "S1", "after the kills"])
    #expect(last.status == 0, "\(last.stderr)")
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    for name in [Self.plan + ".rec", Self.imported + ".rec", "roster.rec", "log.rec"] {
      let result = Programs.run(recfix, ["--check", boards.file(name)])
      #expect(result.status == 0, "\(name): \(result.stderr)")
    }
    counts.changes = applied.count
    counts.imports = importsApplied
    return counts
  }
}
