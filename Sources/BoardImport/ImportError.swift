/// Why a document could not become a plan. The wording is fixed here.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Nothing but white space.
  case empty
  /// NUL bytes, invalid UTF-8 or control characters: not the text of a document.
  case binary(detail: String)
  /// The text holds no numbered task in a task part and no task table.
  case noTasks
  case invalidPlanID(String)

  /// English, for the command line.
  public var description: String {
    switch self {
    case .empty:
      return "the document is empty: nothing to import"
    case .binary(let detail):
      return "the document is not text (\(detail)); save it as plain UTF-8 text and try again"
    case .noTasks:
      return "no tasks found: the document has no numbered items under a task part "
        + "(重点任务, 主要任务, 工作措施, 保障措施, …) and no task table"
    case .invalidPlanID(let id):
      return "plan id \"\(id)\" must be ASCII letters, digits, '-', '_' or '.'"
    }
  }

  /// Chinese, for office staff.
  public var chineseDescription: String {
    switch self {
    case .empty:
      return "文档为空，没有可导入的内容"
    case .binary(let detail):
      return "文档不是文本（\(detail)），请另存为 UTF-8 纯文本后重试"
    case .noTasks:
      return "未找到任务：文档在任务部分（重点任务、主要任务、工作措施、保障措施等）下没有编号条目，也没有任务表"
    case .invalidPlanID(let id):
      return "方案编号“\(id)”只能包含字母、数字、“-”、“_”或“.”"
    }
  }
}
