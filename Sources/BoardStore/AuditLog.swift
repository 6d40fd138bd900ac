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

  public static func decode(_ bytes: [UInt8], file: String) -> ([Entry], [Problem]) {
    let (document, lexical) = RecParser.parse(bytes, file: file)
    var problems = lexical
    var entries: [Entry] = []
    for record in document.records where !record.isDescriptor {
      guard record.recordType == "Change" else {
        problems.append(
          Problem(file: file, line: record.line, message: "expected a Change record"))
        continue
      }
      let fields = RecordSchema.change.read(record, file: file, problems: &problems)
      entries.append(
        Entry(
          time: fields.value("Time"), unit: fields.value("Unit"), plan: fields.value("Plan"),
          task: fields.value("Task"), field: fields.value("Field"), old: fields.value("Old"),
          new: fields.value("New"), save: fields.value("Save")))
    }
    return (entries, problems)
  }
}
