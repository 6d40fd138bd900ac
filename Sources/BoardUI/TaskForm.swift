import BoardCore

/// The small form of `+` (a new task: id, title, section, deadline) and `e` (a task's title,
/// section and text). Tab and the arrows move between fields; Enter saves; Esc cancels.
struct TaskForm: Hashable, Sendable {
  enum Purpose: Hashable, Sendable {
    case add(plan: String)
    case edit(TaskKey)
  }

  enum FieldName: Hashable, Sendable {
    case id
    case title
    case section
    case due
    case text
  }

  struct Field: Hashable, Sendable {
    let name: FieldName
    var editor: LineEditor
    /// The value before editing, so `e` sends only what changed.
    let original: String
  }

  let purpose: Purpose
  var fields: [Field]
  var focus = 0
  /// Why the last Enter could not save (a bad date), shown in the form.
  var problem: String?

  init(purpose: Purpose, values: [(FieldName, String)]) {
    self.purpose = purpose
    fields = values.map {
      Field(name: $0.0, editor: LineEditor($0.1, keepsLineBreaks: $0.0 == .text), original: $0.1)
    }
    // Adding: start on the title, the one field without a useful default.
    if case .add = purpose { focus = fields.firstIndex { $0.name == .title } ?? 0 }
  }

  func value(_ name: FieldName) -> String? {
    fields.first { $0.name == name }?.editor.text
  }

  mutating func handle(_ key: Key) -> PanelOutcome {
    switch key {
    case .enter: return .submit
    case .escape: return .cancel
    case .tab, .down: focus = (focus + 1) % fields.count
    case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
    default:
      if fields[focus].editor.handle(key) { problem = nil }
    }
    return .stay
  }
}
