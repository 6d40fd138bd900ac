import BoardUI

/// A table for the terminal: columns line up by display width, so Chinese, ASCII and
/// full-width punctuation mix; cells are made harmless (`VisibleText`) and cut with `…` at
/// their column's limit.
struct TextTable {
  struct Column {
    var title: String
    /// The most columns a cell may take; longer cells are cut.
    var limit: Int = .max
    var alignRight = false
  }

  var columns: [Column]
  private var rows: [[String]] = []

  init(_ columns: [Column]) {
    self.columns = columns
  }

  mutating func add(_ cells: [String]) {
    rows.append(
      zip(cells, columns).map { cell, column in
        VisibleText.line(cell).truncated(toWidth: column.limit)
      })
  }

  func write(to output: Output) {
    for line in lines() { output.line(line) }
  }

  /// The table as text, a line break after every line.
  var text: String { lines().map { $0 + "\n" }.joined() }

  private func lines() -> [String] {
    let headers = columns.map { $0.title }
    var widths = headers.map(\.displayWidth)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], cell.displayWidth)
      }
    }
    return [format(headers, widths)] + rows.map { format($0, widths) }
  }

  private func format(_ cells: [String], _ widths: [Int]) -> String {
    var line = ""
    for (index, cell) in cells.enumerated() {
      let pad = String(repeating: " ", count: widths[index] - cell.displayWidth)
      let isLast = index == cells.count - 1
      if columns[index].alignRight {
        line += pad + cell
      } else {
        line += isLast ? cell : cell + pad
      }
      if !isLast { line += "  " }
    }
    return line.trimmingTrailingSpace()
  }
}

/// Tab-separated values with a header row. A tab, line break or backslash inside a value is
/// written `\t`, `\n`, `\\`; other control characters in caret notation.
enum TSV {
  static func line(_ cells: [String]) -> String {
    // Put together as bytes: a listing writes thousands of lines of mostly CJK text, which
    // `joined` appends piece by piece far more slowly.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(256)
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(0x09) }
      bytes.append(contentsOf: escape(cell).utf8)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func escape(_ value: String) -> String {
    // Nearly every value has no tab, line break, backslash or control character (those are
    // bytes below 0x20, 0x5C, 0x7F, or C1 controls, which start with 0xC2): then it is
    // written as it is, without a pass over its characters.
    let plain = value.utf8.withContiguousStorageIfAvailable { bytes in
      !bytes.contains { $0 < 0x20 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }
    }
    if plain == true { return value }
    var result = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\\": result += "\\\\"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return VisibleText.line(result)
  }
}
