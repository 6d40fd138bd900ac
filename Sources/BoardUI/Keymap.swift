import BoardCore

/// The keys of the board and what they do: one table, from which the help screen (`?`) and
/// the hint line are generated (as tig does with its request table and `tigrc`).
public enum Keymap {
  /// One action with its keys and help text.
  public struct Binding: Sendable {
    public enum Group: Sendable, CaseIterable {
      case move
      case views
      case edit
      /// The supervision cycle (督办).
      case supervision
      /// Keys inside a text field (notes, searches, forms): listed, handled by `LineEditor`.
      case editor
    }

    /// nil for keys the help lists but a field or the mouse handles (no browsing action).
    public var action: Action?
    public var keys: [Key]
    /// The keys as the help screen names them; the first is the one the hint line shows.
    public var keyNames: String
    public var group: Group
    public var chinese: String
    public var english: String
    /// The word on the hint line at the bottom of browsing screens (Chinese, English); nil
    /// keeps the binding off it.
    public var hint: (String, String)?
    /// Whether the hint is shown only to a session that can change something.
    public var hintNeedsEdit = false
    /// The role whose hint line shows it (a lead unit's request, the office's sign-off);
    /// nil: every session's.
    public var hintRole: Unit.Role?

    public init(
      action: Action?, keys: [Key], keyNames: String, group: Group, chinese: String,
      english: String, hint: (String, String)? = nil, hintNeedsEdit: Bool = false,
      hintRole: Unit.Role? = nil
    ) {
      self.action = action
      self.keys = keys
      self.keyNames = keyNames
      self.group = group
      self.chinese = chinese
      self.english = english
      self.hint = hint
      self.hintNeedsEdit = hintNeedsEdit
      self.hintRole = hintRole
    }

    public func help(_ language: Language) -> String { language.pick(chinese, english) }

