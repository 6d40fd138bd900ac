import BoardCore
import BoardStore
import BoardUI

/// The board a TUI session shows, kept current: one board read file by file as it changes,
/// or several `--boards` (a combined view), each read file by file and combined again when
/// any of them changed. The board holds no texts or notes: `texts` reads them when a screen
/// shows them.
struct SessionBoard {
  var watcher: BoardWatcher
  private var readers: [BoardReader]
  let texts: SessionTexts
  private let labels: [String]
  private var parts: [CombinedBoard.Part] = []
  private let language: Language

  init(paths: [String], language: Language) {
    let directories = paths.map { BoardDirectory(path: $0) }
    watcher =
      directories.count > 1
      ? BoardWatcher(directories: directories) : BoardWatcher(directory: directories[0])
    readers = directories.map { BoardReader(directory: $0, keepingTexts: false) }
    labels = BoardViews.labels(paths)
    texts = SessionTexts(
      files: directories.map { TextFiles(directory: $0, roster: Roster()) }, labels: labels)
    self.language = language
  }

  mutating func load() throws(StoreError) -> Board {
    parts = []
    for index in readers.indices {
      let board = try readers[index].load()
      texts.files[index].update(roster: board.roster)
      parts.append(CombinedBoard.Part(label: labels[index], board: board))
    }
    return CombinedBoard.combine(parts)
  }

  /// One board's changed files; the texts' reader names units by a roster read again.
  private mutating func refresh(_ index: Int, _ hint: BoardWatcher.Hint) throws(StoreError)
    -> BoardDelta
  {
    let delta = try readers[index].refresh(hint)
    if let roster = delta.board?.roster ?? delta.roster {
      texts.files[index].update(roster: roster)
    }
    return delta
  }

  /// What changed among the files `hint` names, as a message for the model.
  mutating func refresh(_ hint: BoardWatcher.Hint) -> Msg {
    do throws(StoreError) {
      guard readers.count > 1 else { return .refreshed(try refresh(0, hint)) }
      var changed = false
      for index in readers.indices {
        let delta = try refresh(index, .everything)
        guard !delta.isEmpty else { continue }
        parts[index].board.apply(delta)
        changed = true
      }
      return changed ? .reloaded(CombinedBoard.combine(parts)) : .refreshed(BoardDelta())
    } catch {
      return .reloadFailed(
        language.pick("无法重新读取看板：", "cannot read the board again: ")
          + String(error.description.split(separator: "\n").first ?? ""))
    }
  }
}
