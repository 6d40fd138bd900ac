import BoardCore
import BoardStore
import BoardTerminal
import BoardUI

/// `board` with no command: the board in the terminal.
///
/// The loop is Bubble Tea's: read an event, `update` the model, carry out the effect it asks
/// for (a save through the store, a reload, quitting) and feed the outcome back, then paint
/// the model's `view`. It sleeps until a key comes or the kernel says a board file changed
/// (`BoardWatcher`), then reads only the files that changed (`BoardReader`).
enum Interactive {
  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let directory = context.directory
    var source = SessionBoard(paths: context.boardsPaths, language: context.language)
    let board = try source.load()
    let actor = try context.actor(in: board.roster)
    let terminal = try Terminal.start()
    defer { terminal.stop() }
    let session = Session(actor: actor, language: context.language, today: context.today)
    var model = Model(
      board: board, session: session, size: terminal.size,
      notice: notice(for: terminal.locale, context.language), texts: source.texts)
    let store = BoardSaver(directory: directory, session: session, paths: context.boardsPaths)
    var queue: [Msg] = []
    var paintNeeded = true
    loop: while true {
      if paintNeeded { terminal.paint(model.view(size: terminal.size)) }
      if let signal = terminal.pendingSignal { terminal.end(bySignal: signal) }
      queue.append(
        terminal.next(
          alsoWaitingOn: source.watcher.descriptor,
          milliseconds: source.watcher.waitMilliseconds))
      if let hint = source.watcher.changes() { queue.append(source.refresh(hint)) }
      // A polling round that found nothing changed nothing on the screen: drawing it again
      // each time cost sessions past the user's inotify instances more than the round.
      paintNeeded = !queue.allSatisfy(changesNothing)
      while !queue.isEmpty {
        guard let effect = model.update(queue.removeFirst()) else { continue }
        switch effect {
        case .quit:
          break loop
        case .redraw:
          terminal.redrawAll()
        case .mouse(let on):
          terminal.reportMouse(on)
        case .suspend:
          if !terminal.suspend() { queue.append(.suspendRefused) }
        case .save(let change):
          queue.append(store.save(change))
        case .reload:
          queue.append(source.refresh(.everything))
        }
      }
    }
    return .success
  }

  /// Whether the model is the same after `msg` (nothing to draw again).
  static func changesNothing(_ msg: Msg) -> Bool {
    switch msg {
    case .tick: return true
    case .refreshed(let delta): return delta.isEmpty
    default: return false
    }
  }

  /// Said once in the status line when Chinese cannot be drawn properly.
  static func notice(for locale: LocaleSetup, _ language: Language) -> String? {
    guard case .notUTF8(let codeset) = locale else { return nil }
    return language.pick(
      "无法使用 UTF-8 区域设置（当前编码 \(codeset)），中文可能显示不正确；请设置 LANG=C.UTF-8",
      "no UTF-8 locale available (codeset \(codeset)); Chinese may not show; set LANG=C.UTF-8")
  }
}
