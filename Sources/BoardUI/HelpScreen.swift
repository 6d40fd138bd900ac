/// The help screen, generated from the keymap table, with what the row markers mean.
enum HelpScreen {
  static func lines(_ language: Language) -> [DetailScreen.Line] {
    var lines: [DetailScreen.Line] = []
    let keyWidth = (Keymap.bindings.map(\.keyNames.displayWidth).max() ?? 10) + 2
    for group in Keymap.Binding.Group.allCases {
      let title: String
      switch group {
      case .move: title = language.pick("移动与打开", "Moving and opening")
      case .views: title = language.pick("视图与搜索", "Views and search")
      case .edit: title = language.pick("修改", "Changes")
      case .supervision: title = language.pick("督办", "Supervision")
      case .editor: title = language.pick("输入框中", "In a text field")
      }
      lines.append(DetailScreen.Line(text: title, style: Style(.header)))
      for binding in Keymap.bindings where binding.group == group {
        lines.append(
          DetailScreen.Line(
            text: binding.keyNames.padded(toWidth: keyWidth) + binding.help(language)))
      }
      lines.append(DetailScreen.Line())
    }
    lines.append(DetailScreen.Line(text: language.pick("标记", "Markers"), style: Style(.header)))
    lines += [
      language.pick("!  逾期（红色）", "!  overdue (red)"),
      language.pick("~  即将到期（黄色）", "~  due soon (yellow)"),
      language.pick("?  未分配牵头单位", "?  no lead unit"),
      language.pick("暗色行：你的单位无权修改", "dim rows: your unit may not change them"),
      language.pick(
        "选择单位时：输入文字筛选，空格勾选，Enter 保存", "picking units: type to filter, Space ticks, Enter saves"),
      language.pick(
        "表单中：Tab 下一项，Enter 保存，Esc 取消", "in a form: Tab next field, Enter saves, Esc cancels"),
    ].map { DetailScreen.Line(text: $0) }
    return lines
  }

  /// The first line shown for a wanted `top`: the last page ends with the last line.
  static func clampedTop(_ top: Int, _ model: Model) -> Int {
    max(0, min(top, lines(model.language).count - model.layout.detailRows))
  }

  /// Where the help stands, for the bottom line: which lines show, and how to scroll.
  static func position(_ model: Model, top: Int) -> String {
    let language = model.language
    let count = lines(language).count
    let rows = model.layout.detailRows
    let top = clampedTop(top, model)
    let last = min(count, top + rows)
    guard count > rows else { return language.pick("按任意键返回", "any key: back") }
    let more =
      last < count
      ? language.pick("↓ 还有 \(count - last) 行", "↓ \(count - last) more lines")
      : language.pick("已到末尾", "end")
    return language.pick(
      "第 \(top + 1)-\(last) 行，共 \(count) 行  \(more)  j/k PgDn/PgUp g/G 翻动  其他键返回",
      "lines \(top + 1)-\(last) of \(count)  \(more)  j/k PgDn/PgUp g/G scroll  other keys: back")
  }

  static func draw(_ model: Model, top: Int, into grid: inout Grid) {
    let all = lines(model.language)
    let rows = model.layout.detailRows
    let top = clampedTop(top, model)
    for offset in 0..<rows {
      let index = top + offset
      guard index < all.count else { break }
      let line = all[index]
      let row = Layout.detailTop + offset
      if line.style.kind == .header { grid.fill(row: row, style: Style(.header)) }
      grid.put(line.text, row: row, column: 1, style: line.style)
    }
  }
}
