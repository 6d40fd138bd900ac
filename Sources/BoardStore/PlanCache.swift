import BoardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A derived copy of one plan as listings and counts read it (no texts; notes by date and
/// author only, which report-missing needs; the supervision events whole), kept in
/// `.cache/ID.idx` beside the board's files, so that `board list` need not scan 130 MB of
/// recfiles to find a few fields (docs/format.md, "The cache"; docs/performance.md).
///
/// The plan file stays the truth. A cache is used only when everything it was made from is
/// still the same, checked like git's index: the plan file's device, inode, size,
/// modification and change times to the nanosecond and mode, and a digest of the roster's
/// bytes (unit names resolve through it). Its own bytes carry a magic word, a format
/// version, their length and a digest; anything else (missing, stale, cut short, corrupt, a
/// link, a FIFO) is read from the plan file instead, and the cache written again.
///
/// A cache is only written for a plan file that was decoded without a problem, whose status
/// was the same before and after it was read, and whose change time is `settle` older than
/// the clock: an edit made later, even one that keeps the size and lands in the same tick
/// of the file system's clock, then always changes a time the cache compared.
enum PlanCache {
  /// The directory in the board directory; hidden, so that no reader takes it for a plan,
  /// and a directory, so that writing it wakes no session watching the board's files.
  static let directoryName = ".cache"
  static let magic: [UInt8] = Array("BOARDIDX".utf8)
  /// Raise with any change to what is written, or to `Plan`, `PlanTask` or `Indicator`.
  static let version: UInt32 = 3
  static let headerSize = 8 + 4 + 4 + 8 * 8

  static func fileName(_ planID: String) -> String { planID + ".idx" }

  /// What the cache of one plan file was made from.
  struct Source: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64
    var mode: UInt32
    var roster: UInt64

    init(_ info: stat, roster: UInt64) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
      size = Int64(info.st_size)
      modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
      changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
      mode = UInt32(info.st_mode)
      self.roster = roster
    }
  }

  /// Whether a file's status is old enough to vouch for its contents (see above).
  static func isSettled(_ info: stat, settle: Double) -> Bool {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let nanos = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    let limit = nanos - Int64(settle * 1_000_000_000)
    return changed < limit && modified < limit
  }

  // MARK: Writing

  static func encode(_ plan: Plan, source: Source) -> [UInt8] {
    var writer = Writer()
    writer.bytes.reserveCapacity(headerSize + 64 + plan.tasks.count * 160)
    writer.bytes += magic
    writer.u32(version)
    writer.u32(0)
    for value in [
      source.device, source.inode, UInt64(bitPattern: source.size),
      UInt64(bitPattern: source.modified), UInt64(bitPattern: source.changed),
      UInt64(source.mode), source.roster,
    ] {
      writer.u64(value)
    }
    writer.u64(0)  // the payload's length, filled in below
    let start = writer.bytes.count
    writer.string(plan.id)
    writer.string(plan.title)
    writer.string(plan.region)
    writer.string(plan.issuer)
    writer.string(plan.number)
    writer.day(plan.issued)
    writer.day(plan.start)
    writer.day(plan.end)
    writer.string(plan.source)
    writer.u32(UInt32(plan.indicators.count))
    for indicator in plan.indicators {
      writer.string(indicator.id)
      writer.string(indicator.name)
      writer.string(indicator.measure)
      for values in [indicator.targets, indicator.actuals] {
        writer.u32(UInt32(values.count))
        for value in values {
          writer.u64(UInt64(bitPattern: Int64(value.year)))
          writer.string(value.value)
        }
      }
      writer.strings(indicator.units)
    }
    // The unit ids the tasks name (lead, cooperating, notes' authors), once each: a plan
    // names a few dozen units hundreds of times, and the reader makes each string once.
    var unitIDs: [String] = []
    var unitIndex: [String: UInt32] = [:]
    for task in plan.tasks {
      for id in task.lead + task.coop + task.notes.map(\.author) where unitIndex[id] == nil {
        unitIndex[id] = UInt32(unitIDs.count)
        unitIDs.append(id)
      }
    }
    writer.strings(unitIDs)
    func units(_ ids: [String]) {
      writer.u32(UInt32(ids.count))
      for id in ids { writer.u32(unitIndex[id]!) }
    }
    writer.u32(UInt32(plan.tasks.count))
    var lastSection: String?
    for task in plan.tasks {
      writer.string(task.id)
      if task.section == lastSection {
        writer.u32(Writer.sameAsBefore)
      } else {
        writer.string(task.section)
        lastSection = task.section
      }
      writer.string(task.title)
      units(task.lead)
      units(task.coop)
      writer.day(task.due)
      writer.bytes.append(statusCode(task.status))
      // Notes without their texts, as `load(keepingTexts: false)` keeps them.
      writer.u32(UInt32(task.notes.count))
      for note in task.notes {
        writer.day(note.date)
        writer.u32(unitIndex[note.author]!)
      }
      writer.strings(task.events.map(\.value))
    }
    let length = UInt64(writer.bytes.count - start)
    writer.bytes.withUnsafeMutableBytes { raw in
      raw.storeBytes(of: length.littleEndian, toByteOffset: start - 8, as: UInt64.self)
    }
    writer.u64(digest(writer.bytes[...]))
    return writer.bytes
  }

  // MARK: Reading

  /// The plan the cache holds when it was made from `source` and is whole; else nil.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, source: Source) -> Plan? {
    guard bytes.count >= headerSize + 8, bytes[0..<8].elementsEqual(magic) else { return nil }
    var reader = Reader(bytes: bytes, offset: 8)
    guard reader.u32() == version, reader.u32() == 0 else { return nil }
    let stored = [
      reader.u64(), reader.u64(), reader.u64(), reader.u64(), reader.u64(), reader.u64(),
      reader.u64(),
    ]
    let expected = [
      source.device, source.inode, UInt64(bitPattern: source.size),
      UInt64(bitPattern: source.modified), UInt64(bitPattern: source.changed),
      UInt64(source.mode), source.roster,
    ]
    guard stored == expected else { return nil }
    let length = reader.u64()
    guard length == UInt64(bytes.count - headerSize - 8) else { return nil }
    let end = bytes.count - 8
    var trailer = Reader(bytes: bytes, offset: end)
    guard digest(UnsafeBufferPointer(rebasing: bytes[0..<end])) == trailer.u64() else {
      return nil
    }
    reader.end = end

    var plan = Plan(id: reader.string(), title: reader.string())
    plan.region = reader.string()
    plan.issuer = reader.string()
    plan.number = reader.string()
    plan.issued = reader.day()
    plan.start = reader.day()
    plan.end = reader.day()
    plan.source = reader.string()
    let indicatorCount = reader.count()
    plan.indicators.reserveCapacity(indicatorCount)
    for _ in 0..<indicatorCount where !reader.failed {
      var indicator = Indicator(id: reader.string(), name: reader.string())
      indicator.measure = reader.string()
      for part in 0..<2 {
        var values: [Indicator.YearValue] = []
        let count = reader.count()
        values.reserveCapacity(count)
        for _ in 0..<count where !reader.failed {
          let year = Int(Int64(bitPattern: reader.u64()))
          values.append(Indicator.YearValue(year: year, value: reader.string()))
        }
        if part == 0 { indicator.targets = values } else { indicator.actuals = values }
      }
      indicator.units = reader.strings()
      plan.indicators.append(indicator)
    }
    let unitIDs = reader.strings()
    // A plan's tasks name the same few lists of units again and again: one array each,
    // shared, rather than one per task (a session holds 100,000 tasks). Most name one unit.
    let singles = unitIDs.map { [$0] }
    let taskCount = reader.count()
    plan.tasks.reserveCapacity(taskCount)
    var section = ""
    var unitLists = ByteKeyTable<[String]>(capacity: 64)
    for _ in 0..<taskCount where !reader.failed {
      let id = reader.string()
      if !reader.sameAsBefore() { section = reader.string() }
      let title = reader.string()
      let lead = reader.units(unitIDs, singles, sharing: &unitLists)
      let coop = reader.units(unitIDs, singles, sharing: &unitLists)
      let due = reader.day()
      guard let status = reader.status() else { return nil }
      var notes: [Note] = []
      let noteCount = reader.count()
      notes.reserveCapacity(noteCount)
      for _ in 0..<noteCount where !reader.failed {
        guard let date = reader.day() else { return nil }
        notes.append(Note(date: date, author: reader.unit(unitIDs), text: ""))
      }
      var events: [TaskEvent] = []
      for value in reader.strings() {
        guard let event = TaskEvent(value: value) else { return nil }
        events.append(event)
      }
      plan.tasks.append(
        PlanTask(
          id: id, section: section, title: title, text: "", lead: lead, coop: coop, due: due,
          status: status, notes: notes, events: events))
    }
    guard !reader.failed, reader.offset == end else { return nil }
    return plan
  }

  private static func statusCode(_ status: Status) -> UInt8 {
    switch status {
    case .todo: return 0
    case .doing: return 1
    case .blocked: return 2
    case .done: return 3
    }
  }

  // MARK: Digest

  /// A 64-bit digest of bytes, eight at a time: not for secrecy (whoever can write the cache
  /// can write the plan file), for noticing a cache cut short, overwritten or damaged.
  static func digest(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBufferPointer { digest($0) }
  }

  static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      hash = mix(hash ^ word)
      offset += 8
    }
    var last: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      last |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    return mix(mix(hash ^ last) ^ 0xFF51_AFD7_ED55_8CCD)
  }

  @inline(__always)
  private static func mix(_ value: UInt64) -> UInt64 {
    var value = value &* 0xBF58_476D_1CE4_E5B9
    value ^= value >> 31
    return value &* 0x94D0_49BB_1331_11EB
  }

  // MARK: Bytes

  private struct Writer {
    static let sameAsBefore = UInt32.max
    static let noDay = UInt64(bitPattern: Int64.min)
    var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) {
      withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func u64(_ value: UInt64) {
      withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func string(_ text: String) {
      var text = text
      text.withUTF8 { utf8 in
        u32(UInt32(utf8.count))
        bytes += utf8
      }
    }

    mutating func strings(_ texts: [String]) {
      u32(UInt32(texts.count))
      for text in texts { string(text) }
    }

    mutating func day(_ day: Day?) {
      u64(day.map { UInt64(bitPattern: Int64($0.serial)) } ?? Writer.noDay)
    }
  }

  /// Reads what `Writer` wrote; past the end or on a bad value it sets `failed` and gives
  /// empty values from then on, so a damaged cache is noticed once, at the end.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int
    var end: Int
    var failed = false

    init(bytes: UnsafeBufferPointer<UInt8>, offset: Int) {
      self.bytes = bytes
      self.offset = offset
      self.end = bytes.count
    }

    mutating func u32() -> UInt32 { integer() }
    mutating func u64() -> UInt64 { integer() }

    /// A little-endian integer, or 0 (and `failed`) past the end.
    private mutating func integer<Value: FixedWidthInteger>() -> Value {
      let size = MemoryLayout<Value>.size
      guard offset + size <= end, let base = bytes.baseAddress else {
        failed = true
        return 0
      }
      let value = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: Value.self)
      offset += size
      return Value(littleEndian: value)
    }

    /// A count of things that follow, each at least four bytes long.
    mutating func count() -> Int {
      let value = Int(u32())
      guard value <= (end - offset) / 4 else {
        failed = true
        return 0
      }
      return value
    }

    mutating func sameAsBefore() -> Bool {
      guard offset + 4 <= end, let base = bytes.baseAddress,
        UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt32.self)
          == Writer.sameAsBefore
      else { return false }
      offset += 4
      return true
    }

    /// A string of `length` bytes. The digest already vouches that these are the bytes the
    /// writer wrote from a `String`, so they are not validated on their own before
    /// `String(decoding:)`, which checks them once as it makes the string (the generic
    /// `String(validating:as:)` cost a metadata lookup and a slower check per string: a third
    /// of a cached listing). Should they not be valid UTF-8 after all (a forged digest),
    /// decoding repairs them, and the repaired string's bytes differ from them: the cache
    /// fails, as before.
    mutating func string() -> String {
      let length = Int(u32())
      guard !failed, length <= end - offset else {
        failed = true
        return ""
      }
      let source = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)])
      var text = String(decoding: source, as: UTF8.self)
      let same = text.withUTF8 { utf8 in
        utf8.count == length
          && (length == 0 || memcmp(utf8.baseAddress!, source.baseAddress!, length) == 0)
      }
      guard same else {
        failed = true
        return ""
      }
      offset += length
      return text
    }

    mutating func strings() -> [String] {
      let count = self.count()
      var texts: [String] = []
      texts.reserveCapacity(count)
      for _ in 0..<count where !failed { texts.append(string()) }
      return texts
    }

    /// A unit id by its index in the plan's table of them.
    mutating func unit(_ table: [String]) -> String {
      let index = Int(u32())
      guard index < table.count else {
        failed = true
        return ""
      }
      return table[index]
    }

    /// A list of unit ids: one of one id is `singles`' for it, a longer one the array taken
    /// from `known` when the same indexes were read before.
    mutating func units(
      _ table: [String], _ singles: [[String]], sharing known: inout ByteKeyTable<[String]>
    ) -> [String] {
      let count = self.count()
      if count == 0 { return [] }
      if count == 1 {
        let index = Int(u32())
        guard index < singles.count else {
          failed = true
          return []
        }
        return singles[index]
      }
      // `count` is within the bytes left, four bytes an index.
      let encoded = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + 4 * count)])
      if let ids = known.value(for: encoded) {
        offset += 4 * count
        return ids
      }
      var ids: [String] = []
      ids.reserveCapacity(count)
      for _ in 0..<count where !failed { ids.append(unit(table)) }
      if !failed { known.insert(encoded, ids) }
      return ids
    }

    mutating func day() -> Day? {
      let value = u64()
      guard value != Writer.noDay else { return nil }
      let serial = Int64(bitPattern: value)
      guard abs(serial) < 10_000_000 else {
        failed = true
        return nil
      }
      return Day(serial: Int(serial))
    }

    mutating func status() -> Status? {
      guard offset < end else { return nil }
      let code = bytes[offset]
      offset += 1
      switch code {
      case 0: return .todo
      case 1: return .doing
      case 2: return .blocked
      case 3: return .done
      default: return nil
      }
    }
  }
}
