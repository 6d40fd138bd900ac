import CZlib

/// zip's deflate through the system's zlib. The only file that imports CZlib.
enum Inflate {
  /// The raw deflate stream `input` inflated, at most `limit` bytes; nil where it is damaged
  /// or ends early, `.tooLarge` past the limit.
  static func raw(_ input: ArraySlice<UInt8>, expected: Int, limit: Int) -> Result {
    var output: [UInt8] = []
    output.reserveCapacity(min(max(expected, 0), limit))
    var stream = z_stream()
    guard board_inflate_init_raw(&stream) == Z_OK else { return .damaged("zlib init") }
    defer { inflateEnd(&stream) }
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    var input = Array(input)
    let status: Int32 = input.withUnsafeMutableBufferPointer { source in
      stream.next_in = source.baseAddress
      stream.avail_in = uInt(source.count)
      while true {
        let code = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          let code = inflate(&stream, Z_NO_FLUSH)
          output.append(contentsOf: out[0..<(out.count - Int(stream.avail_out))])
          return code
        }
        if output.count > limit { return -100 }
        if code == Z_STREAM_END { return Z_OK }
        if code != Z_OK { return code }
        if stream.avail_in == 0 && stream.avail_out != 0 { return Z_BUF_ERROR }
      }
    }
    switch status {
    case Z_OK: return .bytes(output)
    case -100: return .tooLarge
    case Z_BUF_ERROR: return .damaged("the data ends early")
    default: return .damaged("inflate error \(status)")
    }
  }

  enum Result {
    case bytes([UInt8])
    case tooLarge
    case damaged(String)
  }

  static func crc(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
  }
}
