/// Finds the first byte that is not part of valid UTF-8, so the parser can name its column.
enum UTF8Check {
  /// Bit n is set when a lead byte En starts a three-byte form that needs no range check.
  private static let plainLeads: UInt64 = 0xDFFE

  /// The offset of the first invalid byte in `bytes`, or nil when all of it is valid UTF-8.
  ///
  /// Runs of ASCII go eight bytes at a time and three-byte characters (CJK text) four bytes
  /// at a time; everything else is decoded and checked in full.
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        while index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        continue
      }
      // Three-byte characters led by E1–EC or EE–EF (the low four bits of the lead neither
      // 0 nor D) are never overlong or surrogates: checking the bit patterns is enough. Two
      // such characters at a time, then one.
      var matched = false
      while index &+ 8 <= count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        guard word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0,
          (UTF8Check.plainLeads >> (word & 0x0F)) & (UTF8Check.plainLeads >> ((word >> 24) & 0x0F))
            & 1 != 0
        else { break }
        index &+= 6
        matched = true
      }
      if index &+ 4 <= count {
        let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
        if word & 0x00C0_C0F0 == 0x0080_80E0, (UTF8Check.plainLeads >> (word & 0x0F)) & 1 != 0 {
          index &+= 3
          continue
        }
      }
      if matched { continue }
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
        let byte = base[index + offset]
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
