import BoardCore
import BoardStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The recfile parser as first written (before the store's fast paths), kept as the reference
/// the rewritten scanner is checked against: same records, same problems, on any input.
enum ReferenceRecParser {
  static func parse(_ bytes: [UInt8], file: String) -> (RecDocument, [Problem]) {
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = Scanner(buffer: buffer, file: file)
      scanner.run()
      return (RecDocument(records: scanner.records), scanner.problems)
    }
  }

  private struct Scanner {
    let buffer: UnsafeBufferPointer<UInt8>
    let file: String
    var records: [RecRecord] = []
    var problems: [Problem] = []

    var fields: [RecField] = []
    var recordStart = 0
    var recordLine = 0
    var recordEnd = 0
    var recordType: String?

    var fieldName: String?
    var fieldValue: [UInt8] = []
    var fieldLine = 0
    /// The previous physical line ended in a single `\`: this line continues the value.
    var joinsNextLine = false

    init(buffer: UnsafeBufferPointer<UInt8>, file: String) {
      self.buffer = buffer
      self.file = file
    }

    mutating func run() {
      guard let base = buffer.baseAddress else { return }
      let count = buffer.count
      var position = 0
      var lineNumber = 0
      if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
        report(1, "a UTF-8 byte-order mark (U+FEFF) starts the file; expected none (remove it)")
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
      }
      if count > 0, base[count - 1] != 0x0A {
        var last = count - 1
        while last > 0 && base[last - 1] != 0x0A { last -= 1 }
        let isPlus = count - last == 1 && base[last] == UInt8(ascii: "+")
        if isPlus || fieldNameEnd(last..<count) == count - 1 {
          // recutils reads no file that ends in "Name:" or "+" without a line break.
          report(
            lineNumber,
            "the file ends in an empty value without a line break; expected a line break")
        }
      }
      if joinsNextLine {
        report(
          lineNumber, "the last line ends in \"\\\" (continued on the next line), but the file ends"
        )
      }
      finishRecord()
    }

    mutating func scan(line: Range<Int>, number: Int, next: Int) {
      let bytes = UnsafeBufferPointer(rebasing: buffer[line])
      if let bad = ReferenceUTF8Check.firstInvalidOffset(bytes) {
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        report(
          number,
          "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte \(bad + 1) of the line)"
        )
      }
      if joinsNextLine {
        appendValue(line.lowerBound, line.upperBound)
        recordEnd = next
        return
      }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        finishRecord()
        return
      }
      switch bytes[0] {
      case UInt8(ascii: "#"):
        // recutils: a comment ends the field before it.
        finishField()
        return
      case UInt8(ascii: "+"):
        guard fieldName != nil else {
          report(number, "expected a field before this \"+\" continuation")
          return
        }
        fieldValue.append(0x0A)
        var start = line.lowerBound + 1
        if start < line.upperBound, buffer[start] == 0x20 { start += 1 }
        appendValue(start, line.upperBound)
        recordEnd = next
      default:
        guard let colon = fieldNameEnd(line) else {
          report(
            number,
            "expected \"Name: value\", a \"+ \" continuation, a comment or a blank line; "
              + "found \"\(excerpt(line))\"")
          return
        }
        if colon + 1 < line.upperBound, buffer[colon + 1] >= 0x80 {
          report(number, "expected a space after \"\(excerpt(line.lowerBound..<(colon + 1)))\"")
        }
        finishField()
        if fields.isEmpty {
          recordStart = line.lowerBound
          recordLine = number
        }
        fieldName = String(
          decoding: UnsafeBufferPointer(rebasing: buffer[line.lowerBound..<colon]), as: UTF8.self)
        fieldLine = number
        fieldValue.removeAll(keepingCapacity: true)
        var start = colon + 1
        if start < line.upperBound, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
        appendValue(start, line.upperBound)
        recordEnd = next
      }
    }

    /// The index of the colon ending a field name `%?[A-Za-z][A-Za-z0-9_]*`, or nil.
    func fieldNameEnd(_ line: Range<Int>) -> Int? {
      var index = line.lowerBound
      if buffer[index] == UInt8(ascii: "%") { index += 1 }
      guard index < line.upperBound, isLetter(buffer[index]) else { return nil }
      index += 1
      while index < line.upperBound {
        let byte = buffer[index]
        if byte == UInt8(ascii: ":") { return index }
        guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") else { return nil }
        index += 1
      }
      return nil
    }

    /// Appends a physical line's part of a value. A single trailing `\` joins the next line
    /// with no line break; a trailing `\\` stands for one backslash (recutils' rules).
    mutating func appendValue(_ start: Int, _ end: Int) {
      var end = end
      joinsNextLine = false
      if end > start, buffer[end - 1] == UInt8(ascii: "\\") {
        if end - 1 > start, buffer[end - 2] == UInt8(ascii: "\\") {
          end -= 1
        } else {
          end -= 1
          joinsNextLine = true
        }
      }
      fieldValue.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
    }

    mutating func finishField() {
      guard let name = fieldName else { return }
      fields.append(
        RecField(name: name, value: String(decoding: fieldValue, as: UTF8.self), line: fieldLine))
      fieldName = nil
      joinsNextLine = false
    }

    mutating func finishRecord() {
      finishField()
      guard !fields.isEmpty else { return }
      let isDescriptor = fields[0].name == "%rec"
      if isDescriptor {
        recordType = fields[0].value.split(separator: " ").first.map(String.init) ?? ""
      }
      records.append(
        RecRecord(
          fields: fields, line: recordLine, byteRange: recordStart..<recordEnd,
          isDescriptor: isDescriptor, recordType: recordType))
      fields.removeAll(keepingCapacity: true)
    }

    mutating func report(_ line: Int, _ message: String) {
      problems.append(Problem(file: file, line: line, Localized(message, message)))
    }

    func excerpt(_ line: Range<Int>) -> String {
      let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)
      return text.count > 24 ? String(text.prefix(24)) + "…" : text
    }

    func isLetter(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    func isDigit(_ byte: UInt8) -> Bool {
      byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
  }
}

/// The UTF-8 check as first written, the reference for `UTF8Check`.
enum ReferenceUTF8Check {
  /// The offset of the first invalid byte in `bytes`, or nil when all of it is valid UTF-8.
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      // ASCII fast path: eight bytes at a time.
      while index + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { return nil }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      switch lead {
      case 0xC2...0xDF:
        length = 2
        minimum = 0x80
        scalar = UInt32(lead & 0x1F)
      case 0xE0...0xEF:
        length = 3
        minimum = 0x800
        scalar = UInt32(lead & 0x0F)
      case 0xF0...0xF4:
        length = 4
        minimum = 0x10000
        scalar = UInt32(lead & 0x07)
      default:
        return index
      }
      guard index + length <= count else { return index }
      for offset in 1..<length {
        let byte = bytes[index + offset]
        guard byte & 0xC0 == 0x80 else { return index }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      // Overlong forms, surrogates and values past U+10FFFF are invalid.
      guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
        return index
      }
      index += length
    }
    return nil
  }
}
