import BoardCore
import BoardStore
import BoardUI

#if canImport(Glibc)
  import Glibc
#endif

/// The in-process measurements of one board directory: reading, parsing (the checked parser)
/// and decoding every file, loading the board (whole, and without texts as `board list`
/// does), the overdue and unassigned queries, the TUI model's frames, and one saved change.
///
/// Each prints one line `name<TAB>median ms<TAB>fastest ms<TAB>runs`, which `.ci/bench` puts
/// in its table.
struct Measurements {
  var directory: BoardDirectory
  var today: Day
  var stopwatch: Stopwatch
  /// Only the measurements with these names (all when empty), e.g. to profile one.
  var only: Set<String>

  static let names =
    [
      "read", "parse", "decode", "load", "load-listing", "overdue", "unassigned", "model",
      "frame", "step", "overdue-view", "overdue-step", "paste", "typed-1000", "typed", "save",
    ] + sessionNames
  // `save` also prints `save-cpu`.

  func run() throws -> [Stopwatch.Result] {
    var results: [Stopwatch.Result] = []
    func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }

    let board = try directory.load()
    let ids = try directory.planIDs()
    let paths = [directory.rosterPath] + ids.map(directory.planPath)
    var files: [[UInt8]] = []
    for path in paths {
      guard let bytes = BenchFiles.read(path) else {
        throw BenchFiles.Failure(description: "\(path): cannot read")
      }
      files.append(bytes)
    }
    let totalBytes = files.reduce(0) { $0 + $1.count }
    let taskCount = board.plans.reduce(0) { $0 + $1.tasks.count }
    let rules = Rules(today: today, settings: board.settings)
    print("tasks\t\(taskCount)")
    print("plans\t\(board.plans.count)")
    print("bytes\t\(totalBytes)")
    print("overdue-tasks\t\(count(board) { rules.isOverdue($0) })")
    print("unassigned-tasks\t\(count(board) { rules.isUnassigned($0) })")

