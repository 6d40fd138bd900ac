/// The traffic light of a task or a plan: red when overdue, yellow when due soon or blocked.
public enum Light: String, Comparable, CaseIterable, Sendable {
  case green
  case yellow
  case red

  public static func < (lhs: Light, rhs: Light) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .green: return 0
    case .yellow: return 1
    case .red: return 2
    }
  }
}
