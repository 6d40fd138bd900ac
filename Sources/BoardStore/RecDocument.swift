/// A recfile as parsed: its records (descriptors included) with their lines and byte ranges.
///
/// The byte ranges let a save replace exactly one record's lines and keep everything else
/// (comments, hand formatting) as it was.
public struct RecDocument: Sendable {
  public var records: [RecRecord]

  public init(records: [RecRecord] = []) {
    self.records = records
  }
}

/// A record: the fields of one block, and where it stands in the file.
public struct RecRecord: Sendable {
  public var fields: [RecField]
  /// Line of the first field (1-based).
  public var line: Int
  /// From the start of the first field line to the end of the last line of the last field,
  /// its line break included.
  public var byteRange: Range<Int>
  /// True for a descriptor (a record whose first field is `%rec`).
  public var isDescriptor: Bool
  /// The record set this record belongs to (`Task`), or nil before any `%rec:`.
  public var recordType: String?

  public init(
    fields: [RecField], line: Int, byteRange: Range<Int>, isDescriptor: Bool,
    recordType: String?
  ) {
    self.fields = fields
    self.line = line
    self.byteRange = byteRange
    self.isDescriptor = isDescriptor
    self.recordType = recordType
  }
}

/// One `Name: value` field; a value continued with `+ ` lines holds line breaks.
public struct RecField: Hashable, Sendable {
  public var name: String
  public var value: String
  public var line: Int

  public init(name: String, value: String, line: Int) {
    self.name = name
    self.value = value
    self.line = line
  }
}
