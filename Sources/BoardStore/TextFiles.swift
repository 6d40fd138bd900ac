import BoardCore
import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The texts and notes of a board's tasks, read from the plan files when a screen needs
/// them: a TUI session keeps only what its lists and counts need (`BoardReader` with
/// `keepingTexts` false), since four fifths of a board's bytes are texts and a city's board
/// open in two hundred sessions would otherwise hold them two hundred times.
///
/// For each plan file it has looked at, it keeps where each task's record stands, with the
/// file's stamp (inode, size, modification time) read from the open file; a file whose stamp
/// differs is looked at again. A task's texts are decoded from its record alone. A search
/// reads every file once and looks for the bytes in place (`TextSearch`), the page cache
/// shared by every session, and keeps nothing of them.
public final class TextFiles: Sendable {
  public let directory: BoardDirectory
  private let state: Mutex<State>

  private struct State: Sendable {
    var index: RosterIndex
    var plans: [String: PlanRecords] = [:]
    /// Texts recently read, by plan and task: a screen draws the same rows frame after frame.
    var recent: [TaskKey: (stamp: FileStamp, texts: TaskTexts)] = [:]
  }

  /// Where a plan file's task records stand, as of `stamp`.
  struct PlanRecords: Sendable {
    var stamp: FileStamp
    /// The plan record's fields without tasks: what a task's units are read against.
    var plan: Plan
    /// The Task descriptor's bytes, so one record can be read on its own.
    var descriptor: [UInt8]
    /// Task ids and record ranges, in file order (ranges ascending).
    var ids: [String]
    var ranges: [Range<Int>]
    var rowOfID: [String: Int]
    /// The file has a line continued with `\`: a search decodes it whole, since a match may
    /// span the join.
    var joinsLines: Bool
  }

  /// A key of `recent`.
  private struct TaskKey: Hashable, Sendable {
    var plan: String
    var task: String
  }

  public init(directory: BoardDirectory, roster: Roster) {
    self.directory = directory
    state = Mutex(State(index: RosterIndex(roster: roster)))
  }

  /// Units are named against `roster` from now on; every file is looked at again.
  public func update(roster: Roster) {
    state.withLock { $0 = State(index: RosterIndex(roster: roster)) }
  }

  /// The task's text and notes as its plan file now holds them; nil when the file or the
  /// task cannot be read.
  public func texts(plan: String, task: String) -> TaskTexts? {
    let key = TaskKey(plan: plan, task: task)
    let (known, recent, index) = state.withLock { ($0.plans[plan], $0.recent[key], $0.index) }
    if let recent, let stamp = FileSystem.stamp(directory.planPath(plan)), stamp == recent.stamp {
      return recent.texts
    }
    var bytes: [UInt8] = []
    guard let (count, stamp) = read(plan, into: &bytes) else { return nil }
    let records: PlanRecords
    if let known, known.stamp == stamp {
      records = known
    } else {
      guard
        let made = bytes.withUnsafeBufferPointer({ buffer in
          PlanRecords(UnsafeBufferPointer(rebasing: buffer[0..<count]), plan, stamp, index)
        })
      else { return nil }
      records = made
    }
    guard let row = records.rowOfID[task] else { return nil }
    let range = records.ranges[row]
    guard range.upperBound <= count,
      let texts = decodeTask(Array(bytes[range]), records, index.roster, id: task)
    else { return nil }
    state.withLock { state in
      state.plans[plan] = records
      if state.recent.count >= 512 { state.recent.removeAll(keepingCapacity: true) }
      state.recent[key] = (stamp, texts)
    }
    return texts
  }

  /// The tasks of `plans` whose text, or else one of whose notes, holds `search`, by plan id
  /// and task id.
  public func search(_ search: TextSearch, inPlans plans: [String]) -> [String: [String: TextMatch]]
  {
    self.search(search, plans.map { ($0, nil) })
  }

