/// Writes recfile text in the board's canonical form.
///
/// `Name: value` with one space; a value's line breaks become `+ ` continuation lines (`+`
/// alone for an empty line); a line ending in `\` is written `\\` so it is not read as a
/// continuation.
public struct RecWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// A raw line such as `%rec: Task`.
  public mutating func line(_ text: String) {
    bytes.append(contentsOf: text.utf8)
    bytes.append(0x0A)
  }

  /// Lines already in canonical form.
  mutating func raw(_ lines: [UInt8]) {
    bytes.append(contentsOf: lines)
  }

  public mutating func blankLine() {
    bytes.append(0x0A)
  }

  public mutating func field(_ name: String, _ value: String) {
    bytes.append(contentsOf: name.utf8)
    bytes.append(UInt8(ascii: ":"))
    var lineStart = bytes.count
    for byte in value.utf8 {
      if byte == 0x0A {
        endLine(from: lineStart)
        bytes.append(UInt8(ascii: "+"))
        lineStart = bytes.count
        continue
      }
      if bytes.count == lineStart {
        // One space separates the name or the `+` from a non-empty value line.
        bytes.append(0x20)
        lineStart = bytes.count
      }
      bytes.append(byte)
    }
    endLine(from: lineStart)
  }

  /// Optional fields are left out when empty.
  public mutating func optionalField(_ name: String, _ value: String) {
    if !value.isEmpty { field(name, value) }
  }

  private mutating func endLine(from lineStart: Int) {
    if bytes.count > lineStart, bytes[bytes.count - 1] == UInt8(ascii: "\\") {
      bytes.append(UInt8(ascii: "\\"))
    }
    bytes.append(0x0A)
  }
}
