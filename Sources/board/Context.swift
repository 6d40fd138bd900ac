import BoardCore
import BoardStore
import BoardUI

#if canImport(Glibc)
  import Glibc
#endif

/// What every command works with: the board directory, today, who is acting, the language,
/// and the output.
struct Context {
  /// `--boards` as given, in order (one or more); the first is the board that can be changed,
  /// the others are shown beside it, read-only (`CombinedBoard`).
  var boardsPaths: [String]
  var boardsPath: String { boardsPaths[0] }
  var today: Day
  /// `--unit` as given: the acting unit's id (or, for `list` and `log`, a filter).
  var unitOption: String?
  var language: Language
  var output = Output()

  init(input: Input) {
    let given = input.all(GlobalOptions.boards)
    boardsPaths =
      given.isEmpty
      ? [Environment.value("BOARD_DIR").flatMap { $0.isEmpty ? nil : $0 } ?? "boards"] : given
    today = input[GlobalOptions.today] ?? Clock.today()
    unitOption = input[GlobalOptions.unit]
    language = input[GlobalOptions.language] ?? .zh
  }

  var directory: BoardDirectory {
    BoardDirectory(path: boardsPath, lockTimeout: Context.lockTimeout)
  }

  /// How long a writer waits for the lock, in seconds: 10, or `BOARD_LOCK_TIMEOUT` (up to an
  /// hour), for tests that run many writers on a loaded machine.
  static let lockTimeout: Double =
    Environment.value("BOARD_LOCK_TIMEOUT").flatMap(Double.init).map { min(max($0, 0), 3600) }
    ?? 10

  /// The board, or with several `--boards` all of them as one read-only view.
  func loadBoard(keepingTexts: Bool = true) throws(StoreError) -> Board {
    guard boardsPaths.count > 1 else { return try directory.load(keepingTexts: keepingTexts) }
    return try BoardViews.load(boardsPaths, keepingTexts: keepingTexts)
  }

  func rules(for board: Board) -> Rules { Rules(today: today, settings: board.settings) }

  /// Who is acting: `--unit ID` when given (it must be in the roster), else the roster unit
  /// whose `Login` is the operating-system user, else nobody (read-only).
  ///
  /// Nothing else is consulted: no environment variable or client-sent text can change an
  /// identity fixed by `--unit` in an SSH forced command.
  func actor(in roster: Roster) throws(CommandError) -> Unit? {
    if let id = unitOption {
      guard let unit = roster.unit(id: id) else {
        throw .notFound(
          Localized(
            "名册中没有单位“\(id)”（见 board units）", "no unit \"\(id)\" in the roster (see board units)"))
      }
      return unit
    }
    return Clock.userName().flatMap { roster.unit(login: $0) }
  }

  /// `--unit` must name a unit of the roster for every command, whether it acts or (the old
  /// spelling of `list`'s filter, which may give a unit's name) filters. Where the roster
  /// cannot be read the command itself says why.
  func checkActingUnit(allowingName: Bool) throws(CommandError) {
    guard let id = unitOption, let (roster, _) = try? directory.loadRoster() else { return }
    if roster.unit(id: id) != nil { return }
    if allowingName && !roster.units(named: id).isEmpty { return }
    throw .notFound(
      Localized(
        "名册中没有单位“\(id)”（见 board units）", "no unit \"\(id)\" in the roster (see board units)"))
  }

  /// The acting unit's id for a change; read-only users are refused here, with their user
  /// name, before anything is locked or read.
  func actorID() throws -> String {
    let directory = self.directory
    let (roster, _) = try directory.loadRoster()
    guard let actor = try actor(in: roster) else {
      throw CommandError.readOnly(user: Clock.userName(), roster: directory.rosterPath)
    }
    return actor.id
  }
}

/// Standard output, buffered: a 100,000-task listing is written in a few large writes.
final class Output {
  private var pending = OutputBytes()

  init() {
    pending.bytes.reserveCapacity(1 << 16)
  }

  /// Every line the commands print passes here, so no text read from a board file or typed
  /// by someone else can hide, reorder or control what the reader sees.
  func line(_ text: String = "") {
    pending.line(text)
    flushIfFull()
  }

  func write(_ text: String) {
    pending.write(text)
    flushIfFull()
  }

