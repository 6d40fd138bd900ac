import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

/// Many real `board` processes writing one plan at once: nothing written is lost, the file
/// stays valid, the log holds every change.
@Suite(.serialized) struct ConcurrencyTests {
  static let plan = "concurrent-2026"
  static let processes = 20
  static let changesPerProcess = 50
  static let today = "2026-11-24"
  /// Each status differs from the one before it, and the first from `todo`; no `done`, which
  /// a lead unit requests rather than sets (docs/supervision.md).
  static let statusCycle: [Status] = [.doing, .blocked, .todo]

  /// The shipped boards plus a Qianjiang plan of 20 tasks: the first 15 led by the 15
  /// Qianjiang units (each process acts as its task's lead unit), the last 5 unassigned (their
  /// processes act as the office).
  static func boardWithPlan() throws -> (TemporaryDirectory, [String]) {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let roster = try directory.loadRoster().0
    let units = roster.units(in: "黔江区").map(\.id)
    #expect(units.count == 15)
    var actors: [String] = []
    var tasks: [PlanTask] = []
    for number in 1...processes {
      let lead = number <= units.count ? [units[number - 1]] : []
      actors.append(lead.first ?? "office")
      tasks.append(
        PlanTask(
          id: String(number), section: "一、并发测试", title: "任务\(number)", text: "并发写入测试。",
          lead: lead, due: Day("2026-12-31")))
    }
    let plan = Plan(
      id: Self.plan, title: "并发写入测试方案", region: "黔江区", start: Day("2026-01-01"),
      end: Day("2026-12-31"), tasks: tasks)
    boards.write(Self.plan + ".rec", bytes: PlanFile.encode(plan, roster: roster))
    return (boards, actors)
  }

