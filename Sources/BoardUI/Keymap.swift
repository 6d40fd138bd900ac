/// The keys of the board and what they do: one table, from which the help screen (`?`) and
/// the hint line are generated (as tig does with its request table and `tigrc`).
public enum Keymap {
  /// One action with its keys and help text.
  public struct Binding: Sendable {
    public enum Group: Sendable, CaseIterable {
      case move
      case views
      case edit
    }

    public var action: Action
    public var keys: [Key]
    /// The keys as the help screen names them.
    public var keyNames: String
    public var group: Group
    public var chinese: String
    public var english: String

    public func help(_ language: Language) -> String { language.pick(chinese, english) }
  }

  public static let bindings: [Binding] = [
    Binding(
      action: .moveUp, keys: [.up, .character("k"), .wheelUp], keyNames: "Up k",
      group: .move, chinese: "上移一行", english: "move up"),
    Binding(
      action: .moveDown, keys: [.down, .character("j"), .wheelDown], keyNames: "Down j",
      group: .move, chinese: "下移一行", english: "move down"),
    Binding(
      action: .pageUp, keys: [.pageUp, .control("b")], keyNames: "PgUp", group: .move,
      chinese: "上翻一页", english: "page up"),
    Binding(
      action: .pageDown, keys: [.pageDown, .control("f"), .character(" ")],
      keyNames: "PgDn Space", group: .move, chinese: "下翻一页", english: "page down"),
    Binding(
      action: .first, keys: [.home, .character("g")], keyNames: "Home g", group: .move,
      chinese: "第一行", english: "first row"),
    Binding(
      action: .last, keys: [.end, .character("G")], keyNames: "End G", group: .move,
      chinese: "最后一行", english: "last row"),
    Binding(
      action: .open, keys: [.enter, .right, .character("l")], keyNames: "Enter Right l",
      group: .move,
      chinese: "打开：方案的任务、任务详情、单位的任务", english: "open: a plan's tasks, a task, a unit's tasks"),
    Binding(
      action: .back, keys: [.escape, .left, .character("h")], keyNames: "Esc Left h", group: .move,
      chinese: "返回上一屏（先清除搜索）", english: "back (clears a search first)"),
    Binding(
      action: .quit, keys: [.character("q")], keyNames: "q", group: .move,
      chinese: "返回；在首屏退出", english: "back; quit on the top screen"),
    Binding(
      action: .nextView, keys: [.tab], keyNames: "Tab", group: .views,
      chinese: "切换视图：我的任务、方案、逾期、未分配、即将到期、单位",
      english: "next view: my tasks, plans, overdue, unassigned, due soon, units"),
    Binding(
      action: .previousView, keys: [.backTab], keyNames: "Shift-Tab", group: .views,
      chinese: "上一个视图", english: "previous view"),
    Binding(
      action: .search, keys: [.character("/")], keyNames: "/", group: .views,
      chinese: "搜索：任务名称、内容、单位名称（边输入边筛选）",
      english: "search titles, texts and unit names as you type"),
    Binding(
      action: .help, keys: [.character("?")], keyNames: "?", group: .views,
      chinese: "帮助：列出所有按键", english: "help: every key"),
    Binding(
      action: .setStatus, keys: [.character("s")], keyNames: "s", group: .edit,
      chinese: "修改状态", english: "set the status"),
    Binding(
      action: .assignLead, keys: [.character("a")], keyNames: "a", group: .edit,
      chinese: "分配牵头单位（办公室）", english: "assign lead units (office)"),
    Binding(
      action: .assignCoop, keys: [.character("c")], keyNames: "c", group: .edit,
      chinese: "分配配合单位（办公室）", english: "assign cooperating units (office)"),
    Binding(
      action: .addNote, keys: [.character("n")], keyNames: "n", group: .edit,
      chinese: "添加进度反馈", english: "add a progress note"),
    Binding(
      action: .setDeadline, keys: [.character("d")], keyNames: "d", group: .edit,
      chinese: "修改期限：YYYY-MM-DD 或 长期（办公室）",
      english: "set the deadline: YYYY-MM-DD or ongoing (office)"),
    Binding(
      action: .addTask, keys: [.character("+")], keyNames: "+", group: .edit,
      chinese: "在当前方案中新增任务（办公室）", english: "add a task to the open plan (office)"),
    Binding(
      action: .editTask, keys: [.character("e")], keyNames: "e", group: .edit,
      chinese: "编辑任务名称、章节和内容（办公室）", english: "edit title, section and text (office)"),
    Binding(
      action: .redraw, keys: [.control("l")], keyNames: "Ctrl-L", group: .views,
      chinese: "重画屏幕", english: "redraw the screen"),
    Binding(
      action: .quitNow, keys: [.control("c")], keyNames: "Ctrl-C", group: .views,
      chinese: "立即退出", english: "quit at once"),
  ]

  private static let actionByKey: [Key: Action] = {
    var table: [Key: Action] = [:]
    for binding in bindings {
      for key in binding.keys where table[key] == nil { table[key] = binding.action }
    }
    return table
  }()

  public static func action(for key: Key) -> Action? { actionByKey[key] }

  public static func binding(for action: Action) -> Binding? {
    bindings.first { $0.action == action }
  }

  /// The short hint line at the bottom of browsing screens.
  static func hints(_ language: Language, canEdit: Bool) -> String {
    var parts = [
      language.pick("Enter 打开", "Enter open"), language.pick("Esc 返回", "Esc back"),
      language.pick("Tab 视图", "Tab views"), language.pick("/ 搜索", "/ search"),
    ]
    if canEdit {
      parts += [language.pick("s 状态", "s status"), language.pick("n 反馈", "n note")]
    }
    parts += [language.pick("? 帮助", "? help"), language.pick("q 退出", "q quit")]
    return parts.joined(separator: "  ")
  }
}
