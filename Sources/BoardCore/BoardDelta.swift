/// What changed on a board since it was read: the plan files read again, the plan files gone,
/// the roster read again, or (when the roster changed how names resolve) the whole board.
public struct BoardDelta: Sendable {
  /// Plans whose files changed or appeared, as read now.
  public var plans: [Plan] = []
  /// Ids of plans whose files are gone.
  public var removed: [String] = []
  /// The roster and settings, when the roster file changed.
  public var roster: Roster?
  public var settings: BoardSettings?
  /// The whole board, read again: a new roster resolves some unit name differently, so every
  /// plan had to be decoded again.
  public var board: Board?
  /// The files read to make this delta, for the benchmarks and the tests that count them.
  public var filesRead: [String] = []

  public init(
    plans: [Plan] = [], removed: [String] = [], roster: Roster? = nil,
    settings: BoardSettings? = nil, board: Board? = nil, filesRead: [String] = []
  ) {
    self.plans = plans
    self.removed = removed
    self.roster = roster
    self.settings = settings
    self.board = board
    self.filesRead = filesRead
  }

  public var isEmpty: Bool {
    plans.isEmpty && removed.isEmpty && roster == nil && settings == nil && board == nil
  }
}

extension Board {
  /// The board with `delta` applied. Plans stay in file-name order (`ID.rec`), as a load
  /// gives them.
  ///
  /// - Returns: the indexes of the plans replaced in place, or nil when plans came or went
  ///   (every index after them moved) or the whole board was replaced.
  @discardableResult
  public mutating func apply(_ delta: BoardDelta) -> [Int]? {
    if let board = delta.board {
      self = board
      return nil
    }
    if let roster = delta.roster { self.roster = roster }
    if let settings = delta.settings { self.settings = settings }
    var replaced: [Int] = []
    var moved = false
    if !delta.removed.isEmpty {
      let gone = Set(delta.removed)
      let count = plans.count
      plans.removeAll { gone.contains($0.id) }
      moved = plans.count != count
    }
    for plan in delta.plans {
      if let index = plans.firstIndex(where: { $0.id == plan.id }) {
        plans[index] = plan
        replaced.append(index)
      } else {
        let name = plan.id + ".rec"
        let index = plans.firstIndex { name < $0.id + ".rec" } ?? plans.count
        plans.insert(plan, at: index)
        moved = true
      }
    }
    return moved ? nil : replaced
  }
}
