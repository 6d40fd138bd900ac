import BoardCore

/// Reads the plain text of a plan document (what copying from Word, a PDF or a web page
/// gives) and makes a plan of it. Pure: text in, a result out; no files, no clock.
///
/// The steps, each in its own file: the text's layout (`Layout`: lines, tables, page chrome),
/// paragraphs (`Paragraphs`), the outline of headings and items (`Outline`), the parts that
/// hold tasks (`TaskParts`), unit labels (`UnitLabels`, `LabelRoles`), tables (`TaskTable`,
/// `IndicatorTable`, `TableMerge`), deadlines (`Deadlines`), the plan's own fields
/// (`DocumentFacts`), unit and plan ids (`UnitCatalog`, `PlanIDs`) and the report.
public struct PlanImporter: Sendable {
  /// The board's roster: units of the plan's jurisdiction are reused by name.
  public var roster: Roster

  public init(roster: Roster) {
    self.roster = roster
  }

  public func run(_ bytes: [UInt8], options: ImportOptions = ImportOptions()) throws(ImportError)
    -> ImportResult
  {
    let lines = try SourceText.lines(bytes)
    let layout = Layout(lines)
    let paragraphs = Paragraphs.make(layout.text)
    let bodyStart =
      paragraphs.firstIndex { $0.marker?.kind == .chineseComma }
      ?? paragraphs.firstIndex { $0.marker != nil } ?? paragraphs.count
    let annexStart =
      paragraphs[bodyStart...].firstIndex { PlanImporter.isAnnexStart($0.text) } ?? paragraphs.count
    let front = Array(paragraphs[..<bodyStart])
    let body = Paragraphs.joinWrapped(Array(paragraphs[bodyStart..<annexStart]))
    let annex = Array(paragraphs[annexStart...])
    let outline = Outline(body)

    var report = ImportReport()
    let parts = TaskParts(outline: outline, report: &report)
    var drafts = parts.drafts
    let tables = readTables(layout.tables, report: &report)
    // A task's labels are read together: 牵头单位 on one line makes the 责任单位 of the next
    // line cooperating units.
    let taskLabels = drafts.map(\.unitLabels)
    var roles = LabelRoles(
      groups: taskLabels.compactMap { $0 } + tables.tasks.flatMap { $0.rows.map(\.labels) },
      firstListedLeads: DocumentRules.firstListedLeads(lines))
    for index in drafts.indices {
      guard let group = taskLabels[index] else { continue }
      (drafts[index].lead, drafts[index].coop) = roles.assign(group)
    }
    for table in tables.tasks {
      // The key tasks come from the table where the body numbers none (safeguard measures
      // may still be numbered in the body).
      if !drafts.contains(where: { !$0.isSafeguard }) {
        drafts = PlanImporter.drafts(from: table, roles: &roles, report: &report) + drafts
      } else {
        TableMerge.merge(table, into: &drafts, roles: &roles, report: &report)
      }
    }
    guard !drafts.isEmpty else { throw .noTasks }
    PlanImporter.applyStanding(DocumentRules.standing(lines), to: &drafts, report: &report)
    for (line, name) in roles.prefixed {
      report.add(
        .guesses, line: line,
        Words(
          "\(name.written) read as \(name.read): the list's first unit names the level",
          "“\(name.written)”读作“\(name.read)”：沿用同列第一个单位的层级"))
    }

    let facts = DocumentFacts(
      lines: lines, metadata: layout.metadata, front: front,
      end: outline.signature + outline.unplaced.map(\.0) + annex, goals: parts.goals)
    var plan = Plan(
      id: "", title: facts.title?.value ?? "", region: facts.region?.value ?? "",
      issuer: facts.issuer?.value ?? "", number: facts.number?.value ?? "",
      issued: facts.issued?.value, start: facts.start?.value, end: facts.end?.value,
      source: options.source)
    if let region = options.region { plan.region = region }
    PlanImporter.settleDeadlines(
      &drafts, end: plan.end,
      year: plan.start?.year ?? plan.issued?.year ?? plan.end?.year
        ?? Period.firstYear(in: plan.title), report: &report)
    if report.entries(in: .deadlines).isEmpty, let end = plan.end {
      report.add(
        .deadlines,
        Words("every task: the plan's end \(end)", "全部任务：方案截止日期\(end)"))
    }
    for draft in drafts where draft.titleIsGuess {
      report.add(
        .guesses, line: draft.line,
        Words(
          "\(draft.id): the first sentence is long; the title runs to the first comma: \(draft.title)",
          "\(draft.id)：首句较长，标题取至第一个逗号：\(draft.title)"))
    }

    var catalog = UnitCatalog(roster: roster, region: plan.region)
    plan.tasks = drafts.map { draft in
      PlanTask(
        id: draft.id, section: draft.section, title: draft.title, text: draft.text,
        lead: draft.lead.map { catalog.id(for: $0) }, coop: draft.coop.map { catalog.id(for: $0) },
        due: draft.due)
    }
    plan.indicators = tables.indicators.map { row in
      Indicator(
        id: row.id, name: row.name, measure: row.measure, targets: row.targets,
        units: row.units.map { catalog.id(for: $0) })
    }
    if let id = options.id {
      plan.id = id
    } else {
      let year = plan.start?.year ?? plan.issued?.year ?? plan.end?.year
      let derived = PlanIDs.derive(title: plan.title, region: plan.region, year: year)
      plan.id = derived.id
      if year == nil {
        report.add(
          .guesses,
          Words(
            "the plan id has no year: the document gives no period or date; give --id",
            "方案编号不含年份：文档没有期限或日期，可用 --id 指定"))
      }
      if !derived.spelled {
        report.add(
          .guesses,
          Words(
            "the plan id leaves out the jurisdiction \(plan.region): a character of it is not in the pinyin table; give --id",
            "方案编号未含辖区“\(plan.region)”：拼音表缺少其中的字，请用 --id 指定"))
      }
    }
    guard Unit.isValidID(plan.id) else { throw .invalidPlanID(plan.id) }

    let summary = ImportSummary(
      plan: plan, facts: facts, options: options, catalog: catalog, roles: roles, lines: lines,
      layout: layout, front: front, outline: outline, annex: annex)
    summary.write(to: &report)
    return ImportResult(
      plan: plan, newUnits: catalog.newUnits, roster: catalog.roster, report: report)
  }

