import BoardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lexical layer of the recfile reader: splits UTF-8 bytes into records and fields
/// without making a `String` of anything, so a decoder can turn into strings only what it
/// keeps (a city's board holds 100,000 tasks).
///
/// A field's value is a byte range: of the file itself when the value is one physical line,
/// else of `arena`, where continued values are put together, or, for the texts and notes of
/// tasks when `joinsTaskTexts` is false, the file's lines the value spans, not put together
/// (enough to check them; see `BoardDirectory.load(keepingTexts:)`).
///
/// In `.checked` mode it reports every problem, exactly as `RecParser.parse` promises. In
/// `.fast` mode it checks nothing it can leave to the decoder (UTF-8 inside values, which the
/// decoder validates when it makes strings) and gives up at the first problem, so that the
/// caller reads the file again in `.checked` mode and reports it properly.
struct RecScanner {
  enum Mode {
    case checked
    case fast
  }

  struct Field {
    var nameStart: Int
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int
    var source: Source
    var line: Int
  }

  /// Where a value's bytes are.
  enum Source {
    /// In the file: the value is (part of) one line.
    case file
    /// In `arena`, put together from several lines.
    case arena
    /// In the file, as the lines it spans with their `+ ` marks: the bytes to check, not the
    /// value.
    case lines
  }

  struct Record {
    /// Indices into `fields`.
    var fields: Range<Int>
    var line: Int
    var byteRange: Range<Int>
    var isDescriptor: Bool
    var recordType: String?
  }

  let buffer: UnsafeBufferPointer<UInt8>
  let file: String
  let mode: Mode
  /// False: continued Text and Note values of Task records stay `.lines`.
  let joinsTaskTexts: Bool
  var records: [Record] = []
  var fields: [Field] = []
  var arena: [UInt8] = []
  var problems: [Problem] = []
  /// In `.fast` mode: something needs the checked reading.
  private(set) var failed = false

  private var recordFieldsStart = 0
  private var recordStart = 0
  private var recordLine = 0
  private var recordEnd = 0
  private var recordType: String?

  /// The field being read: its name's range, or nil between fields.
  private var current: Field?
  /// The current field may stay `.lines` when continued.
  private var currentSpansLines = false
  /// The previous physical line ended in a single `\`: this line continues the value.
  private var joinsNextLine = false

  /// The arrays a scanner fills, kept between files so that reading many files reuses one
  /// piece of memory instead of touching fresh pages for each.
  struct Storage {
    var records: [Record] = []
    var fields: [Field] = []
    var arena: [UInt8] = []
  }

  /// A scanner that fills the arrays of `storage` (which is left empty until `takeStorage`).
  init(
    buffer: UnsafeBufferPointer<UInt8>, file: String, mode: Mode, joinsTaskTexts: Bool = true,
    storage: inout Storage
  ) {
    self.buffer = buffer
    self.file = file
    self.mode = mode
    self.joinsTaskTexts = joinsTaskTexts
    swap(&records, &storage.records)
    swap(&fields, &storage.fields)
    swap(&arena, &storage.arena)
    records.removeAll(keepingCapacity: true)
    fields.removeAll(keepingCapacity: true)
    arena.removeAll(keepingCapacity: true)
    // Continued values are most of a plan's bytes; a field is a line of some 60 bytes.
    arena.reserveCapacity(buffer.count)
    fields.reserveCapacity(buffer.count / 48 + 8)
  }

  /// Hands the arrays back for the next file; the scanner is empty afterwards.
  mutating func takeStorage() -> Storage {
    var storage = Storage()
    swap(&storage.records, &records)
    swap(&storage.fields, &fields)
    swap(&storage.arena, &arena)
    return storage
  }

