import BoardCore

/// The fields a record set allows, which may repeat, and which are mandatory; checks one
/// record against them and reports unknown, repeated and missing fields.
struct RecordSchema: Sendable {
  var type: String
  /// Allowed fields in canonical order.
  var fields: [String]
  var repeatable: Set<String>
  var mandatory: [String]
  /// The descriptor the canonical writer emits, line by line.
  var descriptor: [String]
  /// Descriptor lines earlier versions of the board wrote, still read.
  var olderDescriptor: [String] = []

  /// The record's fields the schema allows, after reporting every field it does not allow
  /// and every single-valued field given twice.
  ///
  /// A record has a handful of fields, so they are kept in one array and found by a linear
  /// search rather than in a dictionary per record.
  ///
  /// `fileAllowed` is what the file's own `%allowed` line admits, when it is an older line
  /// than the board's (`DescriptorCheck.allowed`): a field the board knows but that line
  /// leaves out is reported, so `recfix --check` never rejects a file the board accepts.
  func read(
    _ record: RecRecord, file: String, problems: inout [Problem],
    fileAllowed: DescriptorCheck.Allowed? = nil
  ) -> Fields {
    var accepted: [RecField] = []
    accepted.reserveCapacity(record.fields.count)
    let label = Fields.label(type: type, id: record.fields.first { $0.name == "Id" }?.value)
    for field in record.fields {
      guard fields.contains(field.name) else {
        problems.append(
          Problem(
            file: file, line: field.line,
            Localized(
              "\(type) 记录中有未知字段“\(field.name)”；应为以下之一："
                + fields.joined(separator: "、"),
              "unknown field \"\(field.name)\" in a \(type) record; expected one of "
                + fields.joined(separator: ", "))))
        continue
      }
      if let fileAllowed, !fileAllowed.fields.contains(field.name) {
        let allowed = descriptor.first { $0.hasPrefix("%allowed:") } ?? ""
        problems.append(
          Problem(
            file: file, line: field.line,
            Localized(
              "\(field.name) 不在本文件的“%allowed”行（第 \(fileAllowed.line) 行）中；应为“\(allowed)”",
              "\(field.name) is not in this file's \"%allowed\" line (line "
                + "\(fileAllowed.line)); expected \"\(allowed)\"")))
        continue
      }
      if let first = accepted.first(where: { $0.name == field.name }),
        !repeatable.contains(field.name)
      {
        problems.append(
          Problem(
            file: file, line: field.line,
            Localized(
              "\(label.zh)中 \(field.name) 出现两次（首次在第 \(first.line) 行）",
              "\(field.name) given twice in \(label.en) (first at line \(first.line))")))
        continue
      }
      accepted.append(field)
    }
    for name in mandatory where !accepted.contains(where: { $0.name == name }) {
      problems.append(
        Problem(
          file: file, line: record.line,
          Localized("\(label.zh)缺少 \(name)（必填）", "\(label.en) has no \(name) (mandatory)")))
    }
    return Fields(accepted: accepted, label: label)
  }

  struct Fields {
    /// In the order of the record.
    var accepted: [RecField]
    /// How messages name the record: `task 1.1`, `a Task record`.
    var label: Localized

    func first(_ name: String) -> RecField? { accepted.first { $0.name == name } }
    func value(_ name: String) -> String { first(name)?.value ?? "" }
    func all(_ name: String) -> [RecField] { accepted.filter { $0.name == name } }

    static func label(type: String, id: String?) -> Localized {
      guard let id, !id.isEmpty else { return Localized("一条 \(type) 记录", "a \(type) record") }
      return Localized("\(type) \(id) ", "\(type.lowercased()) \(id)")
    }
  }
}

extension RecordSchema {
  static let plan = RecordSchema(
    type: "Plan",
    fields: ["Id", "Title", "Region", "Issuer", "Number", "Issued", "Start", "End", "Source"],
    repeatable: [],
    mandatory: ["Id", "Title"],
    descriptor: [
      "%rec: Plan", "%key: Id", "%type: Issued,Start,End date", "%mandatory: Id Title",
      "%allowed: Id Title Region Issuer Number Issued Start End Source",
    ])

  static let task = RecordSchema(
    type: "Task",
    fields: ["Id", "Section", "Title", "Lead", "Coop", "Due", "Status", "Text", "Note", "Event"],
    repeatable: ["Lead", "Coop", "Note", "Event"],
    mandatory: ["Id", "Title", "Status"],
    descriptor: [
      "%rec: Task", "%key: Id", "%type: Due date", "%type: Status enum todo doing blocked done",
      "%mandatory: Id Title Status",
      "%allowed: Id Section Title Lead Coop Due Status Text Note Event",
    ],
    // Before the supervision cycle's events; a save that adds an event rewrites it.
    olderDescriptor: ["%allowed: Id Section Title Lead Coop Due Status Text Note"])

  static let indicator = RecordSchema(
    type: "Indicator",
    fields: ["Id", "Name", "Measure", "Target", "Actual", "Unit"],
    repeatable: ["Target", "Actual", "Unit"],
    mandatory: ["Id", "Name"],
    descriptor: [
      "%rec: Indicator", "%key: Id", "%mandatory: Id Name",
      "%allowed: Id Name Measure Target Actual Unit",
    ])

