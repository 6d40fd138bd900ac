import BoardCore

/// Turns a plan file's records into a `Plan` and back.
///
/// Decoding reports every problem with its line; encoding writes the canonical form of
/// docs/format.md, naming units by their names within the plan's jurisdiction.
public enum PlanFile {
  /// A decoded plan file, with where each task's record stands so a save can replace only
  /// the lines of the task it changed.
  public struct Decoded: Sendable {
    /// Nil when the file has no Plan record.
    public var plan: Plan?
    public var problems: [Problem]
    /// Byte range of each task's record, by task id.
    public var taskRanges: [String: Range<Int>]
    /// Byte range of each indicator's record, by indicator id.
    public var indicatorRanges: [String: Range<Int>] = [:]
    /// Where the plan record stands.
    public var planRange: Range<Int>?
    /// The end of the Task descriptor, where a first task is inserted.
    public var taskDescriptorEnd: Int?
    /// Where the Task descriptor stands.
    public var taskDescriptor: Range<Int>?
  }

  public static func decode(
    _ bytes: [UInt8], file: String, expectedID: String?, roster: Roster
  ) -> Decoded {
    var storage = RecScanner.Storage()
    return bytes.withUnsafeBufferPointer { buffer in
      decode(
        buffer, file: file, expectedID: expectedID, index: RosterIndex(roster: roster),
        keepingTexts: true, keepingRanges: true, storage: &storage)
    }
  }

  /// The same, reusing `storage` from file to file; with `keepingTexts` false every task's
  /// text and notes are checked but left empty (`BoardDirectory.load(keepingTexts:)`), with
  /// `keepingRanges` false `taskRanges` stays empty (only a save needs it).
  static func decode(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String, expectedID: String?,
    index: RosterIndex, keepingTexts: Bool, keepingRanges: Bool,
    storage: inout RecScanner.Storage
  ) -> Decoded {
    var decoded =
      decodeFast(
        buffer, file: file, expectedID: expectedID, index: index, keepingTexts: keepingTexts,
        keepingRanges: keepingRanges, storage: &storage)
      ?? decodeChecked(Array(buffer), file: file, expectedID: expectedID, roster: index.roster)
    if !keepingRanges {
      decoded.taskRanges = [:]
      decoded.indicatorRanges = [:]
    }
    if !keepingTexts, var plan = decoded.plan {
      // Records the fast reader declined kept theirs.
      for index in plan.tasks.indices
      where !plan.tasks[index].text.isEmpty
        || plan.tasks[index].notes.contains(where: { !$0.text.isEmpty })
      {
        // Notes keep their day and author (the monthly report is judged by them), and events
        // stay whole: they are few, and they say where a task stands.
        plan.tasks[index].text = ""
        for note in plan.tasks[index].notes.indices { plan.tasks[index].notes[note].text = "" }
      }
      decoded.plan = plan
    }
    return decoded
  }

  /// Every record the checked way: the reference for what `decode` returns.
  static func decodeChecked(
    _ bytes: [UInt8], file: String, expectedID: String?, roster: Roster
  ) -> Decoded {
    decodeChecked(
      RecParser.parse(bytes, file: file), file: file, expectedID: expectedID, roster: roster)
  }

  /// The same from a parsed file and its lexical problems.
  static func decodeChecked(
    _ parsed: (RecDocument, [Problem]), file: String, expectedID: String?, roster: Roster
  ) -> Decoded {
    let (document, lexical) = parsed
    var decoder = Decoder(file: file, roster: roster, problems: lexical)
    for record in document.records { decoder.read(record) }
    return decoder.finish(expectedID: expectedID)
  }