  /// Reads the whole buffer; false when `.fast` mode gave up.
  mutating func run() -> Bool {
    guard let base = buffer.baseAddress else { return true }
    let count = buffer.count
    var position = 0
    var lineNumber = 0
    if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
      // Invisible in an editor, and no recfile may start with it.
      report(
        1,
        Localized(
          "文件以 UTF-8 字节顺序标记（U+FEFF）开头；不应有（请删除）",
          "a UTF-8 byte-order mark (U+FEFF) starts the file; expected none (remove it)"))
      if failed { return false }
      position = 3
    }
    while position < count {
      let lineStart = position
      let lineEnd: Int
      if let found = memchr(base + position, 0x0A, count - position) {
        lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        position = lineEnd + 1
      } else {
        lineEnd = count
        position = count
      }
      lineNumber += 1
      scan(line: lineStart..<lineEnd, number: lineNumber, next: position)
      if failed { return false }
    }
    if count > 0, base[count - 1] != 0x0A {
      var last = count - 1
      while last > 0 && base[last - 1] != 0x0A { last -= 1 }
      let isPlus = count - last == 1 && base[last] == UInt8(ascii: "+")
      if isPlus || fieldNameEnd(last..<count) == count - 1 {
        // recutils reads no file that ends in "Name:" or "+" without a line break.
        report(
          lineNumber,
          Localized(
            "文件以空值结尾且没有换行；末尾应有换行",
            "the file ends in an empty value without a line break; expected a line break"))
      }
    }
    if joinsNextLine {
      report(
        lineNumber,
        Localized(
          "最后一行以“\\”结尾（表示续行），但文件已结束",
          "the last line ends in \"\\\" (continued on the next line), but the file ends"))
    }
    finishRecord()
    return !failed
  }

  // MARK: Reading values

  /// The bytes of a field's value. `arena` must be the scanner's arena, borrowed by the caller
  /// for as long as it uses the result.
  func value(_ field: Field, arena: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    let source = field.source == .arena ? arena : buffer
    return UnsafeBufferPointer(rebasing: source[field.valueStart..<field.valueEnd])
  }

  func name(_ field: Field) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: buffer[field.nameStart..<field.nameEnd])
  }

  // MARK: Lines

  private mutating func scan(line: Range<Int>, number: Int, next: Int) {
    let bytes = UnsafeBufferPointer(rebasing: buffer[line])
    if mode == .checked, let bad = UTF8Check.firstInvalidOffset(bytes) {
      let hex = String(bytes[bad], radix: 16, uppercase: true)
      let byte = hex.count == 1 ? "0" + hex : hex
      report(
        number,
        Localized(
          "不是有效的 UTF-8（该行第 \(bad + 1) 个字节 0x\(byte)）",
          "invalid UTF-8 (byte 0x\(byte) at byte \(bad + 1) of the line)"))
    }
    if joinsNextLine {
      appendValue(line.lowerBound, line.upperBound, lineBreak: false)
      recordEnd = next
      return
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
      finishRecord()
      return
    }
    switch bytes[0] {
    case UInt8(ascii: "#"):
      // In `.fast` mode nothing else looks at a comment's bytes: check them here.
      if mode == .fast, UTF8Check.firstInvalidOffset(bytes) != nil { failed = true }
      // A comment ends the field before it: a "+" line after it continues nothing.
      finishField()
      return
    case UInt8(ascii: "+"):
      guard current != nil else {
        report(
          number,
          Localized("“+”续行之前应有字段", "expected a field before this \"+\" continuation"))
        return
      }
      var start = line.lowerBound + 1
      if start < line.upperBound, buffer[start] == 0x20 { start += 1 }
      appendValue(start, line.upperBound, lineBreak: true)
      recordEnd = next
    default:
      guard let colon = fieldNameEnd(line) else {
        report(
          number,
          Localized(
            "应为“字段名: 值”、“+ ”续行、注释或空行；实际为“\(excerpt(line))”",
            "expected \"Name: value\", a \"+ \" continuation, a comment or a blank line; "
              + "found \"\(excerpt(line))\""))
        return
      }
      if colon + 1 < line.upperBound, buffer[colon + 1] >= 0x80 {
        // recutils reads no value that starts right after the colon with a non-ASCII byte.
        let name = excerpt(line.lowerBound..<(colon + 1))
        report(
          number, Localized("“\(name)”之后应有空格", "expected a space after \"\(name)\""))
      }
      finishField()
      if fields.count == recordFieldsStart {
        recordStart = line.lowerBound
        recordLine = number
      }
      var start = colon + 1
      if start < line.upperBound, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
      current = Field(
        nameStart: line.lowerBound, nameEnd: colon, valueStart: start, valueEnd: start,
        source: .file, line: number)
      if !joinsTaskTexts {
        let name = UnsafeBufferPointer(rebasing: buffer[line.lowerBound..<colon])
        currentSpansLines =
          (RecScanner.equals(name, "Text") || RecScanner.equals(name, "Note"))
          && recordType == "Task"
      }
      appendValue(start, line.upperBound, lineBreak: false)
      recordEnd = next
    }
  }

  /// The index of the colon ending a field name `%?[A-Za-z][A-Za-z0-9_]*`, or nil.
  private func fieldNameEnd(_ line: Range<Int>) -> Int? {
    var index = line.lowerBound
    if buffer[index] == UInt8(ascii: "%") { index += 1 }
    guard index < line.upperBound, RecScanner.isLetter(buffer[index]) else { return nil }
    index += 1
    while index < line.upperBound {
      let byte = buffer[index]
      if byte == UInt8(ascii: ":") { return index }
      guard RecScanner.isNameByte(byte) else { return nil }
      index += 1
    }
    return nil
  }

  /// `[A-Za-z0-9_]` as bit sets over 0–63 and 64–127: one test a byte.
  private static let nameBytesLow: UInt64 = 0x03FF_0000_0000_0000
  private static let nameBytesHigh: UInt64 = 0x07FF_FFFE_87FF_FFFE

  @inline(__always)
  private static func isNameByte(_ byte: UInt8) -> Bool {
    let bits = byte < 64 ? nameBytesLow : nameBytesHigh
    return byte < 128 && (bits &>> UInt64(byte & 63)) & 1 != 0
  }

  /// Appends a physical line's part of the current value, after a line break when the line is
  /// a `+` continuation. A single trailing `\` joins the next line with no line break; a
  /// trailing `\\` stands for one backslash (recutils' rules).
  private mutating func appendValue(_ start: Int, _ end: Int, lineBreak: Bool) {
    guard var field = current else { return }
    var end = end
    joinsNextLine = false
    if end > start, buffer[end - 1] == UInt8(ascii: "\\") {
      if end - 1 > start, buffer[end - 2] == UInt8(ascii: "\\") {
        end -= 1
      } else {
        end -= 1
        joinsNextLine = true
        // Joined lines make one value without a line break, so bytes that are not UTF-8 on
        // each line could make UTF-8 together: the checked reading checks each line.
        if mode == .fast { failed = true }
      }
    }
    if field.source == .file && !lineBreak && field.valueStart == field.valueEnd
      && field.valueStart == start
    {
      // The value's first piece: it stays in the file.
      field.valueEnd = end
    } else if currentSpansLines && lineBreak && field.source != .arena {
      field.source = .lines
      field.valueEnd = end
    } else {
      if field.source != .arena {
        let first = field.valueStart..<field.valueEnd
        field.valueStart = arena.count
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[first]))
        field.source = .arena
      }
      if lineBreak { arena.append(0x0A) }
      arena.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
      field.valueEnd = arena.count
    }
    current = field
  }

  private mutating func finishField() {
    guard let field = current else { return }
    fields.append(field)
    current = nil
    joinsNextLine = false
  }

  private mutating func finishRecord() {
    finishField()
    guard fields.count > recordFieldsStart else { return }
    let first = fields[recordFieldsStart]
    let isDescriptor = RecScanner.equals(name(first), "%rec")
    if isDescriptor {
      let text: String
      if mode == .checked {
        text = String(decoding: rawValue(first), as: UTF8.self)
      } else {
        guard let valid = String(validating: rawValue(first), as: UTF8.self) else {
          failed = true
          return
        }
        text = valid
      }
      recordType = text.split(separator: " ").first.map(String.init) ?? ""
    }
    records.append(
      Record(
        fields: recordFieldsStart..<fields.count, line: recordLine,
        byteRange: recordStart..<recordEnd, isDescriptor: isDescriptor, recordType: recordType))
    recordFieldsStart = fields.count
  }

  /// A value while the arena may still grow.
  private func rawValue(_ field: Field) -> [UInt8] {
    field.source == .arena
      ? Array(arena[field.valueStart..<field.valueEnd])
      : Array(buffer[field.valueStart..<field.valueEnd])
  }

  private mutating func report(_ line: Int, _ message: Localized) {
    if mode == .fast {
      failed = true
      return
    }
    problems.append(Problem(file: file, line: line, message))
  }

  private func excerpt(_ line: Range<Int>) -> String {
    let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)
    return text.count > 24 ? String(text.prefix(24)) + "…" : text
  }

  // MARK: Bytes

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Whether the bytes are exactly this ASCII text.
  static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    sameBytes(bytes, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  static func sameBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard left.count == right.count else { return false }
    guard let leftStart = left.baseAddress, let rightStart = right.baseAddress else {
      return true  // both empty
    }
    return memcmp(leftStart, rightStart, left.count) == 0
  }
}