  /// One TSV line of cells: the bytes `line(TSV.line(cells))` writes, without putting the
  /// line together as a string first.
  func tsvLine(_ cells: some Sequence<String>) {
    pending.tsvLine(cells.lazy.map { TSVCell.text($0) })
    flushIfFull()
  }

  func tsvLine(_ cells: some Sequence<TSVCell>) {
    pending.tsvLine(cells)
    flushIfFull()
  }

  /// Lines already made safe by `OutputBytes` (a part of a listing made on another core).
  func append(_ part: OutputBytes) {
    guard part.bytes.count >= 1 << 16 else {
      pending.bytes += part.bytes
      flushIfFull()
      return
    }
    // A large part is written as it is, not copied into the buffer first.
    flush()
    Output.writeAll(part.bytes)
  }

  private func flushIfFull() {
    if pending.bytes.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !pending.bytes.isEmpty else { return }
    Output.writeAll(pending.bytes)
    pending.bytes.removeAll(keepingCapacity: true)
  }

  private static func writeAll(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 {
          if written < 0 && errno == EINTR { continue }
          break  // a closed pipe: nothing more to say
        }
        offset += written
      }
    }
  }

  /// What was written and not yet flushed, taken out (for tests).
  func takeBuffered() -> [UInt8] {
    defer { pending.bytes.removeAll(keepingCapacity: true) }
    return pending.bytes
  }

  deinit { flush() }
}

/// Lines as `Output` writes them, made terminal-safe, as bytes: `Output`'s own buffer, or a
/// part of a long listing made on another core and handed to `Output.append`.
struct OutputBytes: Sendable {
  var bytes: [UInt8] = []

  mutating func line(_ text: String) {
    OutputBytes.append(text, tsv: false, to: &bytes)
    bytes.append(0x0A)
  }

  mutating func write(_ text: String) {
    OutputBytes.append(text, tsv: false, to: &bytes)
  }

  /// One TSV line: a list's items are written with 、 between them, as `TSV.line` writes the
  /// joined text (escaping and `terminalSafe` change each character on its own, so item by
  /// item gives the same bytes).
  mutating func tsvLine(_ cells: some Sequence<TSVCell>) {
    var first = true
    for cell in cells {
      if !first { bytes.append(0x09) }
      first = false
      switch cell {
      case .text(let text): OutputBytes.append(text, tsv: true, to: &bytes)
      case .list(let items):
        for (index, item) in items.enumerated() {
          if index > 0 { bytes.append(contentsOf: OutputBytes.listSeparator) }
          OutputBytes.append(item, tsv: true, to: &bytes)
        }
      }
    }
    bytes.append(0x0A)
  }

  /// A row's TSV line, each cell made by its function from the row.
  mutating func tsvLine<Row>(_ row: Row, _ cells: [@Sendable (Row) -> TSVCell]) {
    tsvLine(cells.lazy.map { $0(row) })
  }

  private static let listSeparator = Array(TSVCell.listSeparator.utf8)

  /// `text` made terminal-safe (and with `tsv` escaped as a TSV cell first): as it is when
  /// its bytes say neither would change it (`PlainBytes`), else through both.
  private static func append(_ text: String, tsv: Bool, to bytes: inout [UInt8]) {
    var copy = text
    let plain = copy.withUTF8 { utf8 in
      guard PlainBytes.areUnchanged(utf8, tsv: tsv) else { return false }
      bytes.append(contentsOf: utf8)
      return true
    }
    if plain { return }
    bytes.append(contentsOf: VisibleText.terminalSafe(tsv ? TSV.escape(text) : text).utf8)
  }
}

/// The clock and the user, read only here at the edge; core never reads them.
enum Clock {
  static func today() -> Day {
    let parts = localParts()
    return Day(year: parts.year, month: parts.month, day: parts.day) ?? Day(serial: 0)
  }

  /// Now as `2026-11-25T10:31:02+08:00`, for the audit log.
  static func now() -> String {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    var buffer = [CChar](repeating: 0, count: 64)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
    var text = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // %z gives +0800; ISO 8601 as recutils reads it is also fine with +08:00, which is clearer.
    if text.count >= 5 { text.insert(":", at: text.index(text.endIndex, offsetBy: -2)) }
    return text
  }

  static func userName() -> String? {
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }

  private static func localParts() -> (year: Int, month: Int, day: Int) {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
  }
}

enum Environment {
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
