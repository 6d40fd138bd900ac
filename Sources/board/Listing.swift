import BoardCore
import BoardUI

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
    /// The TSV text without making the JSON value first, for the columns made by `text`,
    /// `number`, `bool` and `list` from the same closure as `value`, so the two agree; nil:
    /// `value`'s `tsvText`.
    var tsv: (@Sendable (Row) -> String)? = nil

    /// The value as one TSV cell.
    func tsvText(_ row: Row) -> String {
      if let tsv { return tsv(row) }
      return value(row).tsvText
    }

    /// A text column.
    static func text(
      _ key: String, _ heading: Localized?, limit: Int = .max, needsTexts: Bool = false,
      _ value: @escaping @Sendable (Row) -> String?,
      cell: (@Sendable (Row, Language) -> String)? = nil
    ) -> Column {
      Column(
        key: key, heading: heading, value: { .string(value($0)) }, cell: cell, limit: limit,
        needsTexts: needsTexts, tsv: { value($0) ?? "" })
    }

    /// A count, right-aligned in the table.
    static func number(
      _ key: String, _ heading: Localized?, _ value: @escaping @Sendable (Row) -> Int
    )
      -> Column
    {
      Column(
        key: key, heading: heading, value: { .number(value($0)) }, alignRight: true,
        tsv: { String(value($0)) })
    }

    /// A yes or no, `true`/`false` for scripts.
    static func bool(_ key: String, _ value: @escaping @Sendable (Row) -> Bool) -> Column {
      Column(
        key: key, heading: nil, value: { .bool(value($0)) }, tsv: { value($0) ? "true" : "false" })
    }

    /// A list of texts: a JSON array; in TSV and the table, joined.
    static func list(
      _ key: String, _ heading: Localized?, limit: Int = .max,
      _ value: @escaping @Sendable (Row) -> [String]
    ) -> Column {
      Column(
        key: key, heading: heading, value: { .array(value($0).map { .string($0) }) },
        cell: { row, language in value(row).joined(separator: language.listSeparator) },
        limit: limit, tsv: { value($0).joined(separator: JSON.tsvListSeparator) })
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
    switch format {
    case .json:
      var writer = JSONArrayWriter(output: output)
      for row in rows { writer.add(json(row)) }
      writer.finish()
    case .tsv:
      output.line(TSV.line(keys))
      // Each column's text function taken out once: a `Column` copied per cell retains
      // every closure it holds.
      let texts = columns.map { column in column.tsv ?? { column.value($0).tsvText } }
      for row in rows { output.tsvLine(texts.lazy.map { $0(row) }) }
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

extension JSON {
  /// Between the items of a list in one TSV cell.
  static let tsvListSeparator = "、"

  /// The value as one TSV cell: a text as it is, a list joined with 、, nothing as empty.
  var tsvText: String {
    switch self {
    case .string(let value): return value
    case .number(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    case .null: return ""
    case .array(let values): return values.map(\.tsvText).joined(separator: JSON.tsvListSeparator)
    case .object(let members): return members.map(\.1.tsvText).joined(separator: " ")
    }
  }
}
