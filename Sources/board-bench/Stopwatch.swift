/// Times a piece of work several times and keeps every sample, so the report can give the
/// median (robust against a busy neighbour on a shared machine) and the fastest run.
struct Stopwatch {
  /// At least this many runs...
  var minimumRuns = 3
  /// ...and more until this many seconds have passed or `maximumRuns` is reached.
  var budgetSeconds = 1.0
  var maximumRuns = 50

  struct Result {
    var name: String
    /// Milliseconds, one per run.
    var samples: [Double]

    var median: Double {
      let sorted = samples.sorted()
      guard !sorted.isEmpty else { return 0 }
      let middle = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var fastest: Double { samples.min() ?? 0 }
  }

  func measure(_ name: String, _ work: () throws -> Void) rethrows -> Result {
    let clock = ContinuousClock()
    var samples: [Double] = []
    var spent = 0.0
    while samples.count < minimumRuns
      || (spent < budgetSeconds * 1000 && samples.count < maximumRuns)
    {
      let duration = try clock.measure(work)
      let milliseconds =
        Double(duration.components.seconds) * 1000
        + Double(duration.components.attoseconds) / 1e15
      samples.append(milliseconds)
      spent += milliseconds
    }
    return Result(name: name, samples: samples)
  }
}
