import BoardCore

/// The `f` menu: one line per filter (status, lead unit, plan, light); Up/Down choose the
/// line, Left/Right its value, Backspace clears it, Enter applies, Esc leaves the filter as
/// it was.
struct FilterMenu: Hashable, Sendable {
  enum Line: Int, CaseIterable, Sendable {
    case status, lead, plan, light
  }

  var draft: TaskFilter
  var line = 0
  /// The lead units and plans to choose from.
  let leads: [String]
  let plans: [String]

  init(_ filter: TaskFilter, leads: [String], plans: [String]) {
    draft = filter
    self.leads = leads
    self.plans = plans
  }

  mutating func handle(_ key: Key) -> PanelOutcome {
    switch key {
    case .enter: return .submit
    case .escape, .character("q"): return .cancel
    case .up, .character("k"): line = max(0, line - 1)
    case .down, .character("j"), .tab: line = min(Line.allCases.count - 1, line + 1)
    case .right, .character("l"), .character(" "): step(1)
    case .left, .character("h"): step(-1)
    case .backspace, .delete, .character("0"): clear()
    default: break
    }
    return .stay
  }

  /// Moves the current line's value to the next (or previous) choice; nil (all) is the
  /// first choice.
  private mutating func step(_ by: Int) {
    func next<T: Equatable>(_ value: T?, in all: [T]) -> T? {
      let choices: [T?] = [nil] + all.map { Optional($0) }
      let index = choices.firstIndex { $0 == value } ?? 0
      return choices[(index + by + choices.count) % choices.count]
    }
    switch Line(rawValue: line) {
    case .status: draft.status = next(draft.status, in: Status.allCases)
    case .lead: draft.lead = next(draft.lead, in: leads)
    case .plan: draft.plan = next(draft.plan, in: plans)
    case .light: draft.light = next(draft.light, in: [Light.red, .yellow, .green])
    case nil: break
    }
  }

  private mutating func clear() {
    switch Line(rawValue: line) {
    case .status: draft.status = nil
    case .lead: draft.lead = nil
    case .plan: draft.plan = nil
    case .light: draft.light = nil
    case nil: break
    }
  }
}
