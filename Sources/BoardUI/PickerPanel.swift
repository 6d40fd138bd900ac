import BoardCore

/// The pickers over a screen: the status picker and the unit picker (and the box that
/// `FormPanel` uses too).
enum PickerPanel {
  /// A rectangle of the screen a pop-up fills.
  struct Box {
    var top: Int
    var left: Int
    var width: Int
    var height: Int

    /// A box of this size in the middle of the screen (kept inside it).
    static func centered(width: Int, height: Int, in size: Size) -> Box {
      let width = max(1, min(width, size.width))
      let height = max(1, min(height, size.height - 2))
      return Box(
        top: max(0, (size.height - height) / 2), left: max(0, (size.width - width) / 2),
        width: width, height: height)
    }

    func fill(_ grid: inout Grid, title: String) {
      for row in top..<(top + height) {
        grid.fillPopup(row: row, column: left, width: width, style: Style(.panel))
      }
      grid.fill(row: top, column: left, width: width, style: Style(.panelTitle))
      grid.put(
        title.truncated(toWidth: width - 2), row: top, column: left + 1, width: width - 2,
        style: Style(.panelTitle))
    }

    func put(
      _ text: String, line: Int, indent: Int = 1, style: Style = Style(.panel),
      into grid: inout Grid
    ) {
      grid.put(
        text.truncated(toWidth: max(0, width - indent - 1)), row: top + line, column: left + indent,
        width: max(0, width - indent - 1), style: style)
    }
  }

  static func unitBox(in size: Size) -> Box {
    Box.centered(width: 64, height: size.height - 4, in: size)
  }

  /// How many units the unit picker shows at once.
  static func visibleChoices(in size: Size) -> Int { max(1, unitBox(in: size).height - 3) }

  static func subject(_ key: TaskKey, _ model: Model) -> String {
    guard let (_, task) = model.task(key) else { return key.task }
    return VisibleText.line(task.id + " " + task.title)
  }

  static func drawStatus(_ picker: StatusPicker, _ model: Model, into grid: inout Grid) {
    let language = model.language
    let title = language.pick("修改状态：", "Status of ") + subject(picker.target, model)
    let hint = language.pick("Enter 确定  1-4 直接选择  Esc 取消", "Enter choose  1-4 pick  Esc cancel")
    // Wide enough for its own hint line, whatever the language.
    let box = Box.centered(
      width: max(hint.displayWidth + 3, title.displayWidth + 4), height: 7, in: grid.size)
    box.fill(&grid, title: title)
    for (index, status) in Status.allCases.enumerated() {
      let isCursor = index == picker.cursor
      let style = Style(.panel, isCursor: isCursor)
      if isCursor {
        grid.fill(row: box.top + 1 + index, column: box.left, width: box.width, style: style)
      }
      box.put(
        "\(index + 1)  " + language.name(of: status), line: 1 + index, indent: 2, style: style,
        into: &grid)
    }
    box.put(hint, line: 6, style: Style(.muted), into: &grid)
  }

  /// The `f` menu: each filter with its value, the chosen line marked.
  static func drawFilter(_ menu: FilterMenu, _ model: Model, into grid: inout Grid) {
    let language = model.language
    let all = language.pick("全部", "all")
    let draft = menu.draft
    let values: [(String, String)] = [
      (language.pick("状态", "Status"), draft.status.map { language.name(of: $0) } ?? all),
      (
        language.pick("牵头单位", "Lead unit"),
        draft.lead.map { model.board.roster.name(of: $0) } ?? all
      ),
      (language.pick("方案", "Plan"), draft.plan ?? all),
      (language.pick("灯", "Light"), draft.light.map { language.name(of: $0) } ?? all),
    ]
    let hint = language.pick(
      "上下 选择  左右 改变  Backspace 清除  Enter 应用  Esc 取消",
      "Up/Down line  Left/Right value  Backspace clear  Enter apply  Esc cancel")
    let box = Box.centered(width: hint.displayWidth + 4, height: values.count + 3, in: grid.size)
    box.fill(&grid, title: language.pick("筛选任务", "Filter tasks"))
    let labelWidth = (values.map(\.0.displayWidth).max() ?? 4) + 2
    for (index, value) in values.enumerated() {
      let isCursor = index == menu.line
      let style = Style(.panel, isCursor: isCursor)
      if isCursor {
        grid.fill(row: box.top + 1 + index, column: box.left, width: box.width, style: style)
      }
      box.put(
        value.0.padded(toWidth: labelWidth) + "‹ " + VisibleText.line(value.1) + " ›",
        line: 1 + index, indent: 2, style: style, into: &grid)
    }
    box.put(hint, line: box.height - 1, style: Style(.muted), into: &grid)
  }

