import BoardCore
import BoardStore

#if canImport(Glibc)
  import Glibc
#endif

/// The in-process measurements of one board directory: reading, parsing (the checked parser)
/// and decoding every file, loading the board (whole, and without texts as `board list`
/// does), the overdue and unassigned queries, and one saved change.
///
/// Each prints one line `name<TAB>median ms<TAB>fastest ms<TAB>runs`, which `.ci/bench` puts
/// in its table.
struct Measurements {
  var directory: BoardDirectory
  var today: Day
  var stopwatch: Stopwatch
  /// Only the measurements with these names (all when empty), e.g. to profile one.
  var only: Set<String>

  static let names = [
    "read", "parse", "decode", "load", "load-listing", "overdue", "unassigned", "save",
  ]
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