  /// One worker's shell script: signal ready, wait for the start, then run its commands one
  /// after another, saying on stderr which failed.
  static func script(ready: String, go: String, commands: [[String]]) -> String {
    var lines = [
      // Twenty writers beside the rest of the suite: wait longer than a user would.
      "#!/bin/sh", "export BOARD_LOCK_TIMEOUT=120", ": > \(quote(ready))",
      "while [ ! -e \(quote(go)) ]; do sleep 0.005; done",
    ]
    for (index, command) in commands.enumerated() {
      lines.append(
        ([Programs.board] + command).map(quote).joined(separator: " ")
          + " || echo \"change \(index) failed\" >&2")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  struct Outcome {
    var stdouts: [String]
    var stderrs: [String]
    var seconds: Double
  }

  /// Starts one shell per script, waits until all are ready, releases them at once and waits
  /// for them all.
  static func runTogether(_ scripts: [String], in work: TemporaryDirectory) throws -> Outcome {
    var processes: [Process] = []
    for (index, script) in scripts.enumerated() {
      work.write("worker\(index).sh", script)
      processes.append(
        try Programs.start(
          "/bin/sh", [work.file("worker\(index).sh")], stdout: work.file("out\(index)"),
          stderr: work.file("err\(index)")))
    }
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline,
      !(0..<scripts.count).allSatisfy({
        FileManager.default.fileExists(atPath: work.file("ready\($0)"))
      })
    {
      usleep(10_000)
    }
    let started = Date()
    work.write("go", "")
    for process in processes { process.waitUntilExit() }
    let seconds = Date().timeIntervalSince(started)
    return Outcome(
      stdouts: (0..<scripts.count).map { work.read("out\($0)") },
      stderrs: (0..<scripts.count).map { work.read("err\($0)") }, seconds: seconds)
  }

  static func boardArguments(_ boards: TemporaryDirectory, as unit: String) -> [String] {
    ["--boards", boards.path, "--today", today, "--lang", "en", "--unit", unit]
  }

  /// `board check` and `recfix --check` on the plan and the log.
  static func expectValid(_ boards: TemporaryDirectory) throws {
    let check = Programs.board(["--boards", boards.path, "check"])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    for name in [plan + ".rec", "log.rec"] {
      let result = Programs.run(recfix, ["--check", boards.file(name)])
      #expect(result.status == 0, "\(name): \(result.stderr)")
    }
  }

  @Test func twentyProcessesOnTheirOwnTasksLoseNothing() throws {
    let (boards, actors) = try Self.boardWithPlan()
    let work = TemporaryDirectory("workers")
    // Process k: its own task k+1; even changes add a note, odd ones set the next status.
    var expected: [[(field: String, old: String, new: String)]] = []
    var scripts: [String] = []
    for worker in 0..<Self.processes {
      let task = String(worker + 1)
      var commands: [[String]] = []
      var changes: [(field: String, old: String, new: String)] = []
      var status = Status.todo
      for index in 0..<Self.changesPerProcess {
        let arguments = Self.boardArguments(boards, as: actors[worker])
        if index % 2 == 0 {
          let text = "p\(worker)-\(index) 进展"
          commands.append(arguments + ["note", Self.plan, task, text])
          changes.append(("note", "", text))
        } else {
          let next = Self.statusCycle[(index / 2) % Self.statusCycle.count]
          commands.append(arguments + ["set", Self.plan, task, "--status", next.rawValue])
          changes.append(("status", status.rawValue, next.rawValue))
          status = next
        }
      }
      expected.append(changes)
      scripts.append(
        Self.script(ready: work.file("ready\(worker)"), go: work.file("go"), commands: commands))
    }
    let outcome = try Self.runTogether(scripts, in: work)
    let failures = outcome.stderrs.joined()
    #expect(failures.isEmpty, "\(failures)")

    try Self.expectValid(boards)
    let directory = BoardDirectory(path: boards.path)
    let plan = try #require(try directory.load().plan(id: Self.plan))
    let entries = try directory.logEntries()
    var notesFound = 0
    var statusesFound = 0
    var logFound = 0
    for worker in 0..<Self.processes {
      let task = try #require(plan.task(id: String(worker + 1)))
      let wantNotes = expected[worker].filter { $0.field == "note" }
      #expect(task.notes.map(\.text) == wantNotes.map(\.new))
      #expect(task.notes.allSatisfy { $0.author == actors[worker] && $0.date == Day(Self.today) })
      notesFound += zip(task.notes.map(\.text), wantNotes.map(\.new)).filter { $0 == $1 }.count
      let lastStatus = expected[worker].last { $0.field == "status" }?.new
      #expect(task.status.rawValue == lastStatus)
      if task.status.rawValue == lastStatus { statusesFound += 1 }
      // The log holds this task's changes in the order the process made them.
      let logged = entries.filter { $0.plan == Self.plan && $0.task == task.id }
      #expect(logged.allSatisfy { $0.unit == actors[worker] })
      let got = logged.map { "\($0.field) \($0.old) → \($0.new)" }
      let want = expected[worker].map { "\($0.field) \($0.old) → \($0.new)" }
      #expect(got == want, "task \(task.id)")
      logFound += zip(got, want).filter { $0 == $1 }.count
    }
    let made = Self.processes * Self.changesPerProcess
    #expect(entries.count == made)
    print(
      "concurrency, own tasks: \(Self.processes) processes made \(made) changes in "
        + String(format: "%.1f s", outcome.seconds) + "; found \(notesFound) of \(made / 2) notes "
        + "and \(statusesFound) of \(Self.processes) final statuses in the file, \(logFound) of "
        + "\(made) changes in the log (\(entries.count) records)")
  }

  @Test func twentyProcessesOnOneTaskKeepEveryChangeInTheLog() throws {
    let (boards, actors) = try Self.boardWithPlan()
    let work = TemporaryDirectory("workers")
    let task = "1"
    var scripts: [String] = []
    var notes: [String] = []
    for worker in 0..<Self.processes {
      // Half the processes as the lead unit, half as the office.
      let unit = worker % 2 == 0 ? actors[0] : "office"
      var commands: [[String]] = []
      for index in 0..<Self.changesPerProcess {
        let arguments = Self.boardArguments(boards, as: unit)
        if index % 2 == 0 {
          let text = "p\(worker)-\(index)"
          notes.append(text)
          commands.append(arguments + ["note", Self.plan, task, text])
        } else {
          let status = Self.statusCycle[(worker + index / 2) % Self.statusCycle.count]
          commands.append(arguments + ["set", Self.plan, task, "--status", status.rawValue])
        }
      }
      scripts.append(
        Self.script(ready: work.file("ready\(worker)"), go: work.file("go"), commands: commands))
    }
    let outcome = try Self.runTogether(scripts, in: work)
    let failures = outcome.stderrs.joined()
    #expect(failures.isEmpty, "\(failures)")

    try Self.expectValid(boards)
    let directory = BoardDirectory(path: boards.path)
    let saved = try #require(try directory.load().plan(id: Self.plan)?.task(id: task))
    let entries = try directory.logEntries().filter { $0.plan == Self.plan && $0.task == task }
    // Every note, in the file and in the log; each process's notes in its own order.
    #expect(Set(saved.notes.map(\.text)) == Set(notes))
    #expect(saved.notes.count == notes.count)
    #expect(Set(entries.filter { $0.field == "note" }.map(\.new)) == Set(notes))
    for worker in 0..<Self.processes {
      let mine = saved.notes.map(\.text).filter { $0.hasPrefix("p\(worker)-") }
      #expect(mine == notes.filter { $0.hasPrefix("p\(worker)-") })
    }
    // Each status saved (as the processes reported it) is one log record; the records chain
    // from the first value to the last, and the last one written is what the file holds.
    let reported = outcome.stdouts.flatMap { $0.split(separator: "\n") }
      .filter { $0.hasPrefix("saved: \(Self.plan) \(task) status: ") }
      .map { String($0.dropFirst("saved: \(Self.plan) \(task) status: ".count)) }
    let unchanged = outcome.stdouts.flatMap { $0.split(separator: "\n") }
      .filter { $0.hasPrefix("unchanged: ") }.count
    let statusEntries = entries.filter { $0.field == "status" }
    #expect(statusEntries.count == reported.count)
    #expect(Set(statusEntries.map { "\($0.old) → \($0.new)" }) == Set(reported))
    #expect(statusEntries.first?.old == "todo")
    for (previous, next) in zip(statusEntries, statusEntries.dropFirst()) {
      #expect(next.old == previous.new)
    }
    #expect(saved.status.rawValue == statusEntries.last?.new)
    #expect(reported.count + unchanged == Self.processes * Self.changesPerProcess / 2)
    print(
      "concurrency, one task: \(Self.processes) processes made \(Self.processes * Self.changesPerProcess) "
        + "changes in " + String(format: "%.1f s", outcome.seconds)
        + ": \(saved.notes.count) of \(notes.count) notes in the file and "
        + "\(entries.count - statusEntries.count) in the log; \(reported.count) status changes "
        + "saved and \(statusEntries.count) logged, \(unchanged) found the status already set; "
        + "final status \(saved.status.rawValue)")
  }
}
