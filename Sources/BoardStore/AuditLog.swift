import BoardCore

/// The append-only audit log, `log.rec`: one `Change` record per changed field.
public enum AuditLog {
  public static let fileName = "log.rec"

  /// One line of the audit trail.
  public struct Entry: Hashable, Sendable {
    /// Local time with its offset, `2026-11-25T10:31:02+08:00`.
    public var time: String
    public var unit: String
    public var plan: String
    public var task: String
    public var field: String
    public var old: String
    public var new: String
    /// Which save made the change: the records of one change share it, and a save interrupted
    /// after its records were logged is finished by the next writer (`BoardDirectory.apply`).
    public var save: String

    public init(
      time: String, unit: String, plan: String, task: String, field: String, old: String,
      new: String, save: String = ""
    ) {
      self.time = time
      self.unit = unit
      self.plan = plan
      self.task = task
      self.field = field
      self.old = old
      self.new = new
      self.save = save
    }

    /// The day part of `time`.
    public var day: Day? { Day(time.prefix(10)) }
  }

  static func encode(_ entries: [Entry]) -> [UInt8] {
    var writer = RecWriter(capacity: entries.count * 160)
    for entry in entries {
      writer.field("Time", entry.time)
      writer.field("Unit", entry.unit)
      writer.field("Plan", entry.plan)
      writer.field("Task", entry.task)
      writer.field("Field", entry.field)
      writer.optionalField("Old", entry.old)
      writer.optionalField("New", entry.new)
      // Last, so that a batch of records is whole exactly when the log ends with this line.
      writer.optionalField("Save", entry.save)
      writer.blankLine()
    }
    return writer.bytes
  }

  /// What the log ends with once every record of `save` is written.
  static func end(of save: String) -> [UInt8] {
    Array("Save: \(save)\n\n".utf8)
  }

  static var header: [UInt8] {
    var writer = RecWriter()
    RecordSchema.change.writeDescriptor(to: &writer)
    return writer.bytes
  }

  /// `2026-11-24T09:12:40+08:00`, as the board writes it (and recutils reads it as a date).
  static func isTime(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 25, Day(utf8: bytes[0..<10]) != nil, bytes[10] == UInt8(ascii: "T"),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"),
      bytes[22] == UInt8(ascii: ":")
    else { return false }
    func number(_ at: Int) -> Int? {
      let digits = bytes[at..<(at + 2)]
      guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
      return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
    guard let hour = number(11), let minute = number(14), let second = number(17),
      let offsetHours = number(20), let offsetMinutes = number(23)
    else { return false }
    return hour < 24 && minute < 60 && second < 61 && offsetHours <= 14 && offsetMinutes < 60
  }

  public static func decode(_ bytes: [UInt8], file: String) -> ([Entry], [Problem]) {
    let (document, lexical) = RecParser.parse(bytes, file: file)
    var problems = lexical
    var entries: [Entry] = []
    var descriptors = RecordSchema.DescriptorCheck(file: file)
    for record in document.records where record.isDescriptor {
      guard record.recordType == "Change" else {
        problems.append(
          Problem(
            file: file, line: record.line,
            Localized(
              "未知的记录集“\(record.recordType ?? "")”；应为 Change",
              "unknown record set \"\(record.recordType ?? "")\"; expected Change")))
        continue
      }
      descriptors.check(record, against: .change, problems: &problems)
    }
    for record in document.records where !record.isDescriptor {
      guard record.recordType == "Change" else {
        problems.append(
          Problem(
            file: file, line: record.line, Localized("应为 Change 记录", "expected a Change record")))
        continue
      }
      let fields = RecordSchema.change.read(record, file: file, problems: &problems)
      if let time = fields.first("Time"), !AuditLog.isTime(time.value) {
        problems.append(
          Problem(
            file: file, line: time.line,
            Localized(
              "Time 应为时间 YYYY-MM-DDTHH:MM:SS+HH:MM，实际为“\(time.value)”",
              "expected a time YYYY-MM-DDTHH:MM:SS+HH:MM in Time, found \"\(time.value)\"")))
      }
      entries.append(
        Entry(
          time: fields.value("Time"), unit: fields.value("Unit"), plan: fields.value("Plan"),
          task: fields.value("Task"), field: fields.value("Field"), old: fields.value("Old"),
          new: fields.value("New"), save: fields.value("Save")))
    }
    return (entries, problems)
  }
}
