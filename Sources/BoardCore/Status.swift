/// Where a task stands. Overdue, due soon and unassigned are computed, never stored.
public enum Status: String, CaseIterable, Hashable, Sendable {
  case todo
  case doing
  case blocked
  case done

  /// The name office staff use: 未开始, 进行中, 受阻, 已完成.
  public var chineseName: String {
    switch self {
    case .todo: return "未开始"
    case .doing: return "进行中"
    case .blocked: return "受阻"
    case .done: return "已完成"
    }
  }

  public var englishName: String {
    switch self {
    case .todo: return "to do"
    case .doing: return "in progress"
    case .blocked: return "blocked"
    case .done: return "done"
    }
  }

  /// Accepts the file code (`doing`) or the Chinese name (`进行中`).
  public init?(code: String) {
    if let status = Status(rawValue: code) {
      self = status
    } else if let status = Status.allCases.first(where: { $0.chineseName == code }) {
      self = status
    } else {
      return nil
    }
  }
}
