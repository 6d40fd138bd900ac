import BoardCore

/// Edits: each key opens a picker, an editor or a form for the selected task, after asking
/// the core whether the acting unit may make that change at all (so a unit hears the rule
/// at once, not after typing). Every edit is saved at once through an effect.
extension Model {
  mutating func startEdit(_ action: Action) -> Effect? {
    if action == .addTask { return startAddTask() }
    if action == .removeTask { return startRemoveTask() }
    guard let key = selectedTask, let (plan, task) = task(key) else {
      say(language.pick("请先选择一个任务", "select a task first"), isError: true)
      return nil
    }
    let probe: Change.Operation
    switch action {
    case .setStatus: probe = .setStatus(task: task.id, task.status)
    case .assignLead, .assignCoop: probe = .assign(task: task.id, lead: nil, coop: nil)
    case .addNote: probe = .addNote(task: task.id, text: "")
    case .setDeadline: probe = .setDue(task: task.id, task.due)
    default: probe = .editTask(task: task.id, TaskEdit())
    }
    guard mayChange(Change(planID: plan.id, probe), in: plan) else { return nil }
    message = nil  // an old refusal is not about what opens now
    switch action {
    case .setStatus:
      mode = .status(StatusPicker(target: key, current: task.status))
    case .assignLead, .assignCoop:
      let role: UnitPicker.Role = action == .assignLead ? .lead : .coop
      mode = .units(
        UnitPicker(
          target: key, role: role, units: board.roster.units(in: plan.region),
          chosen: role == .lead ? task.lead : task.coop))
    case .addNote:
      field = LineEditor(keepsLineBreaks: true)
      mode = .note(key)
    case .setDeadline:
      field = LineEditor(language.deadline(task.due))
      mode = .deadline(key)
    default:
      form = TaskForm(
        purpose: .edit(key),
        values: [
          (.title, task.title), (.section, task.section), (.text, withTexts(task, key).text),
        ])
      mode = .form
    }
    return nil
  }

  /// Says the core's refusal and returns false when the acting unit may not make `change`.
  private mutating func mayChange(_ change: Change, in plan: Plan) -> Bool {
    guard let refusal = Permissions.refusal(of: change, by: session.actor, in: plan) else {
      return true
    }
    say(language.message(for: refusal), isError: true)
    return false
  }

  /// The id of the plan whose tasks (or one of whose tasks) are on screen.
  var openPlanID: String? { openPlan?.id }

  /// Opens the editor of an indicator's actual value for the year under the cursor, when
  /// the acting unit may report it (the office, or a responsible unit).
  mutating func startActual(_ ref: IndicatorRef) {
    let plan = board.plans[ref.plan]
    let indicator = plan.indicators[ref.indicator]
    let probe = Change(
      planID: plan.id, .setActual(indicator: indicator.id, year: ref.year, value: ""))
    guard mayChange(probe, in: plan) else { return }
    message = nil
    field = LineEditor(indicator.actuals.last { $0.year == ref.year }?.value ?? "")
    mode = .actual(IndicatorKey(plan: plan.id, indicator: indicator.id, year: ref.year))
  }

  /// The plan whose tasks (or one of whose tasks) are on screen.
  private var openPlan: Plan? {
    for screen in stack.reversed() {
      let id: String
      switch screen.kind {
      case .tasks(let plan): id = plan
      case .detail(let key): id = key.plan
      default: continue
      }
      return facts.planIndex(of: id).map { board.plans[$0] }
    }
    return nil
  }

  private mutating func startAddTask() -> Effect? {
    guard let plan = openPlan else {
      say(language.pick("请先打开一个方案（Enter）", "open a plan first (Enter)"), isError: true)
      return nil
    }
    guard mayChange(Change(planID: plan.id, .addTask(PlanTask(id: "", title: ""))), in: plan)
    else { return nil }
    message = nil
    let near = selectedTask.flatMap { $0.plan == plan.id ? task($0)?.1 : nil }
    mode = .form
    form =
      (TaskForm(
        purpose: .add(plan: plan.id),
        values: [
          (.id, plan.nextTaskID(section: near?.section)), (.title, ""),
          (.section, near?.section ?? plan.tasks.last?.section ?? ""),
          (.due, language.deadline(plan.end)),
        ]))
    return nil
  }