  /// The question of a change waiting for `y`.
  static func drawConfirmation(_ confirmation: Confirmation, _ model: Model, into grid: inout Grid)
  {
    let language = model.language
    let hint = language.pick("y 确认  其他键取消（不保存）", "y yes  any other key: no (nothing saved)")
    let width = max(confirmation.question.displayWidth, hint.displayWidth) + 4
    let box = Box.centered(width: width, height: 4, in: grid.size)
    box.fill(&grid, title: language.pick("请确认", "Please confirm"))
    box.put(confirmation.question, line: 1, indent: 2, into: &grid)
    box.put(hint, line: 3, indent: 2, style: Style(.muted), into: &grid)
  }

  /// Why a plan has no units to choose from, and the commands that give it some.
  static func noUnits(_ picker: UnitPicker, _ model: Model) -> [String] {
    let language = model.language
    let plan = model.task(picker.target)?.0
    let region = plan?.region ?? ""
    let id = VisibleText.line(plan?.id ?? "PLAN")
    if region.isEmpty {
      return [
        language.pick("本方案未写明辖区，名册中也没有无辖区的单位。", "This plan names no jurisdiction and the"),
        language.pick("添加无辖区的单位：", "roster has no unit of none. Add one:"),
        "board unit add ID --name " + language.pick("名称", "NAME"),
        language.pick("或设定方案的辖区，使用该辖区的单位：", "or give the plan a jurisdiction:"),
        "board plan edit \(id) --region " + language.pick("辖区", "REGION"),
      ]
    }
    let shown = VisibleText.line(region)
    return [
      language.pick("名册中没有\(shown)的单位。添加单位：", "The roster has no unit of \(shown). Add one:"),
      "board unit add ID --name " + language.pick("名称", "NAME") + " --region \(shown)",
    ]
  }

  static func drawUnits(_ picker: UnitPicker, _ model: Model, into grid: inout Grid) {
    let language = model.language
    let role =
      picker.role == .lead
      ? language.pick("牵头单位", "Lead units") : language.pick("配合单位", "Cooperating units")
    let box = unitBox(in: grid.size)
    box.fill(&grid, title: role + language.pick("：", " of ") + subject(picker.target, model))
    let prompt = language.pick("筛选：", "Filter: ")
    box.put(prompt, line: 1, style: Style(.muted), into: &grid)
    let fieldLeft = box.left + 1 + prompt.displayWidth
    let fieldWidth = max(1, box.width - 2 - prompt.displayWidth)
    let (text, cursor) = picker.filter.visible(width: fieldWidth)
    grid.fill(row: box.top + 1, column: fieldLeft, width: fieldWidth, style: Style(.input))
    grid.put(text, row: box.top + 1, column: fieldLeft, width: fieldWidth, style: Style(.input))
    grid.cursor = Grid.Position(row: box.top + 1, column: fieldLeft + cursor)
    let visible = box.height - 3
    if picker.choices.isEmpty {
      for (offset, line) in noUnits(picker, model).enumerated() {
        box.put(line, line: 2 + offset, indent: 2, style: Style(.muted), into: &grid)
      }
    } else if picker.shown.isEmpty {
      box.put(
        language.pick("没有符合的单位", "no unit matches"), line: 2, indent: 2, style: Style(.muted),
        into: &grid)
    }
    for offset in 0..<visible {
      let index = picker.top + offset
      guard index < picker.shown.count else { break }
      let choice = picker.choices[picker.shown[index]]
      let isCursor = index == picker.cursor
      let style = Style(.panel, isCursor: isCursor)
      let row = 2 + offset
      if isCursor {
        grid.fill(row: box.top + row, column: box.left, width: box.width, style: style)
      }
      let mark = picker.isChosen(choice) ? "[x] " : "[ ] "
      box.put(
        VisibleText.line(mark + choice.name + "  " + choice.id), line: row, style: style,
        into: &grid)
    }
    let chosen = picker.chosen.map { model.board.roster.name(of: $0) }.joined(
      separator: language.listSeparator)
    box.put(
      VisibleText.line(
        language.pick(
          "空格 勾选  Enter 保存  Esc 取消  已选：", "Space tick  Enter save  Esc cancel  chosen: ") + chosen),
      line: box.height - 1, style: Style(.muted), into: &grid)
  }
}
