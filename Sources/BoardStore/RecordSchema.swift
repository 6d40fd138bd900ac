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

  /// The record's fields grouped by name, after reporting every field the schema does not
  /// allow and every single-valued field given twice.
  func read(_ record: RecRecord, file: String, problems: inout [Problem]) -> Fields {
    var byName: [String: [RecField]] = [:]
    let label = Fields.label(type: type, id: record.fields.first { $0.name == "Id" }?.value)
    for field in record.fields {
      guard fields.contains(field.name) else {
        problems.append(
          Problem(
            file: file, line: field.line,
            message: "unknown field \"\(field.name)\" in a \(type) record; expected one of "
              + fields.joined(separator: ", ")))
        continue
      }
      if let first = byName[field.name]?.first, !repeatable.contains(field.name) {
        problems.append(
          Problem(
            file: file, line: field.line,
            message: "\(field.name) given twice in \(label) (first at line \(first.line))"))
        continue
      }
      byName[field.name, default: []].append(field)
    }
    for name in mandatory where byName[name] == nil {
      problems.append(
        Problem(file: file, line: record.line, message: "\(label) has no \(name) (mandatory)"))
    }
    return Fields(byName: byName, label: label)
  }

  struct Fields {
    var byName: [String: [RecField]]
    /// How messages name the record: `task 1.1`, `a Task record`.
    var label: String

    func first(_ name: String) -> RecField? { byName[name]?.first }
    func value(_ name: String) -> String { byName[name]?.first?.value ?? "" }
    func all(_ name: String) -> [RecField] { byName[name] ?? [] }

    static func label(type: String, id: String?) -> String {
      guard let id, !id.isEmpty else { return "a \(type) record" }
      return "\(type.lowercased()) \(id)"
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
    fields: ["Id", "Section", "Title", "Lead", "Coop", "Due", "Status", "Text", "Note"],
    repeatable: ["Lead", "Coop", "Note"],
    mandatory: ["Id", "Title", "Status"],
    descriptor: [
      "%rec: Task", "%key: Id", "%type: Due date", "%type: Status enum todo doing blocked done",
      "%mandatory: Id Title Status", "%allowed: Id Section Title Lead Coop Due Status Text Note",
    ])

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
    fields: ["Name", "DueSoonDays"],
    repeatable: [],
    mandatory: [],
    descriptor: ["%rec: Board", "%type: DueSoonDays int", "%allowed: Name DueSoonDays"])

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
    ])

  /// Writes the descriptor and the blank line after it.
  func writeDescriptor(to writer: inout RecWriter) {
    for line in descriptor { writer.line(line) }
    writer.blankLine()
  }
}