  /// Keys while a picker, an editor or a form is open.
  mutating func edit(_ key: Key) -> Effect? {
    switch mode {
    case .status(var picker):
      mode = .browse  // the value below is then edited in place, not copied
      let outcome = picker.handle(key)
      mode = .status(picker)
      if outcome == .submit, picker.chosen == .done, session.actor?.role != .office,
        self.task(picker.target)?.1.status != .done
      {
        // A lead unit does not set 已完成: it requests completion, with a note.
        return openStep(picker.target, .requestDone)
      }
      return close(
        outcome,
        saving: Change(
          planID: picker.target.plan, .setStatus(task: picker.target.task, picker.chosen)))
    case .units(var picker):
      mode = .browse  // the value below is then edited in place, not copied
      let outcome = picker.handle(key, visible: PickerPanel.visibleChoices(in: size))
      mode = .units(picker)
      let task = picker.target.task
      let operation: Change.Operation =
        picker.role == .lead
        ? .assign(task: task, lead: picker.chosen, coop: nil)
        : .assign(task: task, lead: nil, coop: picker.chosen)
      let change = Change(planID: picker.target.plan, operation)
      if outcome == .submit, picker.role == .lead,
        let removed = self.task(picker.target)?.1.lead.filter({ !picker.chosen.contains($0) }),
        !removed.isEmpty
      {
        let names = removed.map { board.roster.name(of: $0) }.joined(
          separator: language.listSeparator)
        return confirm(
          language.pick(
            "从任务 \(task) 移除牵头单位 \(names)？", "Remove the lead unit \(names) from task \(task)?"),
          change)
      }
      return close(outcome, saving: change)
    case .note(let target):
      let outcome = type(key)
      guard outcome == .submit else { return close(outcome, saving: nil) }
      return .save(Change(planID: target.plan, .addNote(task: target.task, text: field.text)))
    case .step(let target, let kind):
      let outcome = type(key)
      guard outcome == .submit else { return close(outcome, saving: nil) }
      guard let operation = stepOperation(kind, task: target.task, text: field.text) else {
        say(
          language.pick(
            "请先写新期限 YYYY-MM-DD，再写理由", "give the new deadline YYYY-MM-DD first, then the reason"),
          isError: true)
        return nil
      }
      return .save(Change(planID: target.plan, operation))
    case .actual(let target):
      let outcome = type(key)
      guard outcome == .submit else { return close(outcome, saving: nil) }
      // The core's own check, said before anything is saved.
      if let indicator = facts.planIndex(of: target.plan).flatMap({
        board.plans[$0].indicator(id: target.indicator)
      }), indicator.actualValue(field.text) == nil {
        say(
          language.message(
            for: .invalidActual(
              value: field.text, indicator: target.indicator, expected: indicator.expectedValue)),
          isError: true)
        return nil
      }
      return .save(
        Change(
          planID: target.plan,
          .setActual(indicator: target.indicator, year: target.year, value: field.text)))
    case .deadline(let target):
      let outcome = type(key)
      guard outcome == .submit else { return close(outcome, saving: nil) }
      guard let due = deadline(field.text) else {
        say(deadlineProblem, isError: true)
        return nil
      }
      return .save(Change(planID: target.plan, .setDue(task: target.task, due)))
    case .form:
      guard let outcome = form?.handle(key) else { return nil }
      guard outcome == .submit, let form else { return close(outcome, saving: nil) }
      return submit(form)
    case .filter(var menu):
      mode = .browse
      switch menu.handle(key) {
      case .stay: mode = .filter(menu)
      case .cancel: break
      case .submit:
        updateTop {
          $0.taskFilter = menu.draft
          $0.cursor = 0
          $0.top = 0
        }
        rebuildTop()
      }
      return nil
    case .confirm(let confirmation):
      mode = confirmation.back
      guard key == .character("y") || key == .character("Y") else {
        say(language.pick("未保存（未确认）", "not saved (not confirmed)"))
        return nil
      }
      return .save(confirmation.change)
    case .browse, .search, .help, .history, .ids:
      return nil
    }
  }

