import BoardCore

/// A task's history as people read it: its notes and its supervision steps in the order
/// they happened, each with who and when. `board show` and the detail screen list it.
public enum TimeLine {
  public struct Entry: Hashable, Sendable {
    public var date: Day
    /// The id of the unit that wrote or did it.
    public var unit: String
    public var note: Note?
    public var event: TaskEvent?

    /// What happened: a note's text as written; a step named first (申请办结：…,
    /// 催办（红色）：…).
    public func what(_ language: Language) -> String {
      if let event { return language.describe(event) }
      return note?.text ?? ""
    }
  }

  /// Notes and events by date; on one day in the order of the file, notes first.
  public static func entries(of task: PlanTask) -> [Entry] {
    let notes = task.notes.map { Entry(date: $0.date, unit: $0.author, note: $0, event: nil) }
    let events = task.events.map { Entry(date: $0.date, unit: $0.unit, note: nil, event: $0) }
    // A stable merge: each list is kept in its own order.
    var merged: [Entry] = []
    merged.reserveCapacity(notes.count + events.count)
    var (i, j) = (0, 0)
    while i < notes.count || j < events.count {
      if j == events.count || (i < notes.count && notes[i].date <= events[j].date) {
        merged.append(notes[i])
        i += 1
      } else {
        merged.append(events[j])
        j += 1
      }
    }
    return merged
  }
}
