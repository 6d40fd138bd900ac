import BoardCore

/// `i`: the ids of the task (or plan) under the cursor and the command lines that show and
/// change it, for users who script what they do on screen.
enum IDsScreen {
  static func lines(_ model: Model) -> [DetailScreen.Line] {
    let language = model.language
    var lines = [
      DetailScreen.Line(
        text: language.pick("编号与命令行", "Ids and command lines"), style: Style(.header))
    ]
    let actor = model.session.actor
    // `--unit` makes each line work as it is, from a shell whose user is no unit's Login.
    let board = "board" + (actor.map { " --unit \($0.id)" } ?? "")
    var commands: [(String, Unit.Role?)] = []  // (command line, only for this role)
    if let key = model.selectedTask, let (plan, task) = model.task(key) {
      lines.append(DetailScreen.Line(label: language.pick("方案", "Plan"), text: plan.id))
      lines.append(DetailScreen.Line(label: language.pick("任务", "Task"), text: task.id))
      let place = "\(plan.id) \(task.id)"
      commands = [
        ("\(board) show \(place)", nil),
        ("\(board) set \(place) --status doing", nil),
        ("\(board) note \(place) '…'", nil),
        ("\(board) request-done \(place) '…'", .unit),
        ("\(board) request-extension \(place) --to YYYY-MM-DD '…'", .unit),
        ("\(board) assign \(place) --lead UNIT --coop UNIT,UNIT", .office),
        ("\(board) set \(place) --due YYYY-MM-DD", .office),
        ("\(board) task edit \(place) --title '…'", .office),
        ("\(board) signoff \(place)", .office),
        ("\(board) chase \(place) '…'", .office),
      ]
    } else if let plan = model.planUnderCursor {
      lines.append(DetailScreen.Line(label: language.pick("方案", "Plan"), text: plan.id))
      commands = [
        ("\(board) list --plan \(plan.id)", nil),
        ("\(board) report --plan \(plan.id)", nil),
        ("\(board) plan edit \(plan.id) --title '…'", .office),
        ("\(board) task add \(plan.id) --title '…'", .office),
      ]
    } else {
      lines.append(
        DetailScreen.Line(
          text: language.pick("光标处没有方案或任务", "no plan or task under the cursor"),
          style: Style(.muted)))
    }
    let shown = commands.filter { $0.1 == nil || $0.1 == actor?.role }
    if !shown.isEmpty {
      lines.append(DetailScreen.Line())
      lines.append(
        DetailScreen.Line(
          text: language.pick("命令行（复制到终端）：", "On the command line (copy into a shell):"),
          style: Style(.muted)))
      lines += shown.map { DetailScreen.Line(text: "  " + VisibleText.line($0.0)) }
    }
    return lines
  }

  static func draw(_ model: Model, into grid: inout Grid) {
    let rows = model.layout.detailRows
    for (offset, line) in lines(model).prefix(rows).enumerated() {
      let row = Layout.detailTop + offset
      if line.style.kind == .header { grid.fill(row: row, style: Style(.header)) }
      let text = line.label.map { $0 + model.language.pick("：", ": ") + line.text } ?? line.text
      grid.put(text.truncated(toWidth: grid.width - 2), row: row, column: 1, style: line.style)
    }
  }
}

extension Model {
  /// The plan under the cursor of the plans screen, else the plan whose tasks are open.
  var planUnderCursor: Plan? {
    if case .plans(let indexes) = screen.rows, screen.cursor < indexes.count {
      return board.plans[indexes[screen.cursor]]
    }
    for screen in stack.reversed() {
      guard case .tasks(let id) = screen.kind else { continue }
      return facts.planIndex(of: id).map { board.plans[$0] }
    }
    return nil
  }
}
