import BoardCore
import BoardStore

#if canImport(Glibc)
  import Glibc
#endif

/// `board-bench`: generates synthetic boards and measures the store on them. `.ci/bench`
/// drives it, together with whole-process timings of `board` and Taskwarrior.
enum BenchProgram {
  static let usage = """
    usage: board-bench generate --tasks N --out DIR [--tasks-per-plan M] [--seed S]
                                [--today YYYY-MM-DD] [--taskwarrior FILE.json]
           board-bench measure --boards DIR [--today YYYY-MM-DD] [--runs N] [--only NAME,...]

    generate  writes a board of N tasks (N / M plans of M tasks, default M = 500) through the
              store's own writer; with --taskwarrior also the same tasks as Taskwarrior import
              JSON and, next to it, a taskrc for them. Same seed, size and day: same bytes.
    measure   times, in this process, on the board in DIR: \(Measurements.names.joined(separator: ", ")).
              Prints `name<TAB>median ms<TAB>fastest ms<TAB>runs` lines.
    """

  static func main(_ tokens: [String]) -> Int32 {
    do {
      guard let command = tokens.first else { throw BenchFiles.Failure(description: usage) }
      let options = try Options(Array(tokens.dropFirst()))
      switch command {
      case "generate": try generate(options)
      case "measure": try measure(options)
      case "--help", "-h", "help":
        print(usage)
      default:
        throw BenchFiles.Failure(description: "unknown command \"\(command)\"\n" + usage)
      }
      return 0
    } catch {
      let bytes = Array("board-bench: \(error)\n".utf8)
      bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
      return 2
    }
  }

  static func generate(_ options: Options) throws {
    let tasks = try options.int("--tasks") ?? 1000
    let perPlan = min(tasks, try options.int("--tasks-per-plan") ?? 500)
    guard tasks > 0, perPlan > 0, tasks % perPlan == 0 else {
      throw BenchFiles.Failure(description: "--tasks must be a multiple of --tasks-per-plan")
    }
    guard let out = options.values["--out"] else {
      throw BenchFiles.Failure(description: "generate needs --out DIR")
    }
    let today = try options.today()
    let seed = UInt64(try options.int("--seed") ?? 2026)
    let board = SyntheticBoard(
      plans: tasks / perPlan, tasksPerPlan: perPlan, today: today, seed: seed)
    try BenchFiles.makeDirectory(out)
    guard !BenchFiles.exists(out + "/" + RosterFile.fileName) else {
      throw BenchFiles.Failure(description: "\(out) already holds a board; remove it first")
    }
    try BenchFiles.write(
      out + "/" + RosterFile.fileName,
      RosterFile.encode(board.roster, settings: BoardSettings(), name: SyntheticBoard.boardName))
    for plan in board.plans {
      try BenchFiles.write(
        out + "/" + plan.id + ".rec", PlanFile.encode(plan, roster: board.roster))
    }
    if let json = options.values["--taskwarrior"] {
      let slash = json.lastIndex(of: "/").map { String(json[..<$0]) } ?? "."
      try BenchFiles.makeDirectory(slash)
      try BenchFiles.write(json, TaskwarriorExport.lines(of: board.plans, today: today, seed: seed))
      try BenchFiles.write(
        slash + "/taskrc",
        TaskwarriorExport.taskrc(dataLocation: BenchFiles.absolute(slash) + "/data"))
    }
    print("wrote \(board.plans.count) plans of \(perPlan) tasks to \(out) (today \(today))")
  }

  static func measure(_ options: Options) throws {
    guard let path = options.values["--boards"] else {
      throw BenchFiles.Failure(description: "measure needs --boards DIR")
    }
    var stopwatch = Stopwatch()
    if let runs = try options.int("--runs") {
      stopwatch.minimumRuns = runs
      stopwatch.maximumRuns = runs
    }
    let only = Set((options.values["--only"] ?? "").split(separator: ",").map(String.init))
    if let unknown = only.first(where: { !Measurements.names.contains($0) }) {
      throw BenchFiles.Failure(description: "unknown measurement \"\(unknown)\"")
    }
    let measurements = Measurements(
      directory: BoardDirectory(path: path), today: try options.today(), stopwatch: stopwatch,
      only: only)
    for result in try measurements.run() {
      print(
        "\(result.name)\t\(format(result.median))\t\(format(result.fastest))\t\(result.samples.count)"
      )
    }
  }

  static func format(_ milliseconds: Double) -> String {
    let hundredths = Int((milliseconds * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// `--name value` pairs.
  struct Options {
    var values: [String: String] = [:]

    init(_ tokens: [String]) throws(BenchFiles.Failure) {
      var index = 0
      while index < tokens.count {
        let name = tokens[index]
        guard name.hasPrefix("--"), index + 1 < tokens.count else {
          throw BenchFiles.Failure(description: "expected --option value, found \"\(name)\"")
        }
        values[name] = tokens[index + 1]
        index += 2
      }
    }

    func int(_ name: String) throws(BenchFiles.Failure) -> Int? {
      guard let text = values[name] else { return nil }
      guard let value = Int(text), value >= 0 else {
        throw BenchFiles.Failure(description: "\(name) expects a whole number, found \"\(text)\"")
      }
      return value
    }

    /// `--today`, or the system's date.
    func today() throws(BenchFiles.Failure) -> Day {
      if let text = values["--today"] {
        guard let day = Day(text) else {
          throw BenchFiles.Failure(description: "--today expects YYYY-MM-DD, found \"\(text)\"")
        }
        return day
      }
      var seconds = time(nil)
      var parts = tm()
      localtime_r(&seconds, &parts)
      return Day(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        ?? Day(serial: 0)
    }
  }
}
