#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a search as typed matches: text holding its characters as they are stored (UTF-8),
/// ASCII letters in either case. The one rule for every search of the board, whether it
/// looks at a title in memory or at the lines of a plan file (a session does not keep the
/// texts: `BoardStore.TextFiles`).
///
/// Bytes, not `Character`s: the same answer from a `String` and from a file's lines, and no
/// Unicode case mapping of every field on every key. Chinese has no case; a full-width
/// letter matches only itself.
public struct TextSearch: Hashable, Sendable {
  /// The search without surrounding blanks.
  public let text: String
  /// Its bytes, ASCII letters lowercased when `foldsCase`.
  public let needle: [UInt8]
  /// Whether it holds an ASCII letter, so case may differ.
  public let foldsCase: Bool

  /// A search is one line: a line break in it (pasted) stands for a blank, so a match never
  /// spans the lines of a text, in memory or in a file.
  public init(_ text: String) {
    self.text = String(text.map { $0.isNewline ? " " : $0 }).trimmingWhitespace()
    let folds = self.text.utf8.contains { TextSearch.isASCIILetter($0) }
    foldsCase = folds
    needle = self.text.utf8.map { folds ? TextSearch.lowered($0) : $0 }
  }

  public var isEmpty: Bool { needle.isEmpty }

  /// Whether `field` holds the search; everything matches an empty one.
  public func matches(_ field: String) -> Bool {
    guard !isEmpty else { return true }
    var field = field
    return field.withUTF8 { firstMatch(in: $0, scratch: nil) != nil }
  }

  public func matches(_ fields: [String]) -> Bool {
    isEmpty || fields.contains { matches($0) }
  }

  /// The offset of the first match in `bytes` at or after `from`, or nil. With `foldsCase`,
  /// `lowered` is `bytes` with ASCII letters lowercased (`lowercase(_:into:)`), to search in.
  public func firstMatch(
    in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0,
    scratch lowered: UnsafeBufferPointer<UInt8>?
  ) -> Int? {
    guard !isEmpty, from <= bytes.count else { return nil }
    if foldsCase && lowered == nil {
      // A field in memory: small enough to lower on the way.
      let copy = bytes.map(TextSearch.lowered)
      return copy.withUnsafeBufferPointer { firstMatch(in: $0, from: from, scratch: $0) }
    }
    guard let haystack = (foldsCase ? lowered : bytes)?.baseAddress else { return nil }
    return needle.withUnsafeBufferPointer { needle in
      TextSearch.find(needle, in: UnsafeRawPointer(haystack), count: bytes.count, from: from)
    }
  }

  /// Where `needle` first occurs in the `count` bytes at `haystack`, from `from` on. Sixteen
  /// places at a time: a place is looked at only when the needle's first and last bytes are
  /// both there, which in Chinese text is rare (a board's texts are 100 MB; every key of a
  /// search goes over them).
  public static func find(
    _ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeRawPointer, count: Int, from: Int
  ) -> Int? {
    let length = needle.count
    guard length > 0, let needleStart = needle.baseAddress, count - from >= length else {
      return nil
    }
    let lastStart = count - length
    let first = SIMD16<UInt8>(repeating: needle[0])
    let last = SIMD16<UInt8>(repeating: needle[length - 1])
    func matches(at start: Int) -> Bool {
      memcmp(haystack + start, needleStart, length) == 0
    }
    var start = from
    while start + 15 <= lastStart {
      let heads = haystack.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
      let tails = haystack.loadUnaligned(
        fromByteOffset: start + length - 1, as: SIMD16<UInt8>.self)
      let candidates = (heads .== first) .& (tails .== last)
      if any(candidates) {
        for lane in 0..<16 where candidates[lane] && matches(at: start + lane) {
          return start + lane
        }
      }
      start += 16
    }
    while start <= lastStart {
      if matches(at: start) { return start }
      start += 1
    }
    return nil
  }

  /// `bytes` with ASCII letters lowercased, into `buffer` (grown as needed; other bytes kept,
  /// so offsets stay the same).
  public static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
    if buffer.count < bytes.count { buffer = [UInt8](repeating: 0, count: bytes.count) }
    buffer.withUnsafeMutableBufferPointer { out in
      for index in 0..<bytes.count { out[index] = lowered(bytes[index]) }
    }
  }

  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26
  }

  static func lowered(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }
}

/// Where a task's search match lies when it is not in what a session keeps in memory.
public enum TextMatch: Hashable, Sendable {
  case text
  case note
}

/// A task's text and notes: what a session reads from the file when a screen shows them.
public struct TaskTexts: Hashable, Sendable {
  public var text: String
  public var notes: [Note]

  public init(text: String, notes: [Note]) {
    self.text = text
    self.notes = notes
  }

  public init(of task: PlanTask) {
    self.init(text: task.text, notes: task.notes)
  }

  /// Where in these texts `search` matches: the text before the notes.
  public func match(_ search: TextSearch) -> TextMatch? {
    if search.matches(text) { return .text }
    if notes.contains(where: { search.matches($0.text) }) { return .note }
    return nil
  }
}

extension PlanTask {
  /// The task with the text and notes its file holds (a session's board keeps neither).
  public func with(_ texts: TaskTexts) -> PlanTask {
    var task = self
    task.text = texts.text
    task.notes = texts.notes
    return task
  }
}