  /// A step of the supervision cycle on the selected task: refused at once when the core
  /// would refuse it (who may, and the state of the cycle: nothing pending, the deadline
  /// passed), so nobody types a reason for nothing; then a text field, or for a decision
  /// that needs none (sign-off, approval) a question to confirm.
  mutating func startStep(_ action: Action) -> Effect? {
    guard let key = selectedTask, let (plan, task) = task(key) else {
      say(language.pick("请先选择一个任务", "select a task first"), isError: true)
      return nil
    }
    let kind: TaskEvent.Kind
    switch action {
    case .requestDone: kind = .requestDone
    case .requestExtension: kind = .requestExtension
    case .signOff: kind = .signOff
    case .sendBack: kind = .sendBack
    case .approveExtension: kind = .approveExtension
    case .refuseExtension: kind = .refuseExtension
    default: kind = .chase
    }
    // A trial on a copy, with a stand-in text and date: the core's own rules answer.
    let trialDay = task.due.map { $0.adding(days: 1) } ?? facts.rules.today
    guard
      let trial = stepOperation(
        kind, task: task.id, text: kind == .requestExtension ? "\(trialDay) …" : "…")
    else { return nil }
    var copy = plan
    do {
      _ = try copy.apply(
        Change(planID: plan.id, trial), by: session.actor, roster: board.roster,
        today: facts.rules.today, settings: board.settings)
    } catch {
      say(language.message(for: error), isError: true)
      return nil
    }
    message = nil
    switch kind {
    case .signOff:
      return confirm(
        language.pick(
          "审核通过任务 \(task.id) 的办结申请，任务办结？", "Sign off task \(task.id) as done?"),
        Change(planID: plan.id, .signOff(task: task.id, note: "")))
    case .approveExtension:
      let asked = task.supervision.extensionRequest?.deadline?.description ?? ""
      return confirm(
        language.pick(
          "批准任务 \(task.id) 延期至 \(asked)？", "Approve the extension of task \(task.id) to \(asked)?"),
        Change(planID: plan.id, .approveExtension(task: task.id, note: "")))
    default:
      return openStep(key, kind)
    }
  }

  private mutating func openStep(_ key: TaskKey, _ kind: TaskEvent.Kind) -> Effect? {
    field = LineEditor(keepsLineBreaks: kind != .requestExtension)
    mode = .step(key, kind)
    return nil
  }

  /// The change a step's typed text asks for; nil when an extension's text does not start
  /// with a date.
  private func stepOperation(_ kind: TaskEvent.Kind, task: String, text: String)
    -> Change.Operation?
  {
    switch kind {
    case .requestDone: return .requestDone(task: task, note: text)
    case .signOff: return .signOff(task: task, note: text)
    case .sendBack: return .sendBack(task: task, reason: text)
    case .approveExtension: return .approveExtension(task: task, note: text)
    case .refuseExtension: return .refuseExtension(task: task, reason: text)
    case .chase: return .chase(task: task, message: text)
    case .requestExtension:
      let trimmed = text.trimmingWhitespace()
      let word = trimmed.prefix { $0 != " " }
      guard let day = Day(word) else { return nil }
      return .requestExtension(
        task: task, to: day, reason: String(trimmed.dropFirst(word.count)))
    }
  }

  /// Asks `question` before saving `change`; a "no" goes back to what is open now.
  private mutating func confirm(_ question: String, _ change: Change) -> Effect? {
    mode = .confirm(Confirmation(question: VisibleText.line(question), change: change, back: mode))
    return nil
  }

