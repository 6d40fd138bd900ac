/// The traffic light of a task or a plan (`Rules.light(of:)`, the one rule): red when
/// overdue or red-chased; yellow when due soon, report missing, blocked, awaiting sign-off
/// or without a lead unit; green otherwise. A plan's light is its worst task's.
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

  /// The rule in words, for legends and reports.
  public static let rule = Localized(
    "红：逾期或红色催办；黄：即将到期、未按期反馈、受阻、待审核或未分配牵头单位；绿：其余（按计划推进或已完成）。方案取其最差任务的灯。",
    "red: overdue or red-chased; yellow: due soon, report missing, blocked, awaiting sign-off "
      + "or no lead unit; green: the rest (on track or done). A plan takes its worst task's light.")
}