  /// Plain task records straight from the bytes (`FastTaskReader`), the others the checked
  /// way; nil when the file has a lexical problem or invalid UTF-8, for `decodeChecked` to
  /// report.
  static func decodeFast(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String, expectedID: String?,
    index: RosterIndex, keepingTexts: Bool, keepingRanges: Bool,
    storage: inout RecScanner.Storage
  ) -> Decoded? {
    var scanner = RecScanner(
      buffer: buffer, file: file, mode: .fast, joinsTaskTexts: keepingTexts, storage: &storage)
    defer { storage = scanner.takeStorage() }
    guard scanner.run() else { return nil }
    return scanner.arena.withUnsafeBufferPointer { arena -> Decoded? in
      var decoder = Decoder(file: file, roster: index.roster, problems: [])
      var reader = FastTaskReader(index: index, keepsTexts: keepingTexts)
      decoder.tasks.reserveCapacity(scanner.records.count)
      decoder.taskLines.reserveCapacity(scanner.records.count)
      decoder.keepsRanges = keepingRanges
      if keepingRanges { decoder.taskRanges.reserveCapacity(scanner.records.count) }
      for record in scanner.records {
        if !record.isDescriptor && record.recordType == "Task"
          && reader.read(record, of: scanner, arena: arena, into: &decoder)
        {
          continue
        }
        guard let checked = RecParser.validatedRecord(record, of: scanner, arena: arena)
        else { return nil }
        decoder.read(checked)
      }
      return decoder.finish(expectedID: expectedID)
    }
  }

  /// The whole file in canonical form.
  public static func encode(_ plan: Plan, roster: Roster) -> [UInt8] {
    var writer = RecWriter(capacity: 1024 + plan.tasks.count * 1024)
    RecordSchema.plan.writeDescriptor(to: &writer)
    writePlanRecord(plan, to: &writer)
    writer.blankLine()
    RecordSchema.task.writeDescriptor(to: &writer)
    for (index, task) in plan.tasks.enumerated() {
      if index > 0 { writer.blankLine() }
      writeTask(task, roster: roster, to: &writer)
    }
    if !plan.indicators.isEmpty {
      writer.blankLine()
      RecordSchema.indicator.writeDescriptor(to: &writer)
      for (index, indicator) in plan.indicators.enumerated() {
        if index > 0 { writer.blankLine() }
        writeIndicator(indicator, roster: roster, to: &writer)
      }
    }
    return writer.bytes
  }

  /// One task record in canonical form, ending with its last line break.
  public static func encode(_ task: PlanTask, roster: Roster) -> [UInt8] {
    var writer = RecWriter(capacity: 1024)
    writeTask(task, roster: roster, to: &writer)
    return writer.bytes
  }

  static func writePlanRecord(_ plan: Plan, to writer: inout RecWriter) {
    writer.field("Id", plan.id)
    writer.field("Title", plan.title)
    writer.optionalField("Region", plan.region)
    writer.optionalField("Issuer", plan.issuer)
    writer.optionalField("Number", plan.number)
    writer.optionalField("Issued", plan.issued?.description ?? "")
    writer.optionalField("Start", plan.start?.description ?? "")
    writer.optionalField("End", plan.end?.description ?? "")
    writer.optionalField("Source", plan.source)
  }

  static func writeTask(_ task: PlanTask, roster: Roster, to writer: inout RecWriter) {
    for field in canonicalFields(task, roster: roster) { writer.raw(field.bytes) }
  }

  /// A task's fields in canonical order, each with its lines and what identifies its value
  /// (a unit's id for Lead and Coop): the one declaration of how a task is written, used
  /// whole (`writeTask`) and field by field (`TaskRecordEdit`).
  static func canonicalFields(_ task: PlanTask, roster: Roster) -> [(
    name: String, key: String, bytes: [UInt8]
  )] {
    var fields: [(name: String, key: String, bytes: [UInt8])] = []
    fields.reserveCapacity(
      8 + task.lead.count + task.coop.count + task.notes.count + task.events.count)
    func add(_ name: String, _ value: String, key: String? = nil, optional: Bool = false) {
      if optional && value.isEmpty { return }
      var writer = RecWriter(capacity: name.utf8.count + value.utf8.count + 8)
      writer.field(name, value)
      fields.append((name, key ?? value, writer.bytes))
    }
    add("Id", task.id)
    add("Section", task.section, optional: true)
    add("Title", task.title)
    for id in task.lead { add("Lead", roster.name(of: id), key: id) }
    for id in task.coop { add("Coop", roster.name(of: id), key: id) }
    add("Due", task.due?.description ?? "", optional: true)
    add("Status", task.status.rawValue)
    add("Text", task.text, optional: true)
    for note in task.notes { add("Note", "\(note.date) \(note.author) \(note.text)") }
    for event in task.events { add("Event", event.value) }
    return fields
  }

