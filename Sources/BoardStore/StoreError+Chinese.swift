import BoardCore

extension StoreError: BoardError {
  /// Chinese, shown by default. File problems are `FILE:LINE: message` in either language.
  public var chineseDescription: String {
    switch self {
    case .problems(let problems):
      return problems.map(\.chineseDescription).joined(separator: "\n")
    case .io(let path, let operation, let message):
      let what = "\(path)：无法\(StoreError.chineseOperation(operation))"
      return message.isEmpty ? what : what + "：\(message)"
    case .notRegularFile(let path, let kind):
      return "\(path)：是 \(kind)，不是普通文件；看板只读写其目录中的普通文件"
    case .logNotWhole(let path, let line):
      return "\(path):\(line)：日志末尾不是完整的记录（末尾应有换行）；未做任何修改；请修好最后一条记录后重试"
    case .lockTimeout(let path, let seconds, let holder):
      let who = holder.map { "（由 \($0) 锁定）" } ?? ""
      return "\(path)：看板已被锁定超过 \(Int(seconds)) 秒\(who)；未做任何修改，请稍后重试"
    case .noBoard(let path):
      return
        "\(path)：不是看板目录（没有 \(RosterFile.fileName)）；请用 board init 新建，或用 --boards DIR 或设置 BOARD_DIR"
    case .noSuchPlan(let id):
      return "看板上没有方案“\(id)”"
    case .planExists(let id):
      return "方案“\(id)”已存在"
    case .unitExists(let id):
      return "单位“\(id)”已存在"
    case .unitNameExists(let name, let region, let id):
      let place = region.isEmpty ? "未注明辖区的单位中" : region
      return "\(place)已有名为“\(name)”的单位（\(id)）"
    case .invalidUnitID(let id):
      return "单位编号“\(id)”只能包含字母、数字、“-”、“_”或“.”"
    case .invalidUnitName(let name):
      return "单位名称“\(name)”为空；单位需要名称"
    case .invalidPlanID(let id):
      return "方案编号“\(id)”只能包含字母、数字、“-”、“_”或“.”，且不能是 roster 或 log"
    case .refused(let error):
      return error.chineseDescription
    case .boardExists(let path):
      return "\(path)：此处已有看板（\(RosterFile.fileName) 或方案文件）；未做任何修改"
    case .noSuchUnit(let id):
      return "名册中没有单位“\(id)”（见 board units）"
    case .unitInUse(let id, let uses, let action):
      let shown = uses.prefix(8).joined(separator: "、") + (uses.count > 8 ? "……" : "")
      return "无法\(StoreError.chineseUnitAction(action))单位 \(id)：有 \(uses.count) 项任务用到它（\(shown)）；"
        + "请先为其分配其他单位，或使用 board unit merge"
    case .invalidEdit(let why):
      return why.zh
    }
  }

  public var kind: ErrorKind {
    switch self {
    case .refused(let error): return error.kind
    case .problems, .io, .lockTimeout, .noBoard, .noSuchPlan, .planExists, .unitExists,
      .unitNameExists, .invalidUnitID, .invalidUnitName, .invalidPlanID, .boardExists,
      .noSuchUnit, .unitInUse, .invalidEdit, .notRegularFile, .logNotWhole:
      return .data
    }
  }

  private static func chineseUnitAction(_ action: String) -> String {
    switch action {
    case "remove": return "删除"
    case "move": return "移动"
    default: return action
    }
  }

  private static func chineseOperation(_ operation: String) -> String {
    switch operation {
    case "open": return "打开"
    case "read": return "读取"
    case "write": return "写入"
    case "create": return "创建"
    case "create directory": return "创建目录"
    case "open directory": return "打开目录"
    case "open lock": return "打开锁文件"
    case "lock": return "加锁"
    case "fsync": return "同步到磁盘"
    case "rename": return "重命名"
    case "stat": return "查看"
    case "truncate": return "截断"
    case "chmod": return "修改权限"
    default: return operation
    }
  }
}
