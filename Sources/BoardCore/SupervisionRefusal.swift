/// Why a step of the supervision cycle was refused. Each case names the rule.
public enum SupervisionRefusal: Hashable, Sendable {
  /// Only a task's lead units request completion or an extension (a cooperating unit only
  /// writes notes; the office decides).
  case leadOnly(unit: String, task: String, kind: TaskEvent.Kind)
  /// A lead unit cannot set 已完成 itself: it requests completion.
  case doneNeedsSignoff(unit: String, task: String)
  /// Nobody decides on a request they made.
  case ownRequest(unit: String, task: String, kind: TaskEvent.Kind)
  /// There is no pending request for this decision.
  case nothingPending(task: String, kind: TaskEvent.Kind)
  /// A request of this kind is already pending.
  case alreadyPending(task: String, kind: TaskEvent.Kind)
  /// The task is done: nothing to request, decide or chase.
  case taskDone(task: String)
  /// An extension is asked for before the deadline passes, not after.
  case deadlinePassed(task: String, due: Day)
  /// An ongoing task (长期) has no deadline to extend.
  case noDeadline(task: String)
  /// The new deadline must be later than the current one.
  case notLater(task: String, due: Day, asked: Day)
  /// A completion note or a reason is needed.
  case emptyText(kind: TaskEvent.Kind)

  public var text: Localized {
    switch self {
    case .leadOnly(let unit, let task, let kind):
      return Localized(
        "\(unit)不是任务 \(task) 的牵头单位：只有牵头单位可以\(kind.chineseName)（配合单位只能添加进度反馈）",
        "\(unit) is not a lead unit of task \(task): only lead units may request "
          + (kind == .requestDone ? "completion" : "an extension")
          + " (cooperating units may only add notes)")
    case .doneNeedsSignoff(let unit, let task):
      return Localized(
        "\(unit)不能直接将任务 \(task) 设为已完成：办结须经办公室审核，请申请办结"
          + "（board request-done 方案 \(task) 办结说明）",
        "\(unit) may not set task \(task) to done itself: the office signs completion off; "
          + "request it (board request-done PLAN \(task) NOTE)")
    case .ownRequest(let unit, let task, let kind):
      return Localized(
        "\(unit)不能审批自己提出的申请（任务 \(task)，\(kind.chineseName)）",
        "\(unit) may not decide on its own request (task \(task), \(kind.englishName))")
    case .nothingPending(let task, let kind):
      let request =
        kind == .requestDone ? ("办结申请", "completion request") : ("延期申请", "extension request")
      return Localized(
        "任务 \(task) 没有待审核的\(request.0)"
          + (kind == .requestDone ? "（办公室可直接设为已完成：board set --status done）" : ""),
        "task \(task) has no pending \(request.1)"
          + (kind == .requestDone
            ? " (the office may close it directly: board set --status done)" : ""))
    case .alreadyPending(let task, let kind):
      return Localized(
        "任务 \(task) 已有待审核的\(kind.chineseName)",
        "task \(task) already has a pending \(kind.englishName.replacingRequested())")
    case .taskDone(let task):
      return Localized("任务 \(task) 已完成", "task \(task) is done")
    case .deadlinePassed(let task, let due):
      return Localized(
        "任务 \(task) 的期限 \(due) 已过：延期须在期限届满前申请",
        "task \(task)'s deadline \(due) has passed: an extension is requested before it")
    case .noDeadline(let task):
      return Localized(
        "任务 \(task) 为长期任务，没有可延长的期限", "task \(task) is ongoing: it has no deadline to extend")
    case .notLater(let task, let due, let asked):
      return Localized(
        "新期限 \(asked) 须晚于任务 \(task) 现在的期限 \(due)",
        "the new deadline \(asked) must be later than task \(task)'s deadline \(due)")
    case .emptyText(let kind):
      return kind == .requestDone
        ? Localized("申请办结须说明完成情况", "a completion request needs a note saying what was done")
        : Localized(
          "\(kind.chineseName)须说明理由", "\(kind.englishName.capitalizedFirst()) needs a reason")
    }
  }

  /// Empty texts are mistakes in what was typed; the rest are rules refusing the step.
  public var kind: ErrorKind {
    switch self {
    case .emptyText, .notLater: return .data
    default: return .refused
    }
  }
}

extension String {
  fileprivate func replacingRequested() -> String {
    hasSuffix(" requested") ? String(dropLast(" requested".count)) + " request" : self
  }

  fileprivate func capitalizedFirst() -> String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
