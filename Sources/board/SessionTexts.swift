import BoardCore
import BoardStore
import BoardUI

/// The texts a TUI session reads from the files (`TextFiles`), one reader per board of the
/// view; a pulled board's plans and note authors carry its label, as `CombinedBoard` shows
/// them.
struct SessionTexts: TextSource {
  let files: [TextFiles]
  /// Each board's label; the first board's plans have none.
  let labels: [String]

  func texts(plan id: String, task: String) -> TaskTexts? {
    let (part, plan) = self.part(of: id)
    guard var texts = files[part].texts(plan: plan, task: task) else { return nil }
    if part > 0 {
      for index in texts.notes.indices {
        texts.notes[index].author = prefix(part) + texts.notes[index].author
      }
    }
    return texts
  }

  func search(_ search: TextSearch, among tasks: [String: [String]])
    -> [String: [String: TextMatch]]
  {
    guard files.count > 1 else { return files[0].search(search, among: tasks) }
    var byPart = [[String: [String]]](repeating: [:], count: files.count)
    for (id, ids) in tasks {
      let (part, plan) = part(of: id)
      byPart[part][plan] = ids
    }
    var found: [String: [String: TextMatch]] = [:]
    for (part, tasks) in byPart.enumerated() where !tasks.isEmpty {
      for (plan, matches) in files[part].search(search, among: tasks) {
        found[prefix(part) + plan] = matches
      }
    }
    return found
  }

  private func prefix(_ part: Int) -> String {
    part == 0 ? "" : labels[part] + String(CombinedBoard.separator)
  }

  /// Which board a plan id of the view is from, and its id there.
  private func part(of plan: String) -> (Int, String) {
    guard files.count > 1, let label = CombinedBoard.pulledLabel(ofPlan: plan),
      let part = labels.indices.dropFirst().first(where: { labels[$0] == label })
    else { return (0, plan) }
    return (part, String(plan.dropFirst(label.count + 1)))
  }
}
