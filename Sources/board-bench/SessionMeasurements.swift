import BoardCore
import BoardStore
import BoardUI

extension TextFiles: TextSource {}

/// What a TUI session does, as `board` does it: its board read without texts (through the
/// plans' caches when they are current) and its texts read from the files (`TextFiles`).
///
/// - `session-open`: reading the board, making the model and its first frame: the first
///   screen, less process start and the terminal; `session-load` and `session-model` its
///   two parts.
/// - `search-first-key`, `search-key`: one key of a search typed in the overdue view (its rows
///   made again, the files' texts and notes searched) and the frame after it; the first key
///   of the search, and a second that narrows it.
/// - `search-files`: the files' part of a search key: every task's text and notes searched
///   (`TextFiles.search`), for 专利.
/// - `detail`: Enter on a task of the overdue view (its text and notes read from the file),
///   the frame, and Esc back.
/// - `tui-save`: a status change saved as the TUI saves it and the session's own reading of
///   the file it changed (the watcher's event), to the frame that shows it.
extension Measurements {
  static let sessionNames = [
    "session-open", "session-load", "session-model", "search-files", "search-first-key",
    "search-key", "detail", "tui-save", "tui-save-cpu",
  ]

  func measureSession(wanted: (String) -> Bool, into results: inout [Stopwatch.Result]) throws {
    guard Measurements.sessionNames.contains(where: wanted) else { return }
    let size = Size(width: 120, height: 40)
    func open() throws -> (BoardReader, Model, TextFiles) {
      var reader = BoardReader(directory: directory, keepingTexts: false)
      let board = try reader.load()
      let session = Session(actor: board.roster.unit(id: "office"), language: .zh, today: today)
      let texts = TextFiles(directory: directory, roster: board.roster)
      let model = Model(board: board, session: session, size: size, texts: texts)
      precondition(model.view(size: size).height == 40)
      return (reader, model, texts)
    }
    // Once first, so the plans' caches are written and the measured runs read them.
    var (reader, model, texts) = try open()
    if wanted("session-open") {
      try results.append(stopwatch.measure("session-open") { _ = try open() })
    }
    if wanted("session-load") {
      try results.append(
        stopwatch.measure("session-load") {
          var reader = BoardReader(directory: directory, keepingTexts: false)
          let board = try reader.load()
          precondition(board.plans.count == model.board.plans.count)
        })
    }
    if wanted("session-model") {
      let board = model.board
      results.append(
        stopwatch.measure("session-model") {
          precondition(Model(board: board, session: model.session, size: size).size == size)
        })
    }
    if wanted("search-files") {
      let plans = model.board.plans.map(\.id)
      results.append(
        stopwatch.measure("search-files") {
          precondition(!texts.search(TextSearch("专利"), inPlans: plans).isEmpty)
        })
    }
    _ = model.update(.key(.tab))
    precondition(model.view(size: size).height == 40)
    var searching = model
    _ = searching.update(.key(.character("/")))
    var first = searching
    _ = first.update(.key(.character("专")))
    for (name, from, key) in [("search-first-key", searching, "专"), ("search-key", first, "利")]
    where wanted(name) {
      results.append(
        stopwatch.measure(name) {
          var typed = from
          _ = typed.update(.key(.character(Character(key))))
          precondition(typed.view(size: size).height == 40)
        })
    }
    if wanted("detail") {
      results.append(
        stopwatch.measure("detail") {
          var detail = model
          _ = detail.update(.key(.enter))
          precondition(detail.view(size: size).height == 40)
          _ = detail.update(.key(.escape))
        })
    }
    guard wanted("tui-save"),
      let plan = model.board.plans.max(by: { $0.tasks.count < $1.tasks.count }),
      // Not the task `save` changes: each toggles its own task's status.
      let task = plan.tasks.last(where: { $0.status != .done })
    else { return }
    var status = task.status
    let cpuBefore = Measurements.processorTime()
    try results.append(
      stopwatch.measure("tui-save") {
        status = status == .doing ? .blocked : .doing
        let change = Change(planID: plan.id, .setStatus(task: task.id, status))
        let changed = try directory.apply(
          change, by: "office", today: today, time: "2026-01-01T00:00:00+08:00")
        precondition(changed.count == 1)
        let delta = try reader.refresh(.files([plan.id + ".rec"]))
        precondition(delta.filesRead == [plan.id + ".rec"])
        _ = model.update(.refreshed(delta))
        precondition(model.view(size: size).height == 40)
      })
    let saves = Double(results[results.count - 1].samples.count)
    let cpu = (Measurements.processorTime() - cpuBefore) / saves
    results.append(Stopwatch.Result(name: "tui-save-cpu", samples: [cpu]))
  }
}