  /// `附件`, `附件：1.…`, `附件1`, `附表`: where the annexes begin.
  static func isAnnexStart(_ text: String) -> Bool {
    (text.hasPrefix("附件") || text.hasPrefix("附表")) && text.count <= 80
  }

  struct Tables {
    var tasks: [TaskTable] = []
    var indicators: [IndicatorTable.Row] = []
  }

  func readTables(_ tables: [Table], report: inout ImportReport) -> Tables {
    var result = Tables()
    for table in tables {
      let caption = table.caption.isEmpty ? "" : Scan.excerpt(table.caption, limit: 24) + ": "
      guard let columns = TableColumns(table) else {
        report.add(
          .notPlaced, line: table.line, through: table.lastLine,
          Words(
            "\(caption)a table whose header the importer does not know",
            "\(caption)无法识别表头的表格"))
        continue
      }
      if columns.isIndicatorTable {
        let rows = IndicatorTable(table, columns: columns).rows
        result.indicators += rows
        report.add(
          .tables, line: table.line, through: table.lastLine,
          Words(
            "\(caption)indicator table, \(rows.count) indicators", "\(caption)指标表，\(rows.count)项指标")
        )
      } else if columns.isTaskTable {
        let tasks = TaskTable(table, columns: columns)
        result.tasks.append(tasks)
        report.add(
          .tables, line: table.line, through: table.lastLine,
          Words(
            "\(caption)task table, \(tasks.rows.count) rows", "\(caption)任务表，\(tasks.rows.count)行"))
      } else {
        report.add(
          .notPlaced, line: table.line, through: table.lastLine,
          Words(
            "\(caption)a table that is neither a task table nor an indicator table",
            "\(caption)既不是任务表也不是指标表的表格"))
      }
    }
    return result
  }

