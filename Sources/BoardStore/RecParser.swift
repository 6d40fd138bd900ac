/// Reads recfiles from UTF-8 bytes: the lexical layer (records, fields, continuations).
///
/// It scans bytes, not Characters (`RecScanner`), because a city's board holds 100,000 tasks.
/// It keeps going after a bad line and reports every problem.
public enum RecParser {
  public static func parse(_ bytes: [UInt8], file: String) -> (RecDocument, [Problem]) {
    bytes.withUnsafeBufferPointer { buffer in
      var storage = RecScanner.Storage()
      var scanner = RecScanner(buffer: buffer, file: file, mode: .checked, storage: &storage)
      _ = scanner.run()
      let records = scanner.arena.withUnsafeBufferPointer { arena in
        scanner.records.map { record($0, of: scanner, arena: arena) }
      }
      return (RecDocument(records: records), scanner.problems)
    }
  }

  /// A scanned record with its names and values as strings; invalid UTF-8 is repaired (the
  /// scanner has reported it).
  static func record(
    _ record: RecScanner.Record, of scanner: RecScanner, arena: UnsafeBufferPointer<UInt8>
  ) -> RecRecord {
    RecRecord(
      fields: scanner.fields[record.fields].map { field in
        RecField(
          name: String(decoding: scanner.name(field), as: UTF8.self),
          value: String(decoding: scanner.value(field, arena: arena), as: UTF8.self),
          line: field.line)
      },
      line: record.line, byteRange: record.byteRange, isDescriptor: record.isDescriptor,
      recordType: record.recordType)
  }

  /// The same, or nil when a value is not valid UTF-8 (which `.fast` mode has not checked)
  /// or was not put together (`.lines`).
  static func validatedRecord(
    _ record: RecScanner.Record, of scanner: RecScanner, arena: UnsafeBufferPointer<UInt8>
  ) -> RecRecord? {
    var fields: [RecField] = []
    fields.reserveCapacity(record.fields.count)
    for field in scanner.fields[record.fields] {
      guard field.source != .lines else { return nil }
      guard let value = String(validating: scanner.value(field, arena: arena), as: UTF8.self)
      else { return nil }
      fields.append(
        RecField(
          name: String(decoding: scanner.name(field), as: UTF8.self), value: value,
          line: field.line))
    }
    return RecRecord(
      fields: fields, line: record.line, byteRange: record.byteRange,
      isDescriptor: record.isDescriptor, recordType: record.recordType)
  }
}
