/// What a top-level part of a plan holds, read from its heading.
enum PartKind: Hashable, Sendable {
  /// 重点任务, 主要任务, 工作措施, 工作任务: the key tasks.
  case keyTasks
  /// 保障措施, 组织保障: safeguard measures, whose ids start with `S`.
  case safeguards
  /// 指导思想, 工作目标, 总体要求 …: no tasks.
  case noTasks
  /// A heading none of the lists name.
  case unknown

  static let keyTaskKeywords = [
    "重点任务", "主要任务", "工作措施", "工作任务", "重点工作", "主要措施", "具体措施", "重点举措", "主要举措",
    "任务措施", "工作重点", "重点项目", "重点工程", "主要工作", "具体任务", "行动任务", "重点行动", "专项行动",
  ]
  static let safeguardKeywords = [
    "保障措施", "组织保障", "保障机制", "工作保障", "组织实施", "实施保障", "工作要求", "组织领导", "支撑保障",
  ]
  static let noTaskKeywords = [
    "指导思想", "工作目标", "发展目标", "总体要求", "基本原则", "主要目标", "总体目标", "目标任务", "工作原则",
    "总体思路", "适用范围", "政策依据", "编制依据", "背景", "现状", "形势", "发展基础", "实施步骤", "实施期限",
    "工作步骤", "时间安排", "进度安排", "职责分工", "附则", "其他", "有关要求", "名词解释", "术语",
  ]

  /// Every keyword, for finding a part heading that runs into its text.
  static let keywords: Set<String> = Set(keyTaskKeywords + safeguardKeywords + noTaskKeywords)

  /// The kind of a part heading (`三、重点任务`, `四、保障措施`), and the keyword it matched.
  static func of(heading: String) -> (PartKind, String?) {
    let text = String(heading.prefix(16))
    if let keyword = keyTaskKeywords.first(where: { text.contains($0) }) {
      return (.keyTasks, keyword)
    }
    if let keyword = safeguardKeywords.first(where: { text.contains($0) }) {
      return (.safeguards, keyword)
    }
    if let keyword = noTaskKeywords.first(where: { text.contains($0) }) {
      return (.noTasks, keyword)
    }
    return (.unknown, nil)
  }
}
