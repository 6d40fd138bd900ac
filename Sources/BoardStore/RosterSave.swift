import BoardCore

extension RosterFile {
  /// The roster file's new bytes with units added at its end, in canonical form; every line
  /// already there (the Board record, comments, hand formatting) stays as it was.
  static func appending(_ units: [Unit], to bytes: [UInt8]) -> [UInt8] {
    var result = bytes
    if let last = result.last, last != 0x0A { result.append(0x0A) }
    for unit in units {
      // One blank line between records.
      if result.count >= 2
        && !(result[result.count - 1] == 0x0A && result[result.count - 2] == 0x0A)
      {
        result.append(0x0A)
      }
      result += encode(unit)
    }
    return result
  }
}
