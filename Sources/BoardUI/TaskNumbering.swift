import BoardCore

/// The id a new task gets by default: the next free number in the numbering of the task it
/// is added after (2.3 -> 2.4 when free, S2 -> S3, 12 -> 13).
enum TaskNumbering {
  static func nextID(in plan: Plan, after task: PlanTask?) -> String {
    let base = task?.id ?? plan.tasks.last?.id ?? "0"
    let (prefix, _) = split(base)
    let taken = plan.tasks.compactMap { other -> Int? in
      let (otherPrefix, number) = split(other.id)
      return otherPrefix == prefix ? number : nil
    }
    var next = (taken.max() ?? 0) + 1
    let ids = Set(plan.tasks.map(\.id))
    while ids.contains(prefix + String(next)) { next += 1 }
    return prefix + String(next)
  }

  /// `2.3` -> (`2.`, 3); `S12` -> (`S`, 12); `abc` -> (`abc`, nil).
  static func split(_ id: String) -> (prefix: String, number: Int?) {
    let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, let number = Int(String(digits.reversed())) else { return (id, nil) }
    return (String(id.dropLast(digits.count)), number)
  }
}
