/// Standard base64 (RFC 4648) with padding, as public keys write it.
enum Base64 {
  static func decode(_ text: String) -> [UInt8]? {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty, bytes.count % 4 == 0 else { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count / 4 * 3)
    var index = 0
    while index < bytes.count {
      var group: UInt32 = 0
      var padding = 0
      for offset in 0..<4 {
        let byte = bytes[index + offset]
        let value: UInt32
        if byte == UInt8(ascii: "=") {
          // Padding only at the very end, and at most two.
          guard index + 4 == bytes.count, offset >= 2 else { return nil }
          padding += 1
          value = 0
        } else {
          guard padding == 0, let decoded = sextet(byte) else { return nil }
          value = decoded
        }
        group = group << 6 | value
      }
      result.append(UInt8(group >> 16 & 0xFF))
      if padding < 2 { result.append(UInt8(group >> 8 & 0xFF)) }
      if padding < 1 { result.append(UInt8(group & 0xFF)) }
      index += 4
    }
    return result
  }

  private static func sextet(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt32(byte - UInt8(ascii: "A"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt32(byte - UInt8(ascii: "a")) + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0")) + 52
    case UInt8(ascii: "+"): return 62
    case UInt8(ascii: "/"): return 63
    default: return nil
    }
  }
}
