import BoardCore
import BoardStore
import BoardUI

/// Carries out the TUI's saves and reloads through the store, and turns what came of them
/// into messages for the model.
struct BoardSaver {
  let directory: BoardDirectory
  let session: Session

  func save(_ change: Change) -> Msg {
    do {
      let fields = try directory.apply(
        change, by: session.actor?.id, today: session.today, time: Clock.now())
      return .saveFinished(.saved(fields: fields))
    } catch .refused(let reason) {
      return .saveFinished(.refused(reason))
    } catch {
      return .saveFinished(
        .failed(session.language.pick("保存失败：", "not saved: ") + firstLine(error)))
    }
  }

  func reload() -> Msg {
    do {
      return .reloaded(try directory.load())
    } catch {
      return .reloadFailed(
        session.language.pick("无法重新读取看板：", "cannot read the board again: ") + firstLine(error))
    }
  }

  /// Reads again what changed among the files `hint` names.
  func refresh(_ reader: inout BoardReader, _ hint: BoardWatcher.Hint) -> Msg {
    do {
      return .refreshed(try reader.refresh(hint))
    } catch {
      return .reloadFailed(
        session.language.pick("无法重新读取看板：", "cannot read the board again: ") + firstLine(error))
    }
  }

  private func firstLine(_ error: StoreError) -> String {
    String(error.description.split(separator: "\n").first ?? "")
  }
}