  static func writeIndicator(_ indicator: Indicator, roster: Roster, to writer: inout RecWriter) {
    for field in canonicalFields(indicator, roster: roster) { writer.raw(field.bytes) }
  }

  /// An indicator's fields in canonical order, as `canonicalFields` of a task: the one
  /// declaration of how an indicator is written, whole and field by field.
  static func canonicalFields(_ indicator: Indicator, roster: Roster) -> [(
    name: String, key: String, bytes: [UInt8]
  )] {
    var fields: [(name: String, key: String, bytes: [UInt8])] = []
    func add(_ name: String, _ value: String, key: String? = nil, optional: Bool = false) {
      if optional && value.isEmpty { return }
      var writer = RecWriter(capacity: name.utf8.count + value.utf8.count + 8)
      writer.field(name, value)
      fields.append((name, key ?? value, writer.bytes))
    }
    add("Id", indicator.id)
    add("Name", indicator.name)
    add("Measure", indicator.measure, optional: true)
    for target in indicator.targets { add("Target", "\(target.year) \(target.value)") }
    for actual in indicator.actuals { add("Actual", "\(actual.year) \(actual.value)") }
    for id in indicator.units { add("Unit", roster.name(of: id), key: id) }
    return fields
  }

  /// Reads records one by one into a plan, reporting every problem.
  struct Decoder {
    let file: String
    let roster: Roster
    var problems: [Problem]
    var plan: Plan?
    var planIDLine: Int?
    var planRange: Range<Int>?
    var tasks: [PlanTask] = []
    var taskLines: [String: Int] = [:]
    var taskRanges: [String: Range<Int>] = [:]
    /// False: `taskRanges` is left empty.
    var keepsRanges = true
    var taskDescriptorEnd: Int?
    var taskDescriptor: Range<Int>?
    var indicators: [Indicator] = []
    var indicatorLines: [String: Int] = [:]
    var indicatorRanges: [String: Range<Int>] = [:]
    var descriptors: RecordSchema.DescriptorCheck

    init(file: String, roster: Roster, problems: [Problem]) {
      self.file = file
      self.roster = roster
      self.problems = problems
      self.descriptors = RecordSchema.DescriptorCheck(file: file)
    }

    mutating func report(_ line: Int, _ message: Localized) {
      problems.append(Problem(file: file, line: line, message))
    }

    /// The plan with its tasks and indicators, after the checks that need the whole file.
    consuming func finish(expectedID: String?) -> Decoded {
      if plan == nil {
        report(
          1,
          Localized("没有 Plan 记录；文件应以一条 Plan 记录开头", "no Plan record; expected one Plan record first")
        )
      }
      if var plan {
        if let expectedID, plan.id != expectedID, let line = planIDLine {
          report(
            line,
            Localized(
              "方案编号“\(plan.id)”与文件名不符（应为“\(expectedID)”）",
              "plan id \"\(plan.id)\" does not match the file name (expected \"\(expectedID)\")"))
        }
        plan.tasks = tasks
        plan.indicators = indicators
        self.plan = plan
      }
      problems.sort { $0.line < $1.line }
      return Decoded(
        plan: plan, problems: problems, taskRanges: taskRanges,
        indicatorRanges: indicatorRanges, planRange: planRange,
        taskDescriptorEnd: taskDescriptorEnd, taskDescriptor: taskDescriptor)
    }

    mutating func read(_ record: RecRecord) {
      if record.isDescriptor {
        switch record.recordType {
        case "Plan": descriptors.check(record, against: .plan, problems: &problems)
        case "Indicator": descriptors.check(record, against: .indicator, problems: &problems)
        case "Task":
          descriptors.check(record, against: .task, problems: &problems)
          taskDescriptorEnd = record.byteRange.upperBound
          taskDescriptor = record.byteRange
        default:
          report(
            record.line,
            Localized(
              "未知的记录集“\(record.recordType ?? "")”；应为 Plan、Task 或 Indicator",
              "unknown record set \"\(record.recordType ?? "")\"; expected Plan, Task or Indicator")
          )
        }
        return
      }
      switch record.recordType {
      case nil:
        report(
          record.line,
          Localized("第一条记录之前应有“%rec: Plan”", "expected \"%rec: Plan\" before the first record"))
      case "Plan":
        readPlan(record)
      case "Task":
        if plan == nil {
          report(
            record.line,
            Localized(
              "Task 记录出现在 Plan 记录之前；应先有 Plan 记录",
              "Task record before the Plan record; expected the Plan record first"))
        }
        readTask(record)
      case "Indicator":
        readIndicator(record)
      default:
        break  // the descriptor was reported
      }
    }

