import BoardCore

/// Reads a Task record straight from the scanned bytes when it is well-formed, which is
/// nearly always: field names by byte comparison, unit names and note authors through
/// byte-keyed tables, dates and statuses without strings, and strings only for what the task
/// keeps (id, section, title, text, note texts), each validated as UTF-8 once.
///
/// It declines (returns false, having changed nothing) whenever a record is anything but
/// plain: a problem to report, a name that could need trimming or Unicode-equivalence
/// matching, an unknown or repeated field. The decoder then reads that record the checked
/// way, so messages and results stay exactly those of `PlanFile.Decoder.readTask`.
struct FastTaskReader {
  private let index: RosterIndex
  /// False: texts and notes are checked but not kept (see `BoardDirectory.load(keepingTexts:)`).
  private let keepsTexts: Bool
  /// The unit names of the plan's jurisdiction, once the plan record has been read.
  private var names: ByteKeyTable<String?>?
  private var namesLooked = false
  private var lastSectionBytes: [UInt8] = []
  private var lastSection = ""

  init(index: RosterIndex, keepsTexts: Bool) {
    self.index = index
    self.keepsTexts = keepsTexts
  }

  private enum Name {
    case id, section, title, lead, coop, due, status, text, note
  }

  mutating func read(
    _ record: RecScanner.Record, of scanner: RecScanner, arena: UnsafeBufferPointer<UInt8>,
    into decoder: inout PlanFile.Decoder
  ) -> Bool {
    guard let plan = decoder.plan else { return false }
    var id: RecScanner.Field?
    var section: RecScanner.Field?
    var title: RecScanner.Field?
    var due: RecScanner.Field?
    var status: RecScanner.Field?
    var text: RecScanner.Field?
    var leads = 0
    var coops = 0
    var notes = 0
    for index in record.fields {
      let field = scanner.fields[index]
      switch FastTaskReader.name(scanner.name(field)) {
      case .id?:
        guard id == nil else { return false }
        id = field
      case .section?:
        guard section == nil else { return false }
        section = field
      case .title?:
        guard title == nil else { return false }
        title = field
      case .due?:
        guard due == nil else { return false }
        due = field
      case .status?:
        guard status == nil else { return false }
        status = field
      case .text?:
        guard text == nil else { return false }
        text = field
      case .lead?: leads += 1
      case .coop?: coops += 1
      case .note?: notes += 1
      case nil: return false
      }
    }
    guard let id, let title, let status else { return false }

    let idBytes = scanner.value(id, arena: arena)
    guard FastTaskReader.isValidID(idBytes) else { return false }
    let taskID = String(decoding: idBytes, as: UTF8.self)
    guard decoder.taskLines[taskID] == nil,
      let statusValue = FastTaskReader.status(scanner.value(status, arena: arena))
    else { return false }
    var dueDay: Day?
    if let due {
      guard let day = FastTaskReader.day(scanner.value(due, arena: arena)) else { return false }
      dueDay = day
    }

    var lead: [String] = []
    var coop: [String] = []
    var noteList: [Note] = []
    lead.reserveCapacity(leads)
    coop.reserveCapacity(coops)
    noteList.reserveCapacity(notes)
    if leads + coops > 0 && !namesLooked {
      names = index.names(in: plan.region)
      namesLooked = true
    }
    for index in record.fields where leads + coops + notes > 0 {
      let field = scanner.fields[index]
      let name = scanner.name(field)
      guard name.count == 4 else { continue }
      let value = scanner.value(field, arena: arena)
      switch FastTaskReader.name(name) {
      case .lead?:
        guard let unit = unitID(value) else { return false }
        lead.append(unit)
      case .coop?:
        guard let unit = unitID(value) else { return false }
        coop.append(unit)
      case .note?:
        guard let note = note(value) else { return false }
        noteList.append(note)  // without its text when texts are not kept
      default:
        break
      }
    }

    guard let titleText = String(validating: scanner.value(title, arena: arena), as: UTF8.self)
    else { return false }
    var bodyText = ""
    if let text, let valid = self.text(scanner.value(text, arena: arena)) {
      bodyText = valid
    } else if text != nil {
      return false
    }
    var sectionText = ""
    if let section {
      guard let valid = self.section(scanner.value(section, arena: arena)) else { return false }
      sectionText = valid
    }

    decoder.taskLines[taskID] = id.line
    if decoder.keepsRanges { decoder.taskRanges[taskID] = record.byteRange }
    decoder.tasks.append(
      PlanTask(
        id: taskID, section: sectionText, title: titleText, text: bodyText, lead: lead,
        coop: coop, due: dueDay, status: statusValue, notes: noteList))
    return true
  }

  // MARK: Values

