import BoardCore

/// What the bottom line asks for while a step of the supervision cycle is typed.
enum StepPrompt {
  static func text(_ kind: TaskEvent.Kind, task: String, _ language: Language) -> String {
    switch kind {
    case .requestDone:
      return language.pick(
        "任务 \(task) 申请办结，写明完成情况：", "Request completion of task \(task), what was done: ")
    case .requestExtension:
      return language.pick(
        "任务 \(task) 申请延期：新期限 YYYY-MM-DD 和理由：",
        "Extension of task \(task): new deadline YYYY-MM-DD and reason: ")
    case .sendBack:
      return language.pick("退回任务 \(task) 的理由：", "Send task \(task) back, why: ")
    case .refuseExtension:
      return language.pick("不予延期任务 \(task) 的理由：", "Refuse the extension of task \(task), why: ")
    case .chase:
      return language.pick("催办任务 \(task)（催办内容，可空）：", "Chase task \(task) (message, may be empty): ")
    case .signOff, .approveExtension:
      return language.pick("任务 \(task) 审核意见：", "Remark on task \(task): ")
    }
  }
}
