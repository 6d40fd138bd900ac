extension Plan {
  /// The id a new task gets when the office gives none: the next free number in the plan's
  /// own numbering.
  ///
  /// - In a section whose tasks are numbered `2.1`, `2.2`: `2.3`.
  /// - Among safeguard measures (`S1`…`S4`, or `S19`…): the next `S` number.
  /// - Where numbering runs through the plan (`1`…`13`), or with no section given: the next
  ///   whole number (`2.x` plans: the next section, `5.1`).
  public func nextTaskID(section: String? = nil) -> String {
    let peers = section.map { name in tasks.filter { $0.section == name } } ?? []
    let candidate: String
    if let first = peers.first, first.id.hasPrefix("S") {
      candidate =
        "S" + String(Plan.highest(tasks.compactMap { Plan.number($0.id.dropFirst()) }) + 1)
    } else if let first = peers.first, let dot = first.id.lastIndex(of: ".") {
      let prefix = first.id[..<dot]
      let numbers = peers.compactMap { task -> Int? in
        guard let dot = task.id.lastIndex(of: "."), task.id[..<dot] == prefix else { return nil }
        return Plan.number(task.id[task.id.index(after: dot)...])
      }
      candidate = prefix + "." + String(Plan.highest(numbers) + 1)
    } else {
      let keyTasks = tasks.filter { !$0.id.hasPrefix("S") }
      let whole = keyTasks.compactMap { Plan.number($0.id[...]) }
      let majors = keyTasks.compactMap { task -> Int? in
        guard let dot = task.id.firstIndex(of: ".") else { return nil }
        return Plan.number(task.id[..<dot])
      }
      if majors.count > whole.count {
        candidate = String(Plan.highest(majors) + 1) + ".1"
      } else {
        candidate = String(Plan.highest(whole) + 1)
      }
    }
    var id = candidate
    var extra = 2
    while task(id: id) != nil {
      id = candidate + "-" + String(extra)
      extra += 1
    }
    return id
  }

  /// A document's own number (at most nine digits, so the next one is always a number too).
  private static func number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return nil }
    return Int(text)
  }

  private static func highest(_ numbers: [Int]) -> Int {
    numbers.max() ?? 0
  }
}
