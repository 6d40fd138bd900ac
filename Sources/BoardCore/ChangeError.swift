/// Why a change was refused. Each case names the rule that refused it.
public enum ChangeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No identity: the user could not be matched to a unit of the roster.
  case readOnly
  /// Only a task's lead units may change its status.
  case notLeadUnit(unit: String, task: String)
  /// Only a task's lead and cooperating units may add notes.
  case notInvolved(unit: String, task: String)
  /// Only the office may do this (assign units, set deadlines, edit or add or remove tasks).
  case officeOnly(unit: String, action: String)
  case noSuchTask(plan: String, task: String)
  case taskExists(plan: String, task: String)
  /// A unit assigned to a plan must belong to the plan's jurisdiction.
  case unitOutsideJurisdiction(unit: String, region: String)
  case unknownUnit(String)
  case emptyNote
  case emptyTitle
  case invalidTaskID(String)
  /// A step of the supervision cycle that its rules refuse.
  case supervision(SupervisionRefusal)
  case noSuchIndicator(plan: String, indicator: String)
  /// Only the office and an indicator's responsible units may report its actual values.
  case notResponsibleUnit(unit: String, indicator: String)
  /// An actual value the indicator's measure does not read (`Indicator.actualValue`).
  case invalidActual(value: String, indicator: String, expected: Localized)
  /// A year the indicator has no target for and the plan does not cover, or one not begun.
  case invalidIndicatorYear(indicator: String, year: Int, years: [Int])
  /// A change made on the understanding that a field still had a value (an undo), when
  /// someone has changed it since.
  case changedSince(task: String, field: String, now: String)

  /// English, for the command line.
  public var description: String {
    switch self {
    case .readOnly:
      return
        "read-only: you are not a unit of the roster (use --unit ID or add a Login to the roster)"
    case .notLeadUnit(let unit, let task):
      return "\(unit) is not a lead unit of task \(task): only lead units may change its status"
    case .notInvolved(let unit, let task):
      return "\(unit) neither leads nor cooperates on task \(task): only they may add notes to it"
    case .officeOnly(let unit, let action):
      return "\(unit) may not \(action): only the office may"
    case .noSuchTask(let plan, let task):
      return "no task \(task) in plan \(plan)"
    case .taskExists(let plan, let task):
      return "plan \(plan) already has a task \(task)"
    case .unitOutsideJurisdiction(let unit, let region):
      return "\(unit) is not a unit of \(region.isEmpty ? "this plan's jurisdiction" : region)"
    case .unknownUnit(let unit):
      return "no unit \(unit) in the roster"
    case .emptyNote:
      return "a note needs some text"
    case .emptyTitle:
      return "a task needs a title"
    case .invalidTaskID(let id):
      return "task id \"\(id)\" must be ASCII letters, digits, '.', '-' or '_'"
    case .supervision(let refusal):
      return refusal.text.en
    case .noSuchIndicator(let plan, let indicator):
      return "no indicator \(indicator) in plan \(plan)"
    case .notResponsibleUnit(let unit, let indicator):
      return
        "\(unit) is not a responsible unit of indicator \(indicator): only they and the office "
        + "may report its values"
    case .invalidActual(let value, let indicator, let expected):
      return "\"\(value)\" is no value for indicator \(indicator): expected \(expected.en)"
    case .invalidIndicatorYear(let indicator, let year, let years):
      let years = years.isEmpty ? "none" : years.map(String.init).joined(separator: ", ")
      return "indicator \(indicator) has no year \(year) to report: expected one of \(years)"
    case .changedSince(let task, let field, let now):
      return
        "someone changed the \(field) of task \(task) since, to \"\(now)\": nothing was changed"
    }
  }

  /// Chinese, for the board's status line.
  public var chineseDescription: String {
    switch self {
    case .readOnly:
      return "只读：当前用户不是名册中的单位"
    case .notLeadUnit(let unit, let task):
      return "\(unit)不是任务 \(task) 的牵头单位：只有牵头单位可以修改状态"
    case .notInvolved(let unit, let task):
      return "\(unit)不是任务 \(task) 的牵头或配合单位：不能添加进度反馈"
    case .officeOnly(let unit, let action):
      return "\(unit)无权\(ChangeError.chineseAction(action))：仅联席会议办公室可以操作"
    case .noSuchTask(let plan, let task):
      return "方案 \(plan) 中没有任务 \(task)"
    case .taskExists(let plan, let task):
      return "方案 \(plan) 中已有任务 \(task)"
    case .unitOutsideJurisdiction(let unit, let region):
      return "\(unit)不属于\(region.isEmpty ? "本方案的辖区" : region)"
    case .unknownUnit(let unit):
      return "名册中没有单位 \(unit)"
    case .emptyNote:
      return "进度反馈不能为空"
    case .emptyTitle:
      return "任务名称不能为空"
    case .invalidTaskID(let id):
      return "任务编号“\(id)”只能包含字母、数字、“.”、“-”或“_”"
    case .supervision(let refusal):
      return refusal.text.zh
    case .noSuchIndicator(let plan, let indicator):
      return "方案 \(plan) 中没有指标 \(indicator)"
    case .notResponsibleUnit(let unit, let indicator):
      return "\(unit)不是指标 \(indicator) 的责任单位：只有责任单位和联席会议办公室可以报送实际值"
    case .invalidActual(let value, let indicator, let expected):
      return "“\(value)”不能作为指标 \(indicator) 的实际值：应为\(expected.zh)"
    case .invalidIndicatorYear(let indicator, let year, let years):
      let years = years.isEmpty ? "无" : years.map(String.init).joined(separator: "、")
      return "指标 \(indicator) 没有 \(year) 年可报送：应为 \(years) 之一"
    case .changedSince(let task, let field, let now):
      return "任务 \(task) 的\(FieldChange.name(of: field).zh)已被他人改为“\(now)”：未做任何修改"
    }
  }

  private static func chineseAction(_ action: String) -> String {
    switch action {
    case "assign units": return "分配单位"
    case "change deadlines": return "修改期限"
    case "edit tasks": return "编辑任务"
    case "add tasks": return "添加任务"
    case "remove tasks": return "删除任务"
    case "change status": return "修改状态"
    case "manage plans and units": return "管理方案和单位"
    case "sign off tasks": return "审核办结"
    case "send tasks back": return "退回任务"
    case "decide on extensions": return "审批延期"
    case "chase units": return "催办"
    default: return action
    }
  }
}
