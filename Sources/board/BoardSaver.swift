import BoardCore
import BoardStore
import BoardUI

/// Carries out the TUI's saves and reloads through the store, and turns what came of them
/// into messages for the model.
struct BoardSaver {
  let directory: BoardDirectory
  let session: Session
  /// Every `--boards`: a change to a plan of any but the first is refused.
  var paths: [String] = []

  func save(_ change: Change) -> Msg {
    if let refusal = BoardViews.refusal(ofWriteTo: change.planID, paths, session.language) {
      return .saveFinished(.failed(refusal))
    }
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

  private func firstLine(_ error: StoreError) -> String {
    String(error.description.split(separator: "\n").first ?? "")
  }
}
