import BoardCore
import BoardUI
import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// A listing's columns, declared once: the table, the TSV and the JSON of `plans`, `list`,
/// `show`, `units` and `log` are all made from one `Listing`, so the three never disagree.
///
/// TSV and JSON carry every column, in the declared order, with the same values (the TSV
/// heading is the JSON key); the table shows the columns that have a heading, in the user's
/// language.
struct Listing<Row>: Sendable {
  struct Column: Sendable {
    /// The JSON key and the TSV heading.
    var key: String
    /// The table's heading; nil leaves the column out of the table (ids, long texts).
    var heading: Localized?
    /// The value as scripts read it: JSON as it is, TSV as its text (`JSON.tsvText`).
    var value: @Sendable (Row) -> JSON
    /// The table's cell, where it is not the value's text (a status by its name).
    var cell: (@Sendable (Row, Language) -> String)?
    /// The most columns a table cell takes; longer cells are cut.
    var limit: Int = .max
    var alignRight = false
    /// Whether the value is a task's text or notes, which a board loaded for lists and counts
    /// does not keep (`BoardDirectory.load(keepingTexts:)`).
    var needsTexts = false
    /// The TSV cell without making the JSON value first, for the columns made by `text`,
    /// `number`, `bool` and `list` from the same closure as `value`, so the two agree; nil:
    /// `value`'s `tsvText`.
    var tsv: (@Sendable (Row) -> TSVCell)? = nil

    /// The value as one TSV cell.
    func tsvCell(_ row: Row) -> TSVCell {
      if let tsv { return tsv(row) }
      return .text(value(row).tsvText)
    }

    /// The value as one TSV cell's text.
    func tsvText(_ row: Row) -> String { tsvCell(row).text }

    /// A text column.
    static func text(
      _ key: String, _ heading: Localized?, limit: Int = .max, needsTexts: Bool = false,
      _ value: @escaping @Sendable (Row) -> String?,
      cell: (@Sendable (Row, Language) -> String)? = nil
    ) -> Column {
      Column(
        key: key, heading: heading, value: { .string(value($0)) }, cell: cell, limit: limit,
        needsTexts: needsTexts, tsv: { .text(value($0) ?? "") })
    }

    /// A count, right-aligned in the table.
    static func number(
      _ key: String, _ heading: Localized?, _ value: @escaping @Sendable (Row) -> Int
    )
      -> Column
    {
      Column(
        key: key, heading: heading, value: { .number(value($0)) }, alignRight: true,
        tsv: { .text(String(value($0))) })
    }

    /// A yes or no, `true`/`false` for scripts.
    static func bool(_ key: String, _ value: @escaping @Sendable (Row) -> Bool) -> Column {
      Column(
        key: key, heading: nil, value: { .bool(value($0)) },
        tsv: { .text(value($0) ? "true" : "false") })
    }

    /// A list of texts: a JSON array; in TSV and the table, joined.
    static func list(
      _ key: String, _ heading: Localized?, limit: Int = .max,
      _ value: @escaping @Sendable (Row) -> [String]
    ) -> Column {
      Column(
        key: key, heading: heading, value: { .array(value($0).map { .string($0) }) },
        cell: { row, language in value(row).joined(separator: language.listSeparator) },
        limit: limit, tsv: { .list(value($0)) })
    }
  }

  var columns: [Column]
  /// The table's columns, in the order people read them: those with a heading, in the
  /// declared order unless `tableOrder` (keys) says otherwise. TSV keeps the declared order,
  /// which scripts index.
  private(set) var tableColumns: [(column: Column, heading: Localized)]

  init(_ columns: [Column], tableOrder: [String]? = nil) {
    self.columns = columns
    let ordered =
      tableOrder.map { keys in keys.compactMap { key in columns.first { $0.key == key } } }
      ?? columns
    tableColumns = ordered.compactMap { column in column.heading.map { (column, $0) } }
  }

  /// The TSV headings, which are also the JSON keys.
  var keys: [String] { columns.map(\.key) }

  /// Whether writing `format` needs the tasks' texts loaded.
  func needsTexts(for format: OutputFormat) -> Bool {
    format == .table
      ? tableColumns.contains { $0.column.needsTexts } : columns.contains(where: \.needsTexts)
  }

  /// Only the columns named, in the order named (`--fields plan,id,due`), in every format;
  /// a column the table has no heading for is headed by its key there.
  func selecting(_ keys: [String]) -> Listing {
    let chosen = keys.compactMap { key in columns.first { $0.key == key } }
    var listing = Listing(chosen)
    listing.tableColumns = chosen.map { ($0, $0.heading ?? Localized($0.key, $0.key)) }
    return listing
  }

