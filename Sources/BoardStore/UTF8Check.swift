/// Finds the first byte that is not part of valid UTF-8, so the parser can name its column.
enum UTF8Check {
  /// Whether the low six bytes of `word` (first byte lowest) are two three-byte characters
  /// led by E1–EC or EE–EF: the bit patterns, then the leads' low four bits neither 0 nor D
  /// (adding 0xF to a four-bit field carries into the bit above it unless the field is 0).
  @inline(__always)
  private static func twoPlainCharacters(_ word: UInt64) -> Bool {
    let leads = word & 0x0F00_000F
    let notD = leads ^ 0x0D00_000D
    return word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0
      && (leads &+ 0x0F00_000F) & (notD &+ 0x0F00_000F) & 0x1000_0010 == 0x1000_0010
  }

  /// The same for one character in the low three bytes.
  @inline(__always)
  private static func onePlainCharacter(_ word: UInt32) -> Bool {
    let lead = word & 0x0F
    return word & 0x00C0_C0F0 == 0x0080_80E0 && (lead &+ 0x0F) & ((lead ^ 0x0D) &+ 0x0F) & 0x10 != 0
  }

  /// The offset of the first invalid byte in `bytes`, or nil when all of it is valid UTF-8.
  ///
  /// Runs of ASCII go eight bytes at a time and three-byte characters (CJK text) four or two
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
      // 0 nor D) are never overlong or surrogates: checking the bit patterns is enough. Four
      // such characters at a time, then two, then one.
      var matched = false
      while index &+ 14 <= count {
        let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let second = UInt64(
          littleEndian: raw.loadUnaligned(fromByteOffset: index &+ 6, as: UInt64.self))
        guard UTF8Check.twoPlainCharacters(first), UTF8Check.twoPlainCharacters(second) else {
          break
        }
        index &+= 12
        matched = true
      }
      while index &+ 8 <= count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        guard UTF8Check.twoPlainCharacters(word) else { break }
        index &+= 6
        matched = true
      }
      if index &+ 4 <= count {
        let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
        if UTF8Check.onePlainCharacter(word) {
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
