import BoardCore

/// A task as read from the document, before units get ids and the deadline is settled.
struct TaskDraft: Sendable {
  var id: String
  var section: String
  var title: String
  var text: String
  var titleIsGuess: Bool
  var labels: [UnitLabels.Group]
  var line: Int
  var lastLine: Int
  var isSafeguard: Bool
  /// Lead and cooperating unit names, once the document's label roles are known.
  var lead: [String] = []
  var coop: [String] = []
  var due: Day?
  /// Ongoing (长期) by a 完成时限 field or column.
  var ongoing = false

  /// Reads an item of the outline: the labels come out of its paragraphs, the rest gives the
  /// title and the text.
  init(leaf: OutlineNode, id: String, section: String, isSafeguard: Bool) {
    var paragraphs: [String] = []
    var labels: [UnitLabels.Group] = []
    for (index, paragraph) in leaf.paragraphs.enumerated() {
      let text = index == 0 ? paragraph.body : paragraph.text
      let (rest, groups) = UnitLabels.extract(from: text, line: paragraph.line)
      labels += groups
      if !rest.isEmpty {
        // A paragraph break inside an item is kept; the item's first line starts the text.
        paragraphs.append(rest)
      }
    }
    let split = TaskText(paragraphs: paragraphs)
    self.id = id
    self.section = section
    self.title = split.title
    self.text = split.text
    self.titleIsGuess = split.titleIsGuess
    self.labels = labels
    self.line = leaf.line
    self.lastLine = leaf.lastLine
    self.isSafeguard = isSafeguard
  }

  init(row: TaskTable.Row, id: String, section: String) {
    self.id = id
    self.section = section
    title = row.title
    text = row.text
    titleIsGuess = row.titleIsGuess
    labels = [row.labels]
    if !row.deadline.isEmpty {
      labels.append(
        UnitLabels.Group(
          entries: [UnitLabels.Entry(label: "完成时限", kind: .deadline, value: row.deadline)],
          line: row.line))
    }
    line = row.line
    lastLine = row.line
    isSafeguard = false
  }

  /// All the unit labels of the task as one group, or nil where it has none.
  var unitLabels: UnitLabels.Group? {
    let entries = labels.flatMap(\.entries).filter { $0.kind != .deadline }
    guard !entries.isEmpty else { return nil }
    return UnitLabels.Group(entries: entries, line: labels.first?.line ?? line)
  }

  /// The 完成时限 the labels give, as written.
  var deadlineLabel: String? {
    labels.lazy.flatMap(\.entries).first { $0.kind == .deadline && !$0.value.isEmpty }?.value
  }
}