    mutating func readPlan(_ record: RecRecord) {
      let fields = RecordSchema.plan.read(record, file: file, problems: &problems)
      if plan != nil {
        report(
          record.line,
          Localized(
            "第二条 Plan 记录；每个文件只应有一条", "a second Plan record; expected one Plan record per file"))
        return
      }
      let id = fields.value("Id")
      if let field = fields.first("Id"), !Unit.isValidID(id) {
        report(
          field.line,
          Localized(
            "方案编号“\(id)”只能包含 ASCII 字母、数字、“-”、“_”或“.”",
            "plan id \"\(id)\" must be ASCII letters, digits, '-', '_' or '.'"))
      }
      planIDLine = fields.first("Id")?.line
      planRange = record.byteRange
      plan = Plan(
        id: id, title: fields.value("Title"), region: fields.value("Region"),
        issuer: fields.value("Issuer"), number: fields.value("Number"),
        issued: date(fields.first("Issued")), start: date(fields.first("Start")),
        end: date(fields.first("End")), source: fields.value("Source"))
    }

    mutating func readTask(_ record: RecRecord) {
      let fields = RecordSchema.task.read(
        record, file: file, problems: &problems, fileAllowed: descriptors.allowed("Task"))
      let id = fields.value("Id")
      if let idField = fields.first("Id") {
        if !Unit.isValidID(id) {
          report(
            idField.line,
            Localized(
              "任务编号“\(id)”只能包含 ASCII 字母、数字、“.”、“-”或“_”",
              "task id \"\(id)\" must be ASCII letters, digits, '.', '-' or '_'"))
        }
        if let first = taskLines[id] {
          report(
            idField.line,
            Localized(
              "任务编号“\(id)”重复（首次在第 \(first) 行）",
              "duplicate task id \"\(id)\" (first at line \(first))"))
        } else {
          taskLines[id] = idField.line
          if keepsRanges { taskRanges[id] = record.byteRange }
        }
      }
      var status = Status.todo
      if let field = fields.first("Status") {
        if let parsed = Status(rawValue: field.value) {
          status = parsed
        } else {
          report(
            field.line,
            Localized(
              "未知状态“\(field.value)”；应为 todo、doing、blocked 或 done",
              "unknown status \"\(field.value)\"; expected todo, doing, blocked or done"))
        }
      }
      let notes = fields.all("Note").compactMap { note($0) }
      let events = fields.all("Event").compactMap { event($0) }
      tasks.append(
        PlanTask(
          id: id, section: fields.value("Section"), title: fields.value("Title"),
          text: fields.value("Text"), lead: units(fields.all("Lead")),
          coop: units(fields.all("Coop")), due: date(fields.first("Due")), status: status,
          notes: notes, events: events))
    }

    mutating func readIndicator(_ record: RecRecord) {
      let fields = RecordSchema.indicator.read(record, file: file, problems: &problems)
      let id = fields.value("Id")
      if let idField = fields.first("Id") {
        if let first = indicatorLines[id] {
          report(
            idField.line,
            Localized(
              "指标编号“\(id)”重复（首次在第 \(first) 行）",
              "duplicate indicator id \"\(id)\" (first at line \(first))"))
        } else {
          indicatorLines[id] = idField.line
          indicatorRanges[id] = record.byteRange
        }
      }
      indicators.append(
        Indicator(
          id: id, name: fields.value("Name"), measure: fields.value("Measure"),
          targets: fields.all("Target").compactMap { yearValue($0) },
          actuals: fields.all("Actual").compactMap { yearValue($0) },
          units: units(fields.all("Unit"))))
    }

