/// An RFC 4180 reader, written from the RFC for the tests, to read back what the board writes:
/// fields separated by commas, records by CRLF, fields in double quotes may hold commas,
/// quotes (doubled) and line breaks.
public enum CSVParser {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The records of `text` (without a byte-order mark). A bare LF outside quotes, a quote
  /// inside an unquoted field, or text after a closing quote is a failure: the board must
  /// write strict RFC 4180.
  public static func records(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var afterQuote = false
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case ",":
        record.append(field)
        field = ""
        afterQuote = false
      case "\r":
        guard scalars.popFirst() == "\n" else { throw Failure(description: "CR without LF") }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        afterQuote = false
      case "\n":
        throw Failure(description: "LF without CR after \(records.count) records")
      case "\"":
        guard field.isEmpty, !afterQuote else {
          throw Failure(description: "quote inside an unquoted field: \(field)")
        }
        quoted = true
      default:
        guard !afterQuote else { throw Failure(description: "text after a closing quote") }
        field.unicodeScalars.append(scalar)
      }
    }
    guard !quoted else { throw Failure(description: "unterminated quoted field") }
    guard field.isEmpty, record.isEmpty else {
      throw Failure(description: "the last record does not end with CRLF")
    }
    return records
  }
}
