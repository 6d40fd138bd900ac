import BoardCore

/// Choosing a task's lead or cooperating units among the roster units of the plan's
/// jurisdiction: typing narrows the list, Space ticks or unticks, Enter saves the ticked
/// units in the order they were ticked.
struct UnitPicker: Hashable, Sendable {
  enum Role: Hashable, Sendable {
    case lead
    case coop
  }

  struct Choice: Hashable, Sendable {
    var id: String
    var name: String
    var searchable: [String]
  }

  let target: TaskKey
  let role: Role
  let choices: [Choice]
  /// Ticked unit ids, in order.
  private(set) var chosen: [String]
  private(set) var filter = LineEditor()
  /// Indexes into `choices` that match the filter.
  private(set) var shown: [Int]
  private(set) var cursor = 0
  private(set) var top = 0

  init(target: TaskKey, role: Role, units: [Unit], chosen: [String]) {
    self.target = target
    self.role = role
    choices = units.map {
      Choice(id: $0.id, name: $0.name, searchable: [$0.name, $0.id] + $0.aliases)
    }
    self.chosen = chosen
    shown = Array(choices.indices)
  }

  func isChosen(_ choice: Choice) -> Bool { chosen.contains(choice.id) }

  mutating func handle(_ key: Key, visible: Int) -> PanelOutcome {
    switch key {
    case .enter: return .submit
    case .escape: return .cancel
    case .up: cursor = max(0, cursor - 1)
    case .down: cursor = min(max(0, shown.count - 1), cursor + 1)
    case .pageUp: cursor = max(0, cursor - visible)
    case .pageDown: cursor = min(max(0, shown.count - 1), cursor + visible)
    case .character(" "), .tab: toggle()
    default:
      guard filter.handle(key) else { return .stay }
      let query = TextSearch(filter.text)
      shown = choices.indices.filter { query.matches(choices[$0].searchable) }
      cursor = 0
      top = 0
    }
    if cursor < top { top = cursor }
    if cursor >= top + max(1, visible) { top = cursor - max(1, visible) + 1 }
    return .stay
  }

  private mutating func toggle() {
    guard cursor < shown.count else { return }
    let id = choices[shown[cursor]].id
    if let index = chosen.firstIndex(of: id) {
      chosen.remove(at: index)
    } else {
      chosen.append(id)
    }
  }
}
