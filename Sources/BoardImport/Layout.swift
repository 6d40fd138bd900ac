/// A document sorted into what it is made of: text lines, tables, page chrome and metadata.
struct Layout: Sendable {
  /// A line of running text, with whether a blank line (or the start) stands before it.
  struct TextLine: Sendable {
    var number: Int
    var text: String
    var blankBefore: Bool
  }

  var text: [TextLine] = []
  var tables: [Table] = []
  var metadata = Metadata()
  /// Line numbers of chrome and metadata lines, left out of the text.
  var chrome: [Int] = []
  var lineCount = 0

  init(_ lines: [SourceLine]) {
    lineCount = lines.count
    let repeated = Layout.repeatedShortLines(lines)
    var index = 0
    var blankBefore = true
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.text.trimmingWhitespace()
      if trimmed.isEmpty && !line.text.hasPrefix("\t") {
        blankBefore = true
        index += 1
        continue
      }
      if let columns = LineTable.header(lines, from: index) {
        let (table, next) = LineTable.read(
          lines, from: index, columns: columns, caption: text.last?.text ?? "")
        tables.append(table)
        index = next
        blankBefore = true
        continue
      }
      if line.text.hasPrefix("\t") || Layout.tabCells(line.text) != nil {
        let (table, next) = Layout.readTable(lines, from: index, caption: text.last)
        tables.append(table)
        index = next
        blankBefore = true
        continue
      }
      if metadata.read(line) || PageChrome.isChrome(trimmed) || repeated.contains(trimmed) {
        chrome.append(line.number)
        index += 1
        continue
      }
      text.append(TextLine(number: line.number, text: trimmed, blankBefore: blankBefore))
      blankBefore = false
      index += 1
    }
  }

  /// Cells of a Word-style row: three or more cells between tabs.
  static func tabCells(_ text: String) -> [String]? {
    let inner = text.trimmingWhitespace()
    guard inner.filter({ $0 == "\t" }).count >= 2 else { return nil }
    return text.split(separator: "\t", omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace()
    }
  }

  /// Reads a table from `start`: either tab-separated rows, or one cell per tab-led line with
  /// blank lines between rows. Stops at the first line of running text.
  static func readTable(_ lines: [SourceLine], from start: Int, caption: TextLine?) -> (
    Table, Int
  ) {
    var rows: [Table.Row] = []
    var index = start
    var current: [String] = []
    var currentLine = lines[start].number
    var last = lines[start].number
    func endRow() {
      if !current.isEmpty && current.contains(where: { !$0.isEmpty }) {
        rows.append(Table.Row(cells: current, line: currentLine))
      }
      current = []
    }
    while index < lines.count {
      let text = lines[index].text
      if let cells = tabCells(text), !text.hasPrefix("\t") || text.dropFirst().contains("\t") {
        endRow()
        rows.append(Table.Row(cells: cells, line: lines[index].number))
        last = lines[index].number
      } else if text.hasPrefix("\t") {
        if current.isEmpty { currentLine = lines[index].number }
        current.append(String(text.dropFirst()).trimmingWhitespace())
        last = lines[index].number
      } else if text.trimmingWhitespace().isEmpty {
        endRow()
      } else {
        break
      }
      index += 1
    }
    endRow()
    let title = caption.map { $0.text } ?? ""
    return (
      Table(caption: title, line: lines[start].number, rows: rows, lastLine: last), index
    )
  }

  /// Short lines that appear three times or more: the running header or footer of a PDF. A
  /// unit label is not one.
  static func repeatedShortLines(_ lines: [SourceLine]) -> Set<String> {
    var counts: [String: Int] = [:]
    for line in lines where !line.text.hasPrefix("\t") {
      let text = line.text.trimmingWhitespace()
      guard text.count >= 4, text.count <= 40, !text.contains("。"),
        Marker.at(Array(text)[...]) == nil,
        // `牵头单位：市市场监管局` may well stand over many tasks.
        UnitLabels.label(at: 0, in: Array(text)) == nil
      else { continue }
      counts[text, default: 0] += 1
    }
    return Set(counts.filter { $0.value >= 3 }.keys)
  }
}
