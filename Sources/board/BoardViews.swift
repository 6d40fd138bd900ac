import BoardCore
import BoardStore
import BoardUI

/// Several `--boards` as one view: each board loaded, labelled by its directory, combined by
/// `CombinedBoard`; and the refusal of a change to any board but the first (a pulled copy is
/// read-only: its district changes it, and the next pull brings the change).
enum BoardViews {
  /// Each directory's label; a label already taken gets `-2`, `-3`, ….
  static func labels(_ paths: [String]) -> [String] {
    var seen: [String: Int] = [:]
    return paths.map { path in
      let label = CombinedBoard.label(ofDirectory: path)
      seen[label, default: 0] += 1
      return seen[label] == 1 ? label : "\(label)-\(seen[label] ?? 0)"
    }
  }

  static func load(_ paths: [String], keepingTexts: Bool) throws(StoreError) -> Board {
    var parts: [CombinedBoard.Part] = []
    for (path, label) in zip(paths, labels(paths)) {
      let board = try BoardDirectory(path: path).load(keepingTexts: keepingTexts)
      parts.append(CombinedBoard.Part(label: label, board: board))
    }
    return CombinedBoard.combine(parts)
  }

  /// The refusal of a change to a plan of a board other than the first, or nil.
  static func refusal(ofWriteTo planID: String, _ paths: [String], _ language: Language)
    -> String?
  {
    guard paths.count > 1, let label = CombinedBoard.pulledLabel(ofPlan: planID) else {
      return nil
    }
    let first = labels(paths)[0]
    return language.pick(
      "拒绝：方案 \(planID) 属于看板 \(label)，它是拉取来的只读副本；只有第一个看板（\(first)）可以修改，"
        + "请在 \(label) 自己的看板上修改，下次拉取即可看到。未做任何修改。",
      "refused: plan \(planID) belongs to the board \(label), a pulled read-only copy; only the "
        + "first board (\(first)) can be changed here: change it on \(label)'s own board and "
        + "the next pull brings it. Nothing was changed.")
  }

  static func refuseWrite(to planID: String, _ paths: [String], _ language: Language)
    throws(CommandError)
  {
    if let text = refusal(ofWriteTo: planID, paths, language) { throw .invalid(text) }
  }
}