    /// The key the hint line names: the first of `keyNames`.
    var hintKey: String { String(keyNames.split(separator: " ").first ?? "") }
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
      chinese: "打开：方案的任务、任务详情、单位的任务", english: "open: a plan's tasks, a task, a unit's tasks",
      hint: ("打开", "open")),
    Binding(
      action: .back, keys: [.escape, .left, .character("h")], keyNames: "Esc Left h", group: .move,
      chinese: "返回上一屏（先清除搜索）", english: "back (clears a search first)", hint: ("返回", "back")),
    Binding(
      action: .quit, keys: [.character("q")], keyNames: "q", group: .move,
      chinese: "返回；在首屏退出", english: "back; quit on the top screen", hint: ("退出", "quit")),
    Binding(
      action: .nextView, keys: [.tab], keyNames: "Tab", group: .views,
      chinese: "切换视图：我的任务、方案、逾期、未分配、即将到期、待审核、延期申请、未按期反馈、单位",
      english:
        "next view: my tasks, plans, overdue, unassigned, due soon, awaiting sign-off, extension requests, report missing, units",
      hint: ("视图", "views")),
    Binding(
      action: .previousView, keys: [.backTab], keyNames: "Shift-Tab", group: .views,
      chinese: "上一个视图", english: "previous view"),
    Binding(
      action: .search, keys: [.character("/")], keyNames: "/", group: .views,
      chinese: "搜索：任务名称、内容、单位名称（边输入边筛选）",
      english: "search titles, texts and unit names as you type", hint: ("搜索", "search")),
    Binding(
      action: .filter, keys: [.character("f")], keyNames: "f", group: .views,
      chinese: "筛选任务：状态、牵头单位、方案、灯（可与 / 搜索同用）",
      english: "filter tasks: status, lead unit, plan, light (with / as well)",
      hint: ("筛选", "filter")),
    Binding(
      action: .sort, keys: [.character("o")], keyNames: "o", group: .views,
      chinese: "排序：方案顺序、期限、逾期天数、牵头单位、状态（轮换）",
      english: "sort: plan order, deadline, days overdue, lead unit, status (in turn)",
      hint: ("排序", "sort")),
    Binding(
      action: .help, keys: [.character("?")], keyNames: "?", group: .views,
      chinese: "帮助：列出所有按键", english: "help: every key", hint: ("帮助", "help")),
    Binding(
      action: .setStatus, keys: [.character("s")], keyNames: "s", group: .edit,
      chinese: "修改状态", english: "set the status", hint: ("状态", "status"), hintNeedsEdit: true),
    Binding(
      action: .assignLead, keys: [.character("a")], keyNames: "a", group: .edit,
      chinese: "分配牵头单位（办公室）", english: "assign lead units (office)"),
    Binding(
      action: .assignCoop, keys: [.character("c")], keyNames: "c", group: .edit,
      chinese: "分配配合单位（办公室）", english: "assign cooperating units (office)"),
    Binding(
      action: .addNote, keys: [.character("n")], keyNames: "n", group: .edit,
      chinese: "添加进度反馈", english: "add a progress note", hint: ("反馈", "note"), hintNeedsEdit: true),
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
      action: .removeTask, keys: [.character("x")], keyNames: "x", group: .edit,
      chinese: "删除任务（办公室；先确认）", english: "remove the task (office; asks first)"),
    Binding(
      action: .requestDone, keys: [.character("r")], keyNames: "r", group: .supervision,
      chinese: "申请办结：写明完成情况，待办公室审核（牵头单位；s 选已完成亦同）",
      english:
        "request completion with a note, for the office to sign off (lead unit; also s, done)",
      hint: ("办结", "request done"), hintNeedsEdit: true, hintRole: .unit),
    Binding(
      action: .requestExtension, keys: [.character("E")], keyNames: "E", group: .supervision,
      chinese: "申请延期：新期限 YYYY-MM-DD 和理由（牵头单位，期限届满前）",
      english:
        "request an extension: new deadline YYYY-MM-DD and a reason (lead unit, before the deadline)"
    ),
    Binding(
      action: .signOff, keys: [.character("V")], keyNames: "V", group: .supervision,
      chinese: "审核通过办结申请：任务已办结（办公室）", english: "sign off a completion request (office)",
      hint: ("审核", "sign off"), hintNeedsEdit: true, hintRole: .office),
    Binding(
      action: .sendBack, keys: [.character("B")], keyNames: "B", group: .supervision,
      chinese: "退回办结申请并说明理由（办公室）", english: "send a completion request back with a reason (office)"),
    Binding(
      action: .approveExtension, keys: [.character("P")], keyNames: "P", group: .supervision,
      chinese: "批准延期申请：期限改为所申请的日期（办公室）",
      english: "approve an extension request: the deadline becomes the one asked for (office)"),
    Binding(
      action: .refuseExtension, keys: [.character("R")], keyNames: "R", group: .supervision,
      chinese: "不予延期并说明理由（办公室）", english: "refuse an extension request with a reason (office)"),
    Binding(
      action: .chase, keys: [.character("C")], keyNames: "C", group: .supervision,
      chinese: "催办：记录对此任务的催办和催办内容（办公室）",
      english: "chase: record a chase of this task with a message (office)"),
    Binding(
      action: .undo, keys: [.character("u")], keyNames: "u", group: .edit,
      chinese: "撤销本次最后一项修改（他人改过的字段不撤销）",
      english: "undo this session's last change (not a field someone changed since)",
      hint: ("撤销", "undo"), hintNeedsEdit: true),
    Binding(
      action: .history, keys: [.character("U")], keyNames: "U", group: .edit,
      chinese: "本次的修改记录", english: "this session's changes"),
    Binding(
      action: .redraw, keys: [.control("l")], keyNames: "Ctrl-L", group: .views,
      chinese: "重画屏幕", english: "redraw the screen"),
    Binding(
      action: .quitNow, keys: [.control("c")], keyNames: "Ctrl-C", group: .views,
      chinese: "立即退出（在任何界面）", english: "quit at once (from anywhere)"),
    Binding(
      action: .indicators, keys: [.character("I")], keyNames: "I", group: .views,
      chinese: "指标：所在方案的指标（在方案的任务或任务详情中），否则所有方案的；Enter 报送实际值",
      english: "indicators: of the open plan, else of every plan; Enter reports an actual value"),
    Binding(
      action: .showIDs, keys: [.character("i")], keyNames: "i", group: .views,
      chinese: "显示方案、任务编号及修改它的命令行", english: "show the plan and task ids and their command lines"),
    Binding(
      action: .toggleMouse, keys: [.character("M")], keyNames: "M", group: .views,
      chinese: "关闭/打开鼠标（关闭后可用终端选择、复制文字）",
      english: "mouse off/on (off: the terminal selects and copies text)"),
    Binding(
      action: .suspend, keys: [.control("z")], keyNames: "Ctrl-Z", group: .views,
      chinese: "挂起到 shell（用 fg 回来）", english: "suspend to the shell (fg comes back)"),
    Binding(
      action: nil, keys: [], keyNames: "Click", group: .move,
      chinese: "鼠标：单击选中一行，再次单击打开；滚轮上下移动",
      english: "mouse: a click selects a row, a second click opens it; the wheel moves"),
    Binding(
      action: nil, keys: [.left, .right], keyNames: "Left Right", group: .editor,
      chinese: "在文字中移动（Ctrl-B、Ctrl-F 同）", english: "move in the text (also Ctrl-B, Ctrl-F)"),
    Binding(
      action: nil, keys: [.home, .control("a")], keyNames: "Home Ctrl-A", group: .editor,
      chinese: "到行首", english: "to the start"),
    Binding(
      action: nil, keys: [.end, .control("e")], keyNames: "End Ctrl-E", group: .editor,
      chinese: "到行尾", english: "to the end"),
    Binding(
      action: nil, keys: [.backspace, .delete], keyNames: "Backspace Del", group: .editor,
      chinese: "删除光标前、光标处的字", english: "delete before, at the cursor"),
    Binding(
      action: nil, keys: [.control("u"), .control("k")], keyNames: "Ctrl-U Ctrl-K", group: .editor,
      chinese: "删除到行首、到行尾", english: "delete to the start, to the end"),
    Binding(
      action: nil, keys: [], keyNames: "Paste", group: .editor,
      chinese: "粘贴的文字（含换行）留在输入框中，不会被当作按键",
      english: "pasted text (line breaks too) stays in the field, never read as keys"),
    Binding(
      action: nil, keys: [.enter, .escape], keyNames: "Enter Esc", group: .editor,
      chinese: "保存、取消", english: "save, cancel"),
  ]

  private static let actionByKey: [Key: Action] = {
    var table: [Key: Action] = [:]
    for binding in bindings {
      guard let action = binding.action else { continue }
      for key in binding.keys where table[key] == nil { table[key] = action }
    }
    return table
  }()

  public static func action(for key: Key) -> Action? { actionByKey[key] }

  public static func binding(for action: Action) -> Binding? {
    bindings.first { $0.action == action }
  }

  /// The short hint line at the bottom of browsing screens, from the bindings' hints.
  /// In this order: what a newcomer needs first, help and quitting last where they are
  /// easy to find.
  static let hintOrder: [Action] = [
    .open, .back, .nextView, .search, .filter, .sort, .setStatus, .addNote, .requestDone,
    .signOff, .undo, .help, .quit,
  ]

  /// `role`: the acting unit's, whose own steps of the supervision cycle are hinted.
  static func hints(_ language: Language, canEdit: Bool, role: Unit.Role? = nil) -> String {
    let hinted = bindings.filter { $0.hint != nil && $0.action != nil }
    let ordered = hinted.sorted { first, second in
      let one = first.action.flatMap { hintOrder.firstIndex(of: $0) } ?? hintOrder.count
      let two = second.action.flatMap { hintOrder.firstIndex(of: $0) } ?? hintOrder.count
      return one < two
    }
    return ordered.compactMap { binding in
      guard let hint = binding.hint, canEdit || !binding.hintNeedsEdit,
        binding.hintRole == nil || binding.hintRole == role
      else { return nil }
      return binding.hintKey + " " + language.pick(hint.0, hint.1)
    }.joined(separator: "  ")
  }
}
