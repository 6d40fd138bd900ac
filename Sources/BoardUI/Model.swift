import BoardCore

/// The whole state of the board in the terminal, as a value.
///
/// `update` turns a message into a new state and maybe an effect for the loop to carry out;
/// `view` turns the state into a grid of cells. Both are pure (Bubble Tea's Model / Update /
/// View), so every screen is tested as text without a terminal.
public struct Model: Sendable {
  public internal(set) var board: Board
  public let session: Session
  var facts: BoardFacts
  /// The open screens; the first is a view (Tab cycles it), the last is shown.
  var stack: [Screen]
  var mode: Mode = .browse
  /// The text field of a search, note or deadline being typed.
  var field = LineEditor()
  /// The form of `+` or `e` while it is open.
  var form: TaskForm?
  public internal(set) var message: Message?
  public internal(set) var size: Size
  /// The screens of the views Tab left, by view, so coming back finds them as they were.
  var parkedViews: [ScreenKind: [Screen]] = [:]
  /// What this session saved, oldest first (`U` lists it, `u` undoes from its end).
  var history: [SessionChange] = []
  /// The change whose save is under way, recorded in `history` once the store says what it
  /// changed.
  var pendingSave: SessionChange?
  /// The history entry an undo about to be saved takes back.
  var undoing: Int?
  /// A task just added: the cursor goes to it once the board is read again.
  var focusAfterReload: TaskKey?
  /// Whether the terminal reports the mouse (`M` turns it off so text can be selected).
  public internal(set) var mouseEnabled = true
  /// Where texts and notes are read when `board` does not hold them (a TUI session's).
  let texts: (any TextSource)?

  /// - Parameter notice: said once at the start, e.g. that no UTF-8 locale could be used.
  /// - Parameter texts: where the tasks' texts and notes are read, for a board loaded
  ///   without them; nil: `board` holds them.
  public init(
    board: Board, session: Session, size: Size, notice: String? = nil,
    texts: (any TextSource)? = nil
  ) {
    self.board = board
    self.texts = texts
    self.session = session
    self.size = size
    facts = BoardFacts(board: board, today: session.today)
    stack = [Screen(ScreenKind.views(forUnit: session.isUnit)[0])]
    stack[0] = rebuilt(stack[0])
    if let notice { message = Message(notice, isError: true) }
  }

  public mutating func update(_ msg: Msg) -> Effect? {
    switch msg {
    case .key(let key):
      let effect = handle(key)
      if case .save(let change) = effect { remember(change) }
      return effect
    case .resize(let size):
      self.size = size
      for index in stack.indices { stack[index].scrollToCursor(visible: visibleRows) }
      return nil
    case .tick:
      return nil
    case .changedOnDisk:
      return .reload
    case .reloaded(let board):
      reload(board)
      return nil
    case .refreshed(let delta):
      refresh(delta)
      return nil
    case .reloadFailed(let text):
      message = Message(text, isError: true)
      return nil
    case .saveFinished(let outcome):
      recordSave(outcome)
      return finishSave(outcome)
    case .suspendRefused:
      say(
        language.pick(
          "无法挂起：没有可用 fg 恢复它的 shell（如 SSH 登录）；按 q 退出",
          "cannot suspend: no shell with job control to resume it (an SSH login); q quits"),
        isError: true)
      return nil
    }
  }

  var language: Language { session.language }
  var layout: Layout { Layout(size: size) }
  var screen: Screen { stack[stack.count - 1] }

  /// Rows a list shows at once at the current size.
  var visibleRows: Int { layout.listRows }

  /// The task the cursor is on, or the task of a detail screen.
  var selectedTask: TaskKey? {
    switch screen.kind {
    case .detail(let key):
      return key
    default:
      guard case .tasks(let refs) = screen.rows, screen.cursor < refs.count else { return nil }
      return key(of: refs[screen.cursor])
    }
  }

  func key(of ref: TaskRef) -> TaskKey {
    let plan = board.plans[ref.plan]
    return TaskKey(plan: plan.id, task: plan.tasks[ref.task].id)
  }

  func task(_ key: TaskKey) -> (Plan, PlanTask)? {
    guard let ref = facts.ref(key, in: board) else { return nil }
    let plan = board.plans[ref.plan]
    return (plan, plan.tasks[ref.task])
  }

  /// The task with its text and notes, read from the file when the board does not hold them.
  func taskWithTexts(_ key: TaskKey) -> (Plan, PlanTask)? {
    guard let (plan, task) = task(key) else { return nil }
    return (plan, withTexts(task, key))
  }

  func withTexts(_ task: PlanTask, _ key: TaskKey) -> PlanTask {
    guard let texts, let read = texts.texts(plan: key.plan, task: key.task) else { return task }
    return task.with(read)
  }

  /// The rows of any screen, made from the board as it is now.
  var rowSource: RowSource {
    RowSource(board: board, facts: facts, actor: session.actor, texts: texts)
  }

  /// Whether the acting unit may change nothing on this task: such rows are drawn dimmed.
  func isReadOnly(_ task: PlanTask) -> Bool {
    session.isUnit && Permissions.allowed(for: session.actor, on: task).isEmpty
  }

  /// The screen with its rows computed again from the board and its search.
  func rebuilt(_ screen: Screen) -> Screen {
    var screen = screen
    screen.rows = rowSource.rows(for: screen)
    screen.select(screen.cursor, visible: visibleRows)
    return screen
  }

  mutating func rebuildTop() {
    stack[stack.count - 1] = rebuilt(screen)
  }

  mutating func updateTop(_ change: (inout Screen) -> Void) {
    change(&stack[stack.count - 1])
  }

  mutating func say(_ text: String, isError: Bool = false) {
    message = Message(text, isError: isError)
  }
}