  /// The same among `tasks` only (task ids by plan id): a view's rows, less those its titles
  /// already match. Only their records are looked through.
  public func search(_ search: TextSearch, among tasks: [String: [String]])
    -> [String: [String: TextMatch]]
  {
    self.search(search, tasks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }

  /// Files are read on every core; one that cannot be read contributes nothing.
  private func search(_ search: TextSearch, _ plans: [(id: String, tasks: [String]?)])
    -> [String: [String: TextMatch]]
  {
    guard !search.isEmpty, !plans.isEmpty else { return [:] }
    let (known, index) = state.withLock { state in
      (plans.map { state.plans[$0.id] }, state.index)
    }
    let results = Results(count: plans.count)
    let next = BoardDirectory.NextIndex()
    let work: @Sendable (Int) -> Void = { _ in
      var bytes: [UInt8] = []
      var lowered: [UInt8] = []
      while true {
        let slot = next.take()
        guard slot < plans.count else { return }
        let (id, tasks) = plans[slot]
        guard tasks?.isEmpty != true, let (count, stamp) = self.read(id, into: &bytes) else {
          continue
        }
        bytes.withUnsafeBufferPointer { whole in
          let buffer = UnsafeBufferPointer(rebasing: whole[0..<count])
          var records = known[slot]
          if records?.stamp != stamp { records = PlanRecords(buffer, id, stamp, index) }
          guard let records else { return }
          let rows = tasks.map { ids in ids.compactMap { records.rowOfID[$0] }.sorted() }
          let found =
            records.joinsLines
            ? TextFiles.searchDecoded(buffer, records, search, index, only: tasks)
            : TextFiles.searchLines(
              buffer, records, search, rows: rows ?? Array(records.ranges.indices), &lowered)
          results.put(slot, records: records, found: found)
        }
      }
    }
    if plans.count == 1 {
      work(0)
    } else {
      DispatchQueue.concurrentPerform(
        iterations: min(BoardDirectory.processorCount, plans.count), execute: work)
    }
    var found: [String: [String: TextMatch]] = [:]
    let outcomes = results.take()
    state.withLock { state in
      for (slot, outcome) in outcomes.enumerated() {
        guard let outcome else { continue }
        state.plans[plans[slot].id] = outcome.records
        if !outcome.found.isEmpty { found[plans[slot].id] = outcome.found }
      }
    }
    return found
  }

  /// The file's bytes into `bytes` and its stamp from the open file; nil when it cannot be
  /// read or changed while it was read.
  private func read(_ plan: String, into bytes: inout [UInt8]) -> (Int, FileStamp)? {
    guard let folder = try? FileSystem.folder(directory.path),
      let (count, before, after) = try? folder.readWithStatus(plan + ".rec", reusing: &bytes)
    else { return nil }
    let stamp = FileStamp(before)
    guard stamp == FileStamp(after) else { return nil }
    return (count, stamp)
  }

  /// One task record decoded on its own, after the Task descriptor.
  private func decodeTask(
    _ record: [UInt8], _ records: PlanRecords, _ roster: Roster, id: String
  ) -> TaskTexts? {
    let bytes = records.descriptor + [0x0A] + record
    let (document, lexical) = RecParser.parse(bytes, file: directory.planPath(records.plan.id))
    guard lexical.isEmpty else { return nil }
    var decoder = PlanFile.Decoder(
      file: directory.planPath(records.plan.id), roster: roster, problems: [])
    decoder.plan = records.plan
    for record in document.records { decoder.read(record) }
    guard decoder.tasks.count == 1, let task = decoder.tasks.first, task.id == id else {
      return nil
    }
    return TaskTexts(of: task)
  }

  /// Looks for the bytes in the file's lines: a match counts when it lies in the value of a
  /// task's Text field or in the text of a Note (after its date and author), on the field's
  /// first line or a continuation line (`+ `). The search has no line break, so a match in
  /// the decoded value lies in one line of the file.
  static func searchLines(
    _ buffer: UnsafeBufferPointer<UInt8>, _ records: PlanRecords, _ search: TextSearch,
    rows: [Int], _ lowered: inout [UInt8]
  ) -> [String: TextMatch] {
    if search.foldsCase { TextSearch.lowercase(buffer, into: &lowered) }
    return lowered.withUnsafeBufferPointer { lowered in
      var found: [String: TextMatch] = [:]
      for row in rows {
        let range = records.ranges[row]
        guard range.upperBound <= buffer.count else { continue }
        // The record's end bounds the search, so a hit never runs into the next record.
        let record = UnsafeBufferPointer(rebasing: buffer[0..<range.upperBound])
        let scratch =
          search.foldsCase ? UnsafeBufferPointer(rebasing: lowered[0..<range.upperBound]) : nil
        var from = range.lowerBound
        while let hit = search.firstMatch(in: record, from: from, scratch: scratch) {
          from = hit + 1
          guard let match = fieldMatch(at: hit, in: buffer, record: range) else { continue }
          if match == .text {
            found[records.ids[row]] = .text  // the text outranks any note
            break
          }
          found[records.ids[row]] = .note
        }
      }
      return found
    }
  }

  /// Whether a match at `hit` lies in a Text value or a note's text.
  static func fieldMatch(
    at hit: Int, in buffer: UnsafeBufferPointer<UInt8>, record: Range<Int>
  ) -> TextMatch? {
    func lineStart(_ offset: Int) -> Int {
      var start = offset
      while start > record.lowerBound && buffer[start - 1] != 0x0A { start -= 1 }
      return start
    }
    var line = lineStart(hit)
    if buffer[line] == UInt8(ascii: "+") {
      // A continuation: the match must lie after the mark; the field is the line above.
      guard hit > line else { return nil }
      while line > record.lowerBound && buffer[line] == UInt8(ascii: "+") {
        line = lineStart(line - 1)
      }
      return fieldName(buffer, line).flatMap { name, _ in name }
    }
    guard let (name, valueStart) = fieldName(buffer, line), let name else { return nil }
    switch name {
    case .text:
      return hit >= valueStart ? .text : nil
    case .note:
      // `Note: DATE AUTHOR text`: after the second blank of the value.
      var position = valueStart
      var blanks = 0
      while position < hit && blanks < 2 {
        if buffer[position] == UInt8(ascii: " ") { blanks += 1 }
        position += 1
      }
      return blanks == 2 && hit >= position ? .note : nil
    }
  }

  /// The field a line starts (`Text` or `Note`, else nil) and where its value starts.
  private static func fieldName(
    _ buffer: UnsafeBufferPointer<UInt8>, _ line: Int
  ) -> (TextMatch?, Int)? {
    let text: [UInt8] = Array("Text:".utf8)
    let note: [UInt8] = Array("Note:".utf8)
    guard line + 5 <= buffer.count else { return nil }
    var name: TextMatch?
    if buffer[line..<line + 5].elementsEqual(text) {
      name = .text
    } else if buffer[line..<line + 5].elementsEqual(note) {
      name = .note
    } else {
      return (nil, line)
    }
    var start = line + 5
    while start < buffer.count && (buffer[start] == 0x20 || buffer[start] == 0x09) { start += 1 }
    return (name, start)
  }

  /// The search over the file's tasks decoded with their texts: for files with lines joined
  /// by `\`, where the bytes in place are not the values.
  static func searchDecoded(
    _ buffer: UnsafeBufferPointer<UInt8>, _ records: PlanRecords, _ search: TextSearch,
    _ index: RosterIndex, only tasks: [String]?
  ) -> [String: TextMatch] {
    let wanted = tasks.map(Set.init)
    var storage = RecScanner.Storage()
    let decoded = PlanFile.decode(
      buffer, file: records.plan.id, expectedID: nil, index: index, keepingTexts: true,
      keepingRanges: false, storage: &storage)
    var found: [String: TextMatch] = [:]
    for task in decoded.plan?.tasks ?? [] where wanted?.contains(task.id) ?? true {
      if let match = TaskTexts(of: task).match(search) { found[task.id] = match }
    }
    return found
  }

  /// What the workers of a search found, by slot.
  private final class Results: Sendable {
    typealias Outcome = (records: PlanRecords, found: [String: TextMatch])
    private let slots: Mutex<[Outcome?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func put(_ slot: Int, records: PlanRecords, found: [String: TextMatch]) {
      slots.withLock { $0[slot] = (records, found) }
    }

    func take() -> [Outcome?] { slots.withLock { $0 } }
  }
}

extension TextFiles.PlanRecords {
  /// Where the tasks of a file stand; nil when the file does not decode as a plan.
  init?(
    _ buffer: UnsafeBufferPointer<UInt8>, _ id: String, _ stamp: FileStamp, _ index: RosterIndex
  ) {
    var storage = RecScanner.Storage()
    let decoded = PlanFile.decode(
      buffer, file: id, expectedID: nil, index: index, keepingTexts: false, keepingRanges: true,
      storage: &storage)
    guard var plan = decoded.plan, let descriptor = decoded.taskDescriptor else { return nil }
    let tasks = plan.tasks
    plan.tasks = []
    plan.indicators = []
    var ids: [String] = []
    var ranges: [Range<Int>] = []
    for task in tasks {
      guard let range = decoded.taskRanges[task.id] else { continue }
      ids.append(task.id)
      ranges.append(range)
    }
    let order = ranges.indices.sorted { ranges[$0].lowerBound < ranges[$1].lowerBound }
    self.stamp = stamp
    self.plan = plan
    self.descriptor = Array(buffer[descriptor])
    self.ids = order.map { ids[$0] }
    self.ranges = order.map { ranges[$0] }
    rowOfID = Dictionary(self.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let join: [UInt8] = [UInt8(ascii: "\\"), 0x0A]
    joinsLines =
      buffer.baseAddress.map { base in
        join.withUnsafeBufferPointer {
          TextSearch.find($0, in: UnsafeRawPointer(base), count: buffer.count, from: 0) != nil
        }
      } ?? false
  }
}
