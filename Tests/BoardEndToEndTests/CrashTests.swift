import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// Writers killed with SIGKILL at random moments: the board always parses, a temporary file
/// is never taken for data, the task holds its old value or its new one, and the audit log
/// holds exactly the changes that are in the file once the next writer has recovered.
@Suite struct CrashTests {
  static let kills = 200
  static let plan = "qianjiang-patent-2022"
  static let today = "2026-11-24"

  /// Runs `board` with these arguments and kills it after `delay` seconds, unless it is done
  /// by then; returns whether the kill ended it.
  static func runAndKill(_ arguments: [String], after delay: Double) throws -> Bool {
    let process = try Programs.start(Programs.board, arguments)
    usleep(useconds_t(delay * 1_000_000))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
  }

  @Test func writersKilledAtRandomMomentsLeaveTheOldOrTheNewValue() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let common = ["--boards", boards.path, "--today", Self.today, "--unit", "office"]
    let started = Date()

    // How long one change takes here, so the kills spread over a whole run.
    var durations: [Double] = []
    for index in 0..<5 {
      let begin = Date()
      let result = Programs.board(common + ["note", Self.plan, "S1", "calibration \(index)"])
      #expect(result.status == 0, "\(result.stderr)")
      durations.append(Date().timeIntervalSince(begin))
    }
    let typical = durations.sorted()[2]

    var killed = 0
    var finished = 0
    var killedOld = 0
    var killedNew = 0
    var leftovers = 0
    var finishedByRecovery = 0
    // Changes whose new value reached the file, in order: the log may lack the last of them
    // (a kill between the rename and the log), never hold one that is not here.
    var applied: [String] = ["S1 note calibration 0"]
    for index in 1..<5 { applied.append("S1 note calibration \(index)") }
    var attempt = 0
    while killed < Self.kills && attempt < Self.kills * 10 {
      attempt += 1
      let before = try #require(try directory.load().plan(id: Self.plan))
      let task = before.tasks[attempt % before.tasks.count]
      var after = task
      let arguments: [String]
      let change: String
      if attempt % 2 == 0 {
        let statuses: [Status] = [.todo, .doing, .blocked, .done]
        let next = statuses[(statuses.firstIndex(of: task.status)! + 1) % statuses.count]
        after.status = next
        arguments = common + ["set", Self.plan, task.id, "--status", next.rawValue]
        change = "\(task.id) status \(next.rawValue)"
      } else {
        let text = "kill \(attempt)"
        after.notes.append(Note(date: Day(Self.today)!, author: "office", text: text))
        arguments = common + ["note", Self.plan, task.id, text]
        change = "\(task.id) note \(text)"
      }

      let wasKilled = try Self.runAndKill(arguments, after: Double.random(in: 0...(typical * 1.5)))

      let check = Programs.board(["--boards", boards.path, "check"])
      #expect(check.status == 0, "attempt \(attempt): \(check.stdout)\(check.stderr)")
      let names = try FileManager.default.contentsOfDirectory(atPath: boards.path)
      if names.contains(where: { $0.contains(".tmp-") }) { leftovers += 1 }
      // Before the kill's leftovers are dealt with, the task is old or new already.
      let unrecovered = try #require(try directory.load().plan(id: Self.plan)?.task(id: task.id))
      #expect(unrecovered == task || unrecovered == after, "attempt \(attempt): neither")
      // What the next writer does first: finish a save that was logged, undo any other.
      try directory.recover()
      #expect(
        try !FileManager.default.contentsOfDirectory(atPath: boards.path).contains {
          $0.contains(".tmp-")
        })
      let board = try directory.load()
      #expect(board.plans.count == 5)
      let now = try #require(board.plan(id: Self.plan))
      // Every other task as it was; this one old or new, nothing else.
      #expect(now.tasks.map(\.id) == before.tasks.map(\.id))
      for (old, new) in zip(before.tasks, now.tasks) where old.id != task.id {
        #expect(new == old, "attempt \(attempt): task \(old.id) changed")
      }
      let saved = try #require(now.task(id: task.id))
      #expect(saved == task || saved == after, "attempt \(attempt): task \(task.id) is neither")
      if saved == after { applied.append(change) }
      if unrecovered == task && saved == after { finishedByRecovery += 1 }
      if wasKilled {
        killed += 1
        if saved == after { killedNew += 1 } else { killedOld += 1 }
      } else {
        finished += 1
        #expect(saved == after, "attempt \(attempt): a finished change is missing")
      }
    }
    #expect(killed >= Self.kills)

    // The log holds exactly the changes that reached the file, in the same order: none
    // unlogged (the log is written before the rename), none logged but lost (the next
    // writer finishes a logged save).
    let logged = try directory.logEntries().map { "\($0.task) \($0.field) \($0.new)" }
    #expect(logged == applied)
    // The next save removes what killed writers left behind.
    let last = Programs.board(common + ["note", Self.plan, "S1", "after the kills"])
    #expect(last.status == 0, "\(last.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: boards.path)
    #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    for name in [Self.plan + ".rec", "log.rec"] {
      let result = Programs.run(recfix, ["--check", boards.file(name)])
      #expect(result.status == 0, "\(name): \(result.stderr)")
    }
    print(
      "crash: \(killed) writers killed with SIGKILL (\(finished) more finished first) in "
        + String(format: "%.1f s", Date().timeIntervalSince(started)) + "; the board parsed after "
        + "every one; \(killedOld) left the old value, \(killedNew) the new one, none anything "
        + "else; \(leftovers) times a temporary file was left, never read; "
        + "\(finishedByRecovery) logged saves finished by the next writer; "
        + "\(applied.count) changes reached the file, \(logged.count) reached the log")
  }
}
