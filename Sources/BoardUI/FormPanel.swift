/// The form of `+` and `e` over the screen: one line per field, the focused one editable.
enum FormPanel {
  static func draw(_ form: TaskForm, _ model: Model, into grid: inout Grid) {
    let language = model.language
    let title: String
    switch form.purpose {
    case .add(let plan):
      title = language.pick("新增任务：", "New task in ") + VisibleText.line(plan)
    case .edit(let key):
      title = language.pick("编辑任务：", "Edit task ") + PickerPanel.subject(key, model)
    }
    let box = PickerPanel.Box.centered(width: 90, height: form.fields.count + 3, in: grid.size)
    box.fill(&grid, title: title)
    let labels = form.fields.map { label($0.name, language) }
    let labelWidth = (labels.map(\.displayWidth).max() ?? 4) + 2
    let fieldLeft = box.left + 1 + labelWidth
    let fieldWidth = max(1, box.width - 2 - labelWidth)
    for (index, field) in form.fields.enumerated() {
      let row = box.top + 1 + index
      box.put(labels[index], line: 1 + index, style: Style(.muted), into: &grid)
      let (text, cursor) = field.editor.visible(width: fieldWidth)
      let focused = index == form.focus
      let style = Style(focused ? .input : .panel)
      grid.fill(row: row, column: fieldLeft, width: fieldWidth, style: style)
      grid.put(text, row: row, column: fieldLeft, width: fieldWidth, style: style)
      if focused { grid.cursor = Grid.Position(row: row, column: fieldLeft + cursor) }
    }
    if let problem = form.problem {
      box.put(
        VisibleText.line(problem), line: form.fields.count + 1, style: Style(.error), into: &grid)
    }
    box.put(
      language.pick("Tab/上下 切换  Enter 保存  Esc 取消", "Tab/Up/Down field  Enter save  Esc cancel"),
      line: box.height - 1, style: Style(.muted), into: &grid)
  }

  private static func label(_ name: TaskForm.FieldName, _ language: Language) -> String {
    switch name {
    case .id: return language.pick("编号", "Id")
    case .title: return language.pick("任务名称", "Title")
    case .section: return language.pick("章节", "Section")
    case .due: return language.pick("期限", "Deadline")
    case .text: return language.pick("任务内容", "Text")
    }
  }
}