  static let board = RecordSchema(
    type: "Board",
    fields: ["Name", "DueSoonDays", "RedChaseDays", "ReportDay"],
    repeatable: [],
    mandatory: [],
    descriptor: [
      "%rec: Board", "%type: DueSoonDays,RedChaseDays,ReportDay int",
      "%allowed: Name DueSoonDays RedChaseDays ReportDay",
    ],
    // Before the supervision settings.
    olderDescriptor: ["%type: DueSoonDays int", "%allowed: Name DueSoonDays"])

  static let unit = RecordSchema(
    type: "Unit",
    fields: ["Id", "Name", "Region", "Role", "Alias", "Login"],
    repeatable: ["Alias", "Login"],
    mandatory: ["Id", "Name", "Role"],
    descriptor: [
      "%rec: Unit", "%key: Id", "%type: Role enum office unit", "%mandatory: Id Name Role",
      "%allowed: Id Name Region Role Alias Login",
    ])

  static let change = RecordSchema(
    type: "Change",
    fields: ["Time", "Unit", "Plan", "Task", "Field", "Old", "New", "Save"],
    repeatable: [],
    mandatory: ["Time", "Unit", "Plan", "Task", "Field"],
    descriptor: [
      "%rec: Change", "%type: Time date", "%mandatory: Time Unit Plan Task Field",
      "%allowed: Time Unit Plan Task Field Old New Save",
    ],
    olderDescriptor: ["%allowed: Time Unit Plan Task Field Old New"])

  /// Checks the descriptors of a file's record sets: each line must be one of the board's
  /// own descriptor lines for that set, given once, and each set described once. So
  /// `recfix --check`, which enforces the file's own descriptor, never holds a file the
  /// board accepts to rules the board does not apply (a bad `%type`, a narrower
  /// `%allowed`, a second `%key`).
  struct DescriptorCheck {
    let file: String
    private var seen: [String: Int] = [:]
    /// The fields a record set's `%allowed` line admits, by record type, where that line is
    /// an older one than the board's own.
    private(set) var older: [String: Allowed] = [:]

    struct Allowed: Sendable {
      var fields: Set<String>
      var line: Int
    }

    /// What the file's `%allowed` line admits for `type`, when it is an older line; nil when
    /// it is the board's own or there is none.
    func allowed(_ type: String) -> Allowed? { older[type] }

    init(file: String) {
      self.file = file
    }

    mutating func check(
      _ record: RecRecord, against schema: RecordSchema, problems: inout [Problem]
    ) {
      if let first = seen[schema.type] {
        problems.append(
          Problem(
            file: file, line: record.line,
            Localized(
              "第二个“%rec: \(schema.type)”（首个在第 \(first) 行）；只应有一个 \(schema.type) 记录集",
              "a second \"%rec: \(schema.type)\" (first at line \(first)); expected one "
                + "\(schema.type) record set")))
      } else {
        seen[schema.type] = record.line
      }
      var lines: [String: Int] = [:]
      for field in record.fields {
        let text = field.name + ": " + field.value
        if let first = lines[text] {
          problems.append(
            Problem(
              file: file, line: field.line,
              Localized(
                "“\(text)”在 \(schema.type) 描述中出现两次（首次在第 \(first) 行）",
                "\"\(text)\" given twice in the \(schema.type) descriptor (first at line "
                  + "\(first))")))
          continue
        }
        lines[text] = field.line
        if let same = record.fields.first(where: { $0.name == field.name && $0.line < field.line }),
          !schema.repeatsInDescriptor(field.name)
        {
          problems.append(
            Problem(
              file: file, line: field.line,
              Localized(
                "\(field.name) 在 \(schema.type) 描述中出现两次（首次在第 \(same.line) 行）",
                "\(field.name) given twice in the \(schema.type) descriptor (first at line "
                  + "\(same.line))")))
          continue
        }
        guard schema.descriptor.contains(text) || schema.olderDescriptor.contains(text) else {
          let expected = schema.descriptor.dropFirst().filter {
            $0.hasPrefix(field.name + ":")
          }
          let all = Array(schema.descriptor.dropFirst())
          let chinese: String =
            expected.isEmpty
            ? "仅 " + all.joined(separator: "、")
            : expected.map { "“" + $0 + "”" }.joined(separator: "或")
          let english: String =
            expected.isEmpty
            ? "only " + all.joined(separator: ", ")
            : expected.map { "\"" + $0 + "\"" }.joined(separator: " or ")
          problems.append(
            Problem(
              file: file, line: field.line,
              Localized(
                "\(schema.type) 描述中有意外的一行“\(text)”；应为" + chinese,
                "unexpected descriptor line \"\(text)\" for \(schema.type); expected " + english)))
          continue
        }
        if field.name == "%allowed", !schema.descriptor.contains(text) {
          older[schema.type] = Allowed(
            fields: Set(field.value.split(separator: " ").map(String.init)), line: field.line)
        }
      }
    }
  }

  /// `%type` may be given once per field list; the others once per descriptor.
  func repeatsInDescriptor(_ name: String) -> Bool {
    name == "%type"
  }

  /// Writes the descriptor and the blank line after it.
  func writeDescriptor(to writer: inout RecWriter) {
    for line in descriptor { writer.line(line) }
    writer.blankLine()
  }
}
