/// A small hash table from exact UTF-8 bytes to a value, for names and ids read from a file.
///
/// A `[String: …]` lookup would first need a `String` of the bytes and then hash it with
/// Unicode normalisation; this compares bytes. Byte-equal keys are also equal as strings, so
/// a hit answers what a `String` lookup would; a miss must be settled by the `String` lookup
/// (canonically equivalent spellings differ in bytes).
struct ByteKeyTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    var start: Int
    var count: Int
    var hash: UInt64
    var value: Value
  }

  private var keys: [UInt8] = []
  private var entries: [Entry] = []
  /// Indices into `entries`, or -1; the count is a power of two.
  private var slots: [Int32]

  init(capacity: Int) {
    var size = 8
    while size < capacity * 2 { size *= 2 }
    slots = [Int32](repeating: -1, count: size)
  }

  /// Adds a key; a key already present keeps its first value.
  mutating func insert(_ key: some Collection<UInt8>, _ value: Value) {
    let bytes = Array(key)
    let hash = bytes.withUnsafeBufferPointer { ByteKeyTable.hash($0) }
    if bytes.withUnsafeBufferPointer({ find($0, hash: hash) }) != nil { return }
    if (entries.count + 1) * 2 > slots.count { grow() }
    entries.append(Entry(start: keys.count, count: bytes.count, hash: hash, value: value))
    keys.append(contentsOf: bytes)
    place(entries.count - 1)
  }

  func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    find(key, hash: ByteKeyTable.hash(key)).map { entries[$0].value }
  }

  private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return nil }
      let entry = entries[index]
      if entry.hash == hash && entry.count == key.count {
        let same = keys.withUnsafeBufferPointer { stored in
          RecScanner.sameBytes(
            UnsafeBufferPointer(rebasing: stored[entry.start..<entry.start + entry.count]), key)
        }
        if same { return index }
      }
      slot = (slot + 1) & mask
    }
  }

  private mutating func place(_ index: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(index)
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for index in entries.indices { place(index) }
  }

  /// FNV-1a, then mixed so the low bits used for the slot depend on every byte.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash ^ (hash >> 29)
  }
}
