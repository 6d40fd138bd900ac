/// A JSON value and its text, written by hand (no Foundation): the listings stream
/// 100,000 objects.
///
/// Control characters, DEL and C1 controls are escaped as `\u00XX`, so printing the JSON on a
/// terminal never sends it an escape sequence.
enum JSON: Sendable {
  case string(String)
  case number(Int)
  case bool(Bool)
  case null
  case array([JSON])
  case object([(String, JSON)])

  static func string(_ value: String?) -> JSON {
    value.map { .string($0) } ?? .null
  }

  var text: String {
    var output = ""
    write(to: &output)
    return output
  }

  func write(to output: inout String) {
    switch self {
    case .string(let value): JSON.quote(value, to: &output)
    case .number(let value): output += String(value)
    case .bool(let value): output += value ? "true" : "false"
    case .null: output += "null"
    case .array(let values):
      output += "["
      for (index, value) in values.enumerated() {
        if index > 0 { output += "," }
        value.write(to: &output)
      }
      output += "]"
    case .object(let members):
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { output += "," }
        JSON.quote(key, to: &output)
        output += ":"
        value.write(to: &output)
      }
      output += "}"
    }
  }

  static func quote(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar.value {
      case 0x22: output += "\\\""
      case 0x5C: output += "\\\\"
      case 0x0A: output += "\\n"
      case 0x0D: output += "\\r"
      case 0x09: output += "\\t"
      case 0x00..<0x20, 0x7F...0x9F:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}

/// Writes a JSON array one element per line, so a long listing streams.
struct JSONArrayWriter {
  let output: Output
  private var count = 0

  init(output: Output) {
    self.output = output
    output.write("[")
  }

  mutating func add(_ value: JSON) {
    output.write(count == 0 ? "\n" : ",\n")
    output.write(value.text)
    count += 1
  }

  func finish() {
    output.line(count == 0 ? "]" : "\n]")
  }
}