    mutating func date(_ field: RecField?) -> Day? {
      guard let field else { return nil }
      guard let day = Day(field.value) else {
        report(
          field.line,
          Localized(
            "\(field.name) 应为日期 YYYY-MM-DD，实际为“\(field.value)”",
            "expected a date YYYY-MM-DD in \(field.name), found \"\(field.value)\""))
        return nil
      }
      return day
    }

    /// Resolves unit names within the plan's jurisdiction.
    mutating func units(_ fields: [RecField]) -> [String] {
      var ids: [String] = []
      for field in fields {
        let name = field.value.trimmingWhitespace()
        guard !name.isEmpty else {
          report(
            field.line,
            Localized("\(field.name) 为空；应为单位名称", "empty \(field.name); expected a unit name"))
          continue
        }
        guard let plan else { continue }
        if let unit = roster.unit(named: name, in: plan.region), unit.role == .unit {
          ids.append(unit.id)
        } else if let office = roster.unit(named: name, in: ""), office.role == .office {
          report(
            field.line,
            Localized(
              "单位“\(name)”是办公室（\(office.id)）；\(field.name) 应为承担工作的单位，而不是办公室",
              "unit \"\(name)\" is the office (\(office.id)); \(field.name) names a unit that does "
                + "the work, not the office"))
        } else {
          let place = plan.region.isEmpty ? "plans without a Region" : plan.region
          let chinesePlace = plan.region.isEmpty ? "未注明辖区的方案" : plan.region
          report(
            field.line,
            Localized(
              "名册（roster.rec）中没有\(chinesePlace)的单位“\(name)”",
              "unit \"\(name)\" is not in the roster for \(place) (roster.rec)"))
        }
      }
      return ids
    }

    mutating func note(_ field: RecField) -> Note? {
      let parts = field.value.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3, let day = Day(parts[0]), !parts[1].isEmpty,
        !parts[2].trimmingWhitespace().isEmpty
      else {
        let found = Decoder.excerpt(field.value)
        report(
          field.line,
          Localized(
            "应为“Note: YYYY-MM-DD 单位编号 内容”，实际为“\(found)”",
            "expected \"Note: YYYY-MM-DD UNIT-ID text\", found \"\(found)\""))
        return nil
      }
      let author = String(parts[1])
      if roster.unit(id: author) == nil {
        report(
          field.line,
          Localized(
            "进度反馈的作者“\(author)”不在名册（roster.rec）中",
            "note author \"\(author)\" is not in the roster (roster.rec)"))
      }
      return Note(date: day, author: author, text: String(parts[2]))
    }

    /// `DATE UNIT-ID KIND …` (`TaskEvent.value`), by a unit of the roster.
    mutating func event(_ field: RecField) -> TaskEvent? {
      guard let event = TaskEvent(value: field.value) else {
        let kinds = TaskEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        let found = Decoder.excerpt(field.value)
        report(
          field.line,
          Localized(
            "应为“Event: YYYY-MM-DD 单位编号 类别 …”（类别为 \(kinds) 之一，及其值；见 docs/format.md），"
              + "实际为“\(found)”",
            "expected \"Event: YYYY-MM-DD UNIT-ID KIND …\" (KIND one of \(kinds), with its "
              + "values; see docs/format.md), found \"\(found)\""))
        return nil
      }
      if roster.unit(id: event.unit) == nil {
        report(
          field.line,
          Localized(
            "督办记录的单位“\(event.unit)”不在名册（roster.rec）中",
            "event unit \"\(event.unit)\" is not in the roster (roster.rec)"))
      }
      return event
    }

    mutating func yearValue(_ field: RecField) -> Indicator.YearValue? {
      let parts = field.value.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else {
        report(
          field.line,
          Localized(
            "应为“\(field.name): 年份 数值”，实际为“\(field.value)”",
            "expected \"\(field.name): YEAR value\", found \"\(field.value)\""))
        return nil
      }
      return Indicator.YearValue(year: year, value: String(parts[1]))
    }

    static func excerpt(_ text: String) -> String {
      text.count > 24 ? String(text.prefix(24)) + "…" : text
    }
  }
}
