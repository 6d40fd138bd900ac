import BoardCore

extension PlanFile {
  /// The file's new bytes after a change: only the changed fields of the changed task's
  /// record are rewritten (in canonical form); every other line, comments included, stays
  /// as it was.
  static func save(
    before: Plan, after: Plan, change: Change, bytes: [UInt8], decoded: Decoded, roster: Roster
  ) -> [UInt8] {
    switch change.operation {
    case .addTask(let task):
      let record = encode(task, roster: roster)
      // After the task it follows in the plan (the last of its section), else after the last.
      let position = after.tasks.firstIndex { $0.id == task.id } ?? 0
      let previous = position > 0 ? after.tasks[position - 1] : before.tasks.last
      if let previous, let range = decoded.taskRanges[previous.id] {
        return splice(bytes, range.upperBound..<range.upperBound, [0x0A] + record)
      }
      if let end = decoded.taskDescriptorEnd {
        return splice(bytes, end..<end, [0x0A] + record)
      }
      return encode(after, roster: roster)
    case .removeTask(let taskID):
      guard var range = decoded.taskRanges[taskID] else { return encode(after, roster: roster) }
      // Take one blank line along: the one after the record, or else the one before it.
      if range.upperBound < bytes.count, bytes[range.upperBound] == 0x0A {
        range = range.lowerBound..<(range.upperBound + 1)
      } else if range.lowerBound > 0, bytes[range.lowerBound - 1] == 0x0A,
        range.lowerBound > 1, bytes[range.lowerBound - 2] == 0x0A
      {
        range = (range.lowerBound - 1)..<range.upperBound
      }
      return splice(bytes, range, [])
    case .setActual(let id, _, _):
      guard let range = decoded.indicatorRanges[id], let indicator = after.indicator(id: id)
      else { return encode(after, roster: roster) }
      let record = TaskRecordEdit.rewrite(
        Array(bytes[range]), to: indicator, roster: roster, region: after.region)
      return splice(bytes, range, record)
    default:
      let taskID = change.taskID
      guard let range = decoded.taskRanges[taskID], let task = after.task(id: taskID),
        let old = before.task(id: taskID)
      else {
        return encode(after, roster: roster)
      }
      // Only the changed fields' lines: comments and untouched fields stay as written.
      let record = TaskRecordEdit.rewrite(
        Array(bytes[range]), from: old, to: task, roster: roster, region: after.region)
      let saved = splice(bytes, range, record)
      guard !task.events.isEmpty, let descriptor = decoded.taskDescriptor,
        descriptor.upperBound <= range.lowerBound
      else { return saved }
      return allowingEvents(saved, in: descriptor)
    }
  }

  /// The file with its Task descriptor's older `%allowed` line (written before tasks had
  /// events) replaced by the board's own, so that `recfix --check` accepts the `Event`
  /// fields a save adds; unchanged when the line is not there.
  static func allowingEvents(_ bytes: [UInt8], in descriptor: Range<Int>) -> [UInt8] {
    guard let older = RecordSchema.task.olderDescriptor.first(where: { $0.hasPrefix("%allowed:") }),
      let current = RecordSchema.task.descriptor.first(where: { $0.hasPrefix("%allowed:") })
    else { return bytes }
    let line = Array(older.utf8)
    var start = descriptor.lowerBound
    while start + line.count <= descriptor.upperBound {
      let end = start + line.count
      if bytes[start..<end].elementsEqual(line), end == bytes.count || bytes[end] == 0x0A {
        return splice(bytes, start..<end, Array(current.utf8))
      }
      guard let next = bytes[start..<descriptor.upperBound].firstIndex(of: 0x0A) else { break }
      start = next + 1
    }
    return bytes
  }

  private static func splice(_ bytes: [UInt8], _ range: Range<Int>, _ replacement: [UInt8])
    -> [UInt8]
  {
    var result = bytes
    result.replaceSubrange(range, with: replacement)
    return result
  }
}