  func json(_ row: Row) -> JSON {
    .object(columns.map { ($0.key, $0.value(row)) })
  }

  func tsvLine(_ row: Row) -> String {
    TSV.line(columns.map { $0.tsvText(row) })
  }

  /// Writes the rows in the format asked; `footer` follows the table (a count), never the
  /// machine formats.
  func write(
    _ rows: [Row], format: OutputFormat, language: Language, to output: Output,
    footer: String? = nil
  ) {
    write(parts: [rows], format: format, language: language, to: output, footer: footer)
  }

  /// The same for rows found in parts (on several cores), in order: a TSV listing is made
  /// from the parts as they are, the other formats from them put together.
  func write(
    parts: [[Row]], format: OutputFormat, language: Language, to output: Output,
    footer: String? = nil
  ) {
    guard format == .tsv else {
      let rows = parts.count == 1 ? parts[0] : Array(parts.joined())
      write(all: rows, format: format, language: language, to: output, footer: footer)
      return
    }
    output.line(TSV.line(keys))
    // Each column's cell function taken out once: a `Column` copied per cell retains
    // every closure it holds.
    let cells = columns.map { column in column.tsv ?? { .text(column.value($0).tsvText) } }
    // A long listing is made in pieces on every core, written in order; a row is read in
    // place, not copied (a copy retains each of its strings and arrays).
    let pieces: [OutputBytes]
    if parts.count > 1 {
      pieces = Parts.made(count: parts.count, smallest: 2) { range in
        var bytes = OutputBytes()
        for part in range {
          for index in parts[part].indices { bytes.tsvLine(parts[part][index], cells) }
        }
        return bytes
      }
    } else {
      let rows = parts.first ?? []
      pieces = Parts.made(count: rows.count) { range in
        var bytes = OutputBytes()
        for index in range { bytes.tsvLine(rows[index], cells) }
        return bytes
      }
    }
    for piece in pieces { output.append(piece) }
  }

  private func write(
    all rows: [Row], format: OutputFormat, language: Language, to output: Output,
    footer: String?
  ) {
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for row in rows { writer.add(json(row)) }
      writer.finish()
    case .tsv:
      write(parts: [rows], format: format, language: language, to: output, footer: footer)
    case .table:
      let shown = tableColumns
      var table = TextTable(
        shown.map { column, heading in
          .init(title: heading.text(language), limit: column.limit, alignRight: column.alignRight)
        })
      for row in rows {
        table.add(
          shown.map { column, _ in column.cell?(row, language) ?? column.tsvText(row) })
      }
      table.write(to: output)
      if let footer { output.line(footer) }
    }
  }
}

/// One TSV cell: a text, or a list whose items are written joined with 、 (as
/// `JSON.tsvText` joins an array), without putting them together first.
enum TSVCell {
  case text(String)
  case list([String])

  static let listSeparator = "、"

  var text: String {
    switch self {
    case .text(let text): return text
    case .list(let items): return items.joined(separator: TSVCell.listSeparator)
    }
  }
}

extension JSON {

  /// The value as one TSV cell: a text as it is, a list joined with 、, nothing as empty.
  var tsvText: String {
    switch self {
    case .string(let value): return value
    case .number(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    case .null: return ""
    case .array(let values): return values.map(\.tsvText).joined(separator: TSVCell.listSeparator)
    case .object(let members): return members.map(\.1.tsvText).joined(separator: " ")
    }
  }
}

/// Work on many things split in parts made on every core, given back in order.
enum Parts {
  static let processorCount = max(1, min(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 16))

  /// `make` of consecutive ranges of `0..<count`, in order; one range, made here, for fewer
  /// than `smallest` things, else up to four per core of at least `smallest / 2` each.
  static func made<Part>(count: Int, smallest: Int = 2_000, _ make: (Range<Int>) -> Part)
    -> [Part]
  {
    let partCount = count < smallest ? 1 : min(4 * processorCount, count / max(1, smallest / 2))
    guard partCount > 1 else { return [make(0..<count)] }
    var parts = [Part?](repeating: nil, count: partCount)
    withoutActuallyEscaping(make) { make in
      parts.withUnsafeMutableBufferPointer { slots in
        // Each part is made once, into its own slot; `make` only reads what it was given.
        nonisolated(unsafe) let slots = slots
        nonisolated(unsafe) let make = make
        DispatchQueue.concurrentPerform(iterations: partCount) { index in
          let start = count * index / partCount
          let end = count * (index + 1) / partCount
          slots[index] = make(start..<end)
        }
      }
    }
    return parts.map { $0! }
  }
}
