/// The entries of a zip archive (a .docx is one), read from its central directory at the end.
/// Entries are stored or deflated; an encrypted entry, a ZIP64 archive, a cut-off file or an
/// entry that inflates past `limit` is an error.
struct ZipArchive {
  struct Entry {
    var name: String
    var method: UInt16
    var flags: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeader: Int
  }

  /// An entry may inflate to at most this: plan documents are far smaller.
  static let limit = 64 << 20

  let bytes: [UInt8]
  private(set) var entries: [Entry] = []

  init(_ bytes: [UInt8]) throws(DocxError) {
    self.bytes = bytes
    guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else { throw .notZip }
    guard let end = ZipArchive.endOfDirectory(bytes) else {
      throw .truncated(detail: "no zip directory at its end")
    }
    let count = Int(u16(end + 10))
    let offset = Int(u32(end + 16))
    if u32(end + 16) == 0xFFFF_FFFF || u16(end + 10) == 0xFFFF {
      throw .damaged(entry: "the zip", detail: "ZIP64 archives are not read")
    }
    var position = offset
    for _ in 0..<count {
      guard position + 46 <= bytes.count, u32(position) == 0x0201_4B50 else {
        throw .truncated(detail: "the zip directory is cut")
      }
      let nameLength = Int(u16(position + 28))
      let extra = Int(u16(position + 30))
      let comment = Int(u16(position + 32))
      guard position + 46 + nameLength <= bytes.count else {
        throw .truncated(detail: "the zip directory is cut")
      }
      let name = String(
        decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
      entries.append(
        Entry(
          name: name, method: u16(position + 10), flags: u16(position + 8), crc: u32(position + 16),
          compressedSize: Int(u32(position + 20)), size: Int(u32(position + 24)),
          localHeader: Int(u32(position + 42))))
      position += 46 + nameLength + extra + comment
    }
  }

  /// The end-of-directory record: its signature within the last 64 KiB + 22 bytes.
  private static func endOfDirectory(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var index = bytes.count - 22
    while index >= lowest {
      if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05,
        bytes[index + 3] == 0x06
      {
        return index
      }
      index -= 1
    }
    return nil
  }

  func has(_ name: String) -> Bool { entries.contains { $0.name == name } }

  /// The entry's bytes, or nil where the archive has no such entry.
  func read(_ name: String) throws(DocxError) -> [UInt8]? {
    guard let entry = entries.first(where: { $0.name == name }) else { return nil }
    if entry.flags & 1 != 0 { throw .encrypted }
    guard entry.size <= ZipArchive.limit else {
      throw .tooLarge(entry: name, limit: ZipArchive.limit)
    }
    let header = entry.localHeader
    guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else {
      throw .truncated(detail: "\(name) is cut")
    }
    let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
    let end = start + entry.compressedSize
    guard start <= end, end <= bytes.count else { throw .truncated(detail: "\(name) is cut") }
    let data: [UInt8]
    switch entry.method {
    case 0:
      data = Array(bytes[start..<end])
    case 8:
      switch Inflate.raw(bytes[start..<end], expected: entry.size, limit: ZipArchive.limit) {
      case .bytes(let bytes): data = bytes
      case .tooLarge: throw .tooLarge(entry: name, limit: ZipArchive.limit)
      case .damaged(let detail): throw .damaged(entry: name, detail: detail)
      }
    default:
      throw .damaged(entry: name, detail: "compression method \(entry.method)")
    }
    guard Inflate.crc(data) == entry.crc else {
      throw .damaged(entry: name, detail: "its checksum does not match")
    }
    return data
  }

  private func u16(_ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private func u32(_ at: Int) -> UInt32 {
    UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
      | UInt32(bytes[at + 3]) << 24
  }
}