  private mutating func startRemoveTask() -> Effect? {
    guard let key = selectedTask, let (plan, task) = task(key) else {
      say(language.pick("请先选择一个任务", "select a task first"), isError: true)
      return nil
    }
    let change = Change(planID: plan.id, .removeTask(task: task.id))
    guard mayChange(change, in: plan) else { return nil }
    message = nil
    return confirm(
      language.pick(
        "删除任务 \(task.id)“\(task.title)”？（记入日志，可用 u 撤销）",
        "Remove task \(task.id) \"\(task.title)\"? (logged; u undoes it)"), change)
  }

  private mutating func type(_ key: Key) -> PanelOutcome {
    switch key {
    case .enter: return .submit
    case .escape: return .cancel
    default:
      _ = field.handle(key)
      return .stay
    }
  }

  /// The change is made only on submit: building it at every key would copy a long text
  /// each time.
  private mutating func close(_ outcome: PanelOutcome, saving change: @autoclosure () -> Change?)
    -> Effect?
  {
    switch outcome {
    case .stay: return nil
    case .cancel:
      mode = .browse
      return nil
    case .submit:
      return change().map { .save($0) }
    }
  }

  /// A deadline as typed (the core's one parser, as the command line's `--due`): a date, or
  /// 长期 (ongoing, none, -) for no deadline; nil when neither.
  private func deadline(_ text: String) -> Day?? {
    Deadline(text).map(\.day)
  }

  private var deadlineProblem: String {
    language.pick("期限应为 YYYY-MM-DD 或“长期”", "a deadline is YYYY-MM-DD or \"ongoing\"")
  }

  private mutating func submit(_ form: TaskForm) -> Effect? {
    var form = form
    switch form.purpose {
    case .add(let planID):
      guard let due = deadline(form.value(.due) ?? "") else {
        form.problem = deadlineProblem
        self.form = form
        return nil
      }
      let task = PlanTask(
        id: (form.value(.id) ?? "").trimmingWhitespace(),
        section: (form.value(.section) ?? "").trimmingWhitespace(),
        title: (form.value(.title) ?? "").trimmingWhitespace(), due: due)
      focusAfterReload = TaskKey(plan: planID, task: task.id)
      return .save(Change(planID: planID, .addTask(task)))
    case .edit(let key):
      func changed(_ name: TaskForm.FieldName) -> String? {
        guard let field = form.fields.first(where: { $0.name == name }) else { return nil }
        let value = name == .text ? field.editor.text : field.editor.text.trimmingWhitespace()
        return value == field.original ? nil : value
      }
      let edit = TaskEdit(title: changed(.title), text: changed(.text), section: changed(.section))
      guard edit != TaskEdit() else {
        mode = .browse
        say(language.pick("未改变", "unchanged"))
        return nil
      }
      let change = Change(planID: key.plan, .editTask(task: key.task, edit))
      guard edit.title != nil || edit.text != nil else { return .save(change) }
      let what = [
        edit.title.map { _ in language.pick("名称", "title") },
        edit.text.map { _ in language.pick("内容", "text") },
      ].compactMap { $0 }.joined(separator: language.pick("和", " and "))
      return confirm(
        language.pick("保存对任务 \(key.task) \(what)的修改？", "Save the new \(what) of task \(key.task)?"),
        change)
    }
  }

  /// After a save: close what was open and read the board again; after a refusal or an
  /// error, say why and leave the picker, editor or form open so nothing typed is lost.
  mutating func finishSave(_ outcome: SaveOutcome) -> Effect? {
    switch outcome {
    case .saved(let fields):
      mode = .browse
      say(fields.isEmpty ? language.pick("未改变", "unchanged") : language.pick("已保存", "saved"))
      return .reload
    case .refused(let error):
      focusAfterReload = nil
      say(language.message(for: error), isError: true)
    case .failed(let text):
      focusAfterReload = nil
      say(text, isError: true)
    }
    if case .form = mode { form?.problem = message?.text }
    return nil
  }
}