    if wanted("read") {
      results.append(
        stopwatch.measure("read") {
          var total = 0
          for path in paths { total += BenchFiles.read(path)?.count ?? 0 }
          precondition(total == totalBytes)
        })
    }
    if wanted("parse") {
      results.append(
        stopwatch.measure("parse") {
          var records = 0
          for (path, bytes) in zip(paths, files) {
            records += RecParser.parse(bytes, file: path).0.records.count
          }
          precondition(records > taskCount)
        })
    }
    if wanted("decode") {
      results.append(
        stopwatch.measure("decode") {
          let (roster, _, _) = RosterFile.decode(files[0], file: paths[0])
          var tasks = 0
          for index in 1..<paths.count {
            let decoded = PlanFile.decode(
              files[index], file: paths[index], expectedID: ids[index - 1], roster: roster)
            tasks += decoded.plan?.tasks.count ?? 0
          }
          precondition(tasks == taskCount)
        })
    }
    if wanted("load") {
      try results.append(
        stopwatch.measure("load") {
          let loaded = try directory.load()
          precondition(loaded.plans.count == board.plans.count)
        })
    }
    if wanted("load-listing") {
      try results.append(
        stopwatch.measure("load-listing") {
          let loaded = try directory.load(keepingTexts: false)
          precondition(loaded.plans.count == board.plans.count)
        })
    }
    if wanted("overdue") {
      results.append(
        stopwatch.measure("overdue") {
          precondition(count(board) { rules.isOverdue($0) } >= 0)
        })
    }
    if wanted("unassigned") {
      results.append(
        stopwatch.measure("unassigned") {
          precondition(count(board) { rules.isUnassigned($0) } >= 0)
        })
    }
    try measureUI(board, wanted: wanted, into: &results)
    try measureSession(wanted: wanted, into: &results)
    if wanted("save"), let plan = board.plans.max(by: { $0.tasks.count < $1.tasks.count }),
      let task = plan.tasks.first(where: { $0.status != .done })
    {
      print("save-plan-tasks\t\(plan.tasks.count)")
      var status = task.status
      let cpuBefore = Measurements.processorTime()
      try results.append(
        stopwatch.measure("save") {
          // Every run really changes the file: doing and blocked in turn.
          status = status == .doing ? .blocked : .doing
          let change = Change(planID: plan.id, .setStatus(task: task.id, status))
          let changed = try directory.apply(
            change, by: "office", today: today, time: "2026-01-01T00:00:00+08:00")
          precondition(changed.count == 1)
        })
      // The processor time of a save, without the waits for the disk (fsync) that make up
      // most of its wall time on a busy machine.
      let saves = Double(results[results.count - 1].samples.count)
      let cpu = (Measurements.processorTime() - cpuBefore) / saves
      results.append(Stopwatch.Result(name: "save-cpu", samples: [cpu]))
    }
    return results
  }

  /// The TUI's model (BoardUI) at 120x40, as the office sees it, on the board as loaded for
  /// the terminal (texts kept): making the model from the board (its facts and the plans
  /// screen's rows), its first frame (the view of the plans screen), one cursor step (a key
  /// and the view after it), opening the overdue view (Tab: its rows are every overdue task)
  /// and a step there.
  func measureUI(
    _ board: Board, wanted: (String) -> Bool, into results: inout [Stopwatch.Result]
  ) throws {
    let size = Size(width: 120, height: 40)
    let session = Session(
      actor: board.roster.unit(id: "office"), language: .zh, today: today)
    if wanted("model") {
      results.append(
        stopwatch.measure("model") {
          let model = Model(board: board, session: session, size: size)
          precondition(model.size == size)
        })
    }
    let plans = Model(board: board, session: session, size: size)
    if wanted("frame") {
      results.append(
        stopwatch.measure("frame") {
          precondition(plans.view(size: size).height == 40)
        })
    }
    if wanted("step") {
      results.append(step("step", from: plans, size: size))
    }
    var overdue = plans
    _ = overdue.update(.key(.tab))
    if wanted("overdue-view") {
      results.append(
        stopwatch.measure("overdue-view") {
          var model = plans
          _ = model.update(.key(.tab))
          precondition(model.view(size: size).height == 40)
        })
    }
    if wanted("overdue-step") {
      results.append(step("overdue-step", from: overdue, size: size))
    }
    try measureNoteEditor(plans, size: size, wanted: wanted, into: &results)
  }

  /// 10,000 characters into the note editor: as one bracketed paste and the frame after it
  /// (`paste`), and typed one key at a time with a frame after each key, as a terminal
  /// without bracketed paste delivers them (`typed`). Both must grow linearly with the text.
  func measureNoteEditor(
    _ plans: Model, size: Size, wanted: (String) -> Bool, into results: inout [Stopwatch.Result]
  ) throws {
    var editing = plans
    for key in [Key.enter, .character("n")] { _ = editing.update(.key(key)) }
    let text = String(repeating: "完成盘点 see attachment 2 ok\n", count: 400)
    precondition(text.count == 10_000)
    if wanted("paste") {
      results.append(
        stopwatch.measure("paste") {
          var model = editing
          _ = model.update(.key(.paste(text)))
          precondition(model.view(size: size).height == 40)
        })
    }
    // Typed: 1,000 and 10,000 characters, so that the two show whether the cost per key
    // stays the same (linear) or grows with the text.
    for (name, count) in [("typed-1000", 1_000), ("typed", 10_000)] where wanted(name) {
      var quick = stopwatch
      quick.maximumRuns = 5
      results.append(
        quick.measure(name) {
          var model = editing
          for character in text.prefix(count) {
            _ = model.update(.key(character == "\n" ? .character(" ") : .character(character)))
            precondition(model.view(size: size).height == 40)
          }
        })
    }
  }

  /// A cursor step, down and up in turn so that every step moves, and the view after it.
  func step(_ name: String, from start: Model, size: Size) -> Stopwatch.Result {
    var model = start
    var down = true
    return stopwatch.measure(name) {
      _ = model.update(.key(down ? .down : .up))
      down.toggle()
      precondition(model.view(size: size).height == 40)
    }
  }

  /// User and system time of this process so far, in milliseconds.
  static func processorTime() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func milliseconds(_ time: timeval) -> Double {
      Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000
    }
    return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
  }

  func count(_ board: Board, where include: (PlanTask) -> Bool) -> Int {
    var total = 0
    for plan in board.plans {
      for task in plan.tasks where include(task) { total += 1 }
    }
    return total
  }
}
