/// One key task or safeguard measure of a plan.
///
/// Named `PlanTask` rather than `Task` so it never shadows Swift's concurrency `Task`.
public struct PlanTask: Hashable, Sendable {
  /// Stable id inside the plan, following the document's numbering (`1.1`, `12`, `S2`).
  public var id: String
  /// The heading the task stands under, as written (（一）促进高价值发明专利创造).
  public var section: String
  /// The task's own short heading (围绕重点产业).
  public var title: String
  /// The full text, verbatim from the document; line breaks are kept as written.
  public var text: String
  /// Lead units (责任单位 / 牵头单位) by unit id; empty means unassigned.
  public var lead: [String]
  /// Cooperating units (配合单位) by unit id.
  public var coop: [String]
  /// The deadline; nil means ongoing (长期), never overdue.
  public var due: Day?
  public var status: Status
  public var notes: [Note]
  /// The supervision cycle's steps on this task, oldest first (`TaskEvent`).
  public var events: [TaskEvent]

  public init(
    id: String, section: String = "", title: String, text: String = "",
    lead: [String] = [], coop: [String] = [], due: Day? = nil, status: Status = .todo,
    notes: [Note] = [], events: [TaskEvent] = []
  ) {
    self.id = id
    self.section = section
    self.title = title
    self.text = text
    self.lead = lead
    self.coop = coop
    self.due = due
    self.status = status
    self.notes = notes
    self.events = events
  }

  /// Whether a unit leads or cooperates on this task.
  public func involves(_ unitID: String) -> Bool {
    lead.contains(unitID) || coop.contains(unitID)
  }
}
