import BoardCore

/// Choosing a task's status from the four: arrows and Enter, or the digit of the status.
struct StatusPicker: Hashable, Sendable {
  let target: TaskKey
  var cursor: Int

  init(target: TaskKey, current: Status) {
    self.target = target
    cursor = Status.allCases.firstIndex(of: current) ?? 0
  }

  var chosen: Status { Status.allCases[cursor] }

  mutating func handle(_ key: Key) -> PanelOutcome {
    switch key {
    case .up, .character("k"): cursor = max(0, cursor - 1)
    case .down, .character("j"): cursor = min(Status.allCases.count - 1, cursor + 1)
    case .home: cursor = 0
    case .end: cursor = Status.allCases.count - 1
    case .enter: return .submit
    case .escape, .character("q"): return .cancel
    case .character(let character):
      if let digit = character.wholeNumberValue, (1...Status.allCases.count).contains(digit) {
        cursor = digit - 1
        return .submit
      }
    default: break
    }
    return .stay
  }
}
