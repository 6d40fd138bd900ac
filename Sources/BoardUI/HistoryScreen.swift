import BoardCore

/// `U`: the changes this session saved, newest last, each field with its old and new value,
/// and which were undone.
enum HistoryScreen {
  static func lines(_ model: Model) -> [DetailScreen.Line] {
    let language = model.language
    var lines = [
      DetailScreen.Line(
        text: language.pick(
          "本次的修改（\(model.history.count)）", "This session's changes (\(model.history.count))"),
        style: Style(.header))
    ]
    if model.history.isEmpty {
      lines.append(
        DetailScreen.Line(text: language.pick("还没有修改", "no changes yet"), style: Style(.muted)))
    }
    for entry in model.history {
      let mark =
        entry.isUndone
        ? language.pick("［已撤销］", "[undone] ")
        : entry.undoes != nil ? language.pick("［撤销］", "[undo] ") : ""
      for field in entry.fields {
        func shown(_ value: String) -> String {
          guard field.field == "status", let status = Status(rawValue: value) else { return value }
          return language.name(of: status)
        }
        let old = field.field == "task" && field.new.isEmpty ? "…" : shown(field.old)
        lines.append(
          DetailScreen.Line(
            text: VisibleText.line(
              "\(mark)\(entry.change.planID) \(field.taskID) \(Model.fieldName(field.field, language))："
                + (old.isEmpty ? "" : "\(old) → ") + shown(field.new)),
            style: Style(entry.isUndone ? .muted : .normal)))
      }
    }
    return lines
  }

  static func draw(_ model: Model, top: Int, into grid: inout Grid) {
    let all = lines(model)
    let rows = model.layout.detailRows
    let top = max(0, min(top, all.count - rows))
    for offset in 0..<rows {
      let index = top + offset
      guard index < all.count else { break }
      let line = all[index]
      let row = Layout.detailTop + offset
      if line.style.kind == .header { grid.fill(row: row, style: Style(.header)) }
      grid.put(line.text.truncated(toWidth: grid.width - 2), row: row, column: 1, style: line.style)
    }
  }
}
