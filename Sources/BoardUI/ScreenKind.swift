/// The screens of the board. The first six are views that Tab cycles through; the others
/// are opened from them.
enum ScreenKind: Hashable, Sendable {
  /// 我的任务: the tasks the acting unit leads or cooperates on.
  case mine
  /// 方案: every plan with its counts and light.
  case plans
  /// 逾期, 未分配, 即将到期: tasks across all plans.
  case overdue
  case unassigned
  case dueSoon
  /// 待审核, 延期申请, 未按期反馈: the supervision cycle's triage views across all plans.
  case awaiting
  case extensions
  case reportMissing
  /// 单位: every unit with its counts.
  case units
  /// 任务: the tasks of one plan.
  case tasks(plan: String)
  /// The tasks one unit leads or cooperates on.
  case unitTasks(unit: String)
  /// 详情: one task in full.
  case detail(TaskKey)
  /// 指标: the indicators of one plan (its id), or of every plan (nil), a row per year.
  case indicators(plan: String?)

  /// The views Tab cycles through; a unit starts on its own tasks.
  static func views(forUnit isUnit: Bool) -> [ScreenKind] {
    (isUnit ? [.mine] : []) + [
      .plans, .overdue, .unassigned, .dueSoon, .awaiting, .extensions, .reportMissing, .units,
    ]
  }

  /// Whether the rows are tasks (rather than plans, units or one task's detail).
  var listsTasks: Bool {
    switch self {
    case .mine, .overdue, .unassigned, .dueSoon, .awaiting, .extensions, .reportMissing, .tasks,
      .unitTasks:
      return true
    case .plans, .units, .detail, .indicators: return false
    }
  }

  /// Whether rows come from several plans, so they show which plan.
  var spansPlans: Bool {
    switch self {
    case .mine, .overdue, .unassigned, .dueSoon, .awaiting, .extensions, .reportMissing,
      .unitTasks:
      return true
    default: return false
    }
  }

  func name(_ language: Language) -> String {
    switch self {
    case .mine: return language.pick("我的任务", "My tasks")
    case .plans: return language.pick("方案", "Plans")
    case .overdue: return language.pick("逾期", "Overdue")
    case .unassigned: return language.pick("未分配", "Unassigned")
    case .dueSoon: return language.pick("即将到期", "Due soon")
    case .awaiting: return language.pick("待审核", "Sign-off")
    case .extensions: return language.pick("延期申请", "Extensions")
    case .reportMissing: return language.pick("未按期反馈", "No report")
    case .units: return language.pick("单位", "Units")
    case .tasks: return language.pick("任务", "Tasks")
    case .unitTasks: return language.pick("单位任务", "Unit's tasks")
    case .detail: return language.pick("详情", "Task")
    case .indicators: return language.pick("指标", "Indicators")
    }
  }

  var isIndicators: Bool {
    if case .indicators = self { return true }
    return false
  }
}