  /// A text as a string, or, when texts are not kept, an empty one once the bytes are
  /// known to be UTF-8; nil when they are not.
  private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard keepsTexts else { return UTF8Check.firstInvalidOffset(bytes) == nil ? "" : nil }
    return String(validating: bytes, as: UTF8.self)
  }

  /// Tasks under one heading repeat it: they share one string.
  private mutating func section(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if lastSectionBytes.withUnsafeBufferPointer({ RecScanner.sameBytes($0, bytes) }) {
      return lastSection
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
    lastSectionBytes = Array(bytes)
    lastSection = text
    return text
  }

  /// A unit named in a Lead or Coop field, when its name needs no trimming and is spelled
  /// exactly as in the roster.
  private func unitID(_ value: UnsafeBufferPointer<UInt8>) -> String? {
    guard FastTaskReader.startsPlainCharacter(value, at: 0),
      FastTaskReader.endsWithPlainCharacter(value),
      let found = names?.value(for: value)
    else { return nil }
    return found
  }

  /// `YYYY-MM-DD UNIT-ID text` with a known author and a text that starts plainly.
  private func note(_ value: UnsafeBufferPointer<UInt8>) -> Note? {
    guard value.count >= 13, value[10] == 0x20,
      let day = FastTaskReader.day(UnsafeBufferPointer(rebasing: value[0..<10]))
    else { return nil }
    var end = 11
    while end < value.count && value[end] != 0x20 {
      guard value[end] > 0x20 && value[end] < 0x7F else { return nil }
      end += 1
    }
    guard end > 11, FastTaskReader.startsPlainCharacter(value, at: end + 1),
      let author = index.ids.value(for: UnsafeBufferPointer(rebasing: value[11..<end])),
      let text = self.text(UnsafeBufferPointer(rebasing: value[(end + 1)...]))
    else { return nil }
    return Note(date: day, author: author, text: text)
  }

  // MARK: Bytes

  private static func name(_ bytes: UnsafeBufferPointer<UInt8>) -> Name? {
    switch bytes.count {
    case 2: return RecScanner.equals(bytes, "Id") ? .id : nil
    case 3: return RecScanner.equals(bytes, "Due") ? .due : nil
    case 4:
      if RecScanner.equals(bytes, "Lead") { return .lead }
      if RecScanner.equals(bytes, "Coop") { return .coop }
      if RecScanner.equals(bytes, "Note") { return .note }
      if RecScanner.equals(bytes, "Text") { return .text }
      return nil
    case 5: return RecScanner.equals(bytes, "Title") ? .title : nil
    case 6: return RecScanner.equals(bytes, "Status") ? .status : nil
    case 7: return RecScanner.equals(bytes, "Section") ? .section : nil
    default: return nil
    }
  }

  private static func status(_ bytes: UnsafeBufferPointer<UInt8>) -> Status? {
    if RecScanner.equals(bytes, "todo") { return .todo }
    if RecScanner.equals(bytes, "doing") { return .doing }
    if RecScanner.equals(bytes, "blocked") { return .blocked }
    if RecScanner.equals(bytes, "done") { return .done }
    return nil
  }

  /// `YYYY-MM-DD`, as `Day(_:)` reads it.
  static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    return Day(year: year, month: month, day: day)
  }

  /// `Unit.isValidID` on bytes.
  static func isValidID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, isIDStart(first) else { return false }
    return bytes.allSatisfy {
      isIDStart($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
    }
  }

  private static func isIDStart(_ byte: UInt8) -> Bool {
    RecScanner.isLetter(byte) || RecScanner.isDigit(byte)
  }

  /// Whether a character that is not whitespace and cannot extend the one before it begins
  /// at `index`: printable ASCII, a CJK ideograph (U+4000–U+9FFF) or a full-width form
  /// (U+FF01–U+FF5E). Then no trimming starts there and no grapheme reaches across.
  static func startsPlainCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count else { return false }
    let lead = bytes[index]
    return (lead > 0x20 && lead < 0x7F) || isPlainWide(bytes, at: index)
  }

  /// Whether the bytes end with such a plain character, so no trailing trimming applies.
  static func endsWithPlainCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last = bytes.last else { return false }
    return (last > 0x20 && last < 0x7F)
      || (bytes.count >= 3 && isPlainWide(bytes, at: bytes.count - 3))
  }

  /// A three-byte CJK ideograph or full-width form at `index`.
  private static func isPlainWide(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + 2 < bytes.count else { return false }
    let lead = bytes[index]
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return false }
    if lead >= 0xE4 && lead <= 0xE9 { return true }
    return lead == 0xEF && ((second == 0xBC && third >= 0x81) || (second == 0xBD && third <= 0x9E))
  }
}
