import BoardCore

/// Why a task matches a search: its id or title, its text, a unit's name or a note. The
/// rows show it, so a row whose title does not hold the words says where they are.
enum SearchMatch: Hashable, Sendable {
  case title
  case text
  case unit(String)
  case note

  /// - Parameter inTexts: where the search matches the task's text and notes, which the
  ///   board in memory may not hold (`TextSource`).
  static func reason(
    _ task: PlanTask, query: TextSearch, roster: Roster, inTexts: TextMatch?
  ) -> SearchMatch? {
    if query.matches([task.id, task.title]) { return .title }
    if inTexts == .text { return .text }
    for id in task.lead + task.coop {
      let name = roster.name(of: id)
      if query.matches([name, id]) { return .unit(name) }
    }
    if inTexts == .note { return .note }
    return nil
  }

  /// What a row shows before its title: nothing when the title itself matched.
  func label(_ language: Language) -> String? {
    switch self {
    case .title: return nil
    case .text: return language.pick("〔内容〕", "[text]")
    case .unit: return language.pick("〔单位〕", "[unit]")
    case .note: return language.pick("〔反馈〕", "[note]")
    }
  }
}
