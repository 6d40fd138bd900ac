import BoardCore

/// Rewrites one task's record field by field: the lines of fields a change did not touch
/// stay exactly as they were (a `Lead` written as a roster alias, hand formatting), and so
/// do comment lines inside the record; only changed fields get new lines, in canonical form.
enum TaskRecordEdit {
  /// The record's new bytes after `old` became `new`.
  static func rewrite(
    _ record: [UInt8], from old: PlanTask, to new: PlanTask, roster: Roster, region: String
  ) -> [UInt8] {
    rewrite(
      record, to: PlanFile.canonicalFields(new, roster: roster), unitFields: ["Lead", "Coop"],
      roster: roster, region: region)
  }

  /// An indicator's record after `new` replaced it, field by field in the same way.
  static func rewrite(
    _ record: [UInt8], to new: Indicator, roster: Roster, region: String
  ) -> [UInt8] {
    rewrite(
      record, to: PlanFile.canonicalFields(new, roster: roster), unitFields: ["Unit"],
      roster: roster, region: region)
  }

  /// Any record: its fields compared with the canonical `fields` of its new value, where a
  /// field named in `unitFields` is the same when it names the same unit.
  private static func rewrite(
    _ record: [UInt8], to fields: [(name: String, key: String, bytes: [UInt8])],
    unitFields: Set<String>, roster: Roster, region: String
  ) -> [UInt8] {
    let endsWithBreak = record.last == 0x0A
    let bytes = endsWithBreak ? record : record + [0x0A]
    let spans = fieldSpans(bytes)
    let oldKeys = spans.map { span -> String in
      var key = span.value
      if unitFields.contains(span.name) {
        key = roster.unit(named: span.value.trimmingWhitespace(), in: region)?.id ?? "?" + key
      }
      return span.name + "\u{1F}" + key
    }
    let newKeys = fields.map { $0.name + "\u{1F}" + $0.key }
    let difference = newKeys.difference(from: oldKeys)
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 256)
    var cursor = 0
    var next = 0
    func emitInsertions() {
      while next < fields.count && inserted.contains(next) {
        result += fields[next].bytes
        next += 1
      }
    }
    for (index, span) in spans.enumerated() {
      // Comment lines before the field stay where they are.
      result += bytes[cursor..<span.range.lowerBound]
      cursor = span.range.upperBound
      if removed.contains(index) { continue }
      emitInsertions()
      result += bytes[span.range]
      next += 1
    }
    emitInsertions()
    result += bytes[cursor...]
    if !endsWithBreak, result.last == 0x0A { result.removeLast() }
    return result
  }

  /// Each field of the record with the bytes of its lines (continuations included).
  static func fieldSpans(_ bytes: [UInt8]) -> [(name: String, value: String, range: Range<Int>)] {
    let (document, _) = RecParser.parse(bytes, file: "")
    guard let record = document.records.first else { return [] }
    var lineStarts = [0]
    for (index, byte) in bytes.enumerated() where byte == 0x0A && index + 1 < bytes.count {
      lineStarts.append(index + 1)
    }
    lineStarts.append(bytes.count)
    func lineEnd(_ line: Int) -> Int { lineStarts[line] }  // start of the next line
    var spans: [(name: String, value: String, range: Range<Int>)] = []
    for field in record.fields {
      let first = field.line - 1
      var last = first
      while last + 1 < lineStarts.count - 1 {
        let previous = bytes[lineStarts[last]..<lineEnd(last + 1)].dropLast()
        let trailing = previous.reversed().prefix { $0 == UInt8(ascii: "\\") }.count
        let nextStart = lineStarts[last + 1]
        guard trailing % 2 == 1 || bytes[nextStart] == UInt8(ascii: "+") else { break }
        last += 1
      }
      spans.append((field.name, field.value, lineStarts[first]..<lineEnd(last + 1)))
    }
    return spans
  }
}