  /// Tasks from a task table, for a document whose body holds none.
  static func drafts(
    from table: TaskTable, roles: inout LabelRoles, report: inout ImportReport
  ) -> [TaskDraft] {
    var drafts: [TaskDraft] = []
    var used: Set<String> = []
    for (position, row) in table.rows.enumerated() {
      var id = row.number.filter { !$0.isWhitespace }
      if id.isEmpty || !Unit.isValidID(id) || used.contains(id) { id = String(position + 1) }
      used.insert(id)
      let section = row.section.isEmpty ? Scan.withoutFinalStop(table.table.caption) : row.section
      var draft = TaskDraft(row: row, id: id, section: section)
      (draft.lead, draft.coop) = roles.assign(row.labels)
      drafts.append(draft)
    }
    report.add(
      .tables, line: table.table.line,
      Words(
        "the body has no numbered tasks: the \(drafts.count) tasks come from this table",
        "正文没有编号任务：\(drafts.count)项任务取自该表"))
    return drafts
  }

  /// Standing units (`以下均需各区政府落实，不再列出`) cooperate on every later task.
  static func applyStanding(
    _ rules: [DocumentRules.Standing], to drafts: inout [TaskDraft], report: inout ImportReport
  ) {
    for rule in rules {
      var count = 0
      // The tasks the list assigns; safeguard measures are the plan's own.
      for index in drafts.indices where drafts[index].line > rule.line && !drafts[index].isSafeguard
      {
        let new = rule.units.filter {
          !drafts[index].lead.contains($0) && !drafts[index].coop.contains($0)
        }
        drafts[index].coop += new
        if !new.isEmpty { count += 1 }
      }
      let names = rule.units.joined(separator: "、")
      report.add(
        .labels, line: rule.line,
        Words(
          "\(names) → cooperating units of every later task (\(count) task\(count == 1 ? "" : "s")): \(Scan.excerpt(rule.written))",
          "\(names) → 其后每项任务的配合单位（\(count)项）：\(Scan.excerpt(rule.written))"))
    }
  }

  /// Each task's deadline: its 完成时限, else what its text fixes, else the plan's end.
  static func settleDeadlines(
    _ drafts: inout [TaskDraft], end: Day?, year: Int?, report: inout ImportReport
  ) {
    for index in drafts.indices {
      let id = drafts[index].id
      let line = drafts[index].line
      if let label = drafts[index].deadlineLabel {
        switch Deadlines.field(label, year: year) {
        case .day(let day):
          drafts[index].due = day
          if day != end {
            report.add(
              .deadlines, line: line, Words("\(id): \(day) (\(label))", "\(id)：\(day)（\(label)）"))
          }
          continue
        case .ongoing:
          drafts[index].due = nil
          drafts[index].ongoing = true
          report.add(
            .deadlines, line: line,
            Words("\(id): ongoing, no deadline (\(label))", "\(id)：长期（\(label)）"))
          continue
        case nil:
          report.add(
            .guesses, line: line,
            Words(
              "\(id): the deadline \(label) cannot be read; the plan's end is used",
              "\(id)：无法识别期限“\(label)”，按方案截止日期"))
        }
      }
      let found = Deadlines.inText(drafts[index].title + "。" + drafts[index].text, year: year)
      if let latest = found.max(by: { $0.day < $1.day }), latest.day != end {
        drafts[index].due = latest.day
        report.add(
          .deadlines, line: line,
          Words(
            "\(id): \(latest.day), its own deadline (\(latest.written))",
            "\(id)：\(latest.day)，任务自身的期限（\(latest.written)）"))
        if let end, latest.day > end {
          report.add(
            .guesses, line: line,
            Words(
              "\(id): its deadline \(latest.day) is after the plan's end \(end)",
              "\(id)：期限\(latest.day)晚于方案截止日期\(end)"))
        }
        continue
      }
      drafts[index].due = end
      if end == nil {
        report.add(
          .guesses, line: line,
          Words(
            "\(id): no deadline: neither the task nor the plan gives one, so it shows as 长期",
            "\(id)：任务和方案都没有期限，显示为长期"))
      }
    }
  }
}
