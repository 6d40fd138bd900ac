/// A Word file (.docx) as the plain text `board import` reads, the way copying from Word
/// gives it: one paragraph a line, with Word's automatic numbering written out (`一、`,
/// `（一）`, `1.`); runs split across formatting joined; each table row a line of cells
/// between tabs, a merged cell's text in every row and column it covers; deleted tracked
/// changes left out, inserted ones kept. Headers, footers, footnotes, endnotes and comments
/// live in parts of their own and are left out, and so are field codes and drawings.
public enum DocxText {
  public static func text(_ bytes: [UInt8]) throws(DocxError) -> [UInt8] {
    let archive = try ZipArchive(bytes)
    guard let document = try archive.read("word/document.xml") else {
      throw archive.has("EncryptionInfo") ? .encrypted : .notWord
    }
    let root = try XMLReader.parse(document, entry: "word/document.xml")
    let numbering = try archive.read("word/numbering.xml").map { bytes throws(DocxError) in
      try XMLReader.parse(bytes, entry: "word/numbering.xml")
    }
    let styles = try archive.read("word/styles.xml").map { bytes throws(DocxError) in
      try XMLReader.parse(bytes, entry: "word/styles.xml")
    }
    var writer = Writer(numbering: Numbering(numbering), styles: Writer.styleNumbers(styles))
    if let body = root.first("w:body") { writer.blocks(body) }
    return Array((writer.lines.joined(separator: "\n") + "\n").utf8)
  }

  struct Writer {
    var numbering: Numbering
    /// Paragraph styles that carry numbering: style id → (list, level).
    var styles: [String: (String, Int)]
    var lines: [String] = []

    static func styleNumbers(_ root: XMLReader.Element?) -> [String: (String, Int)] {
      var result: [String: (String, Int)] = [:]
      for style in root?.all("w:style") ?? [] {
        guard let id = style.attributes["w:styleId"],
          let numPr = style.first("w:pPr")?.first("w:numPr"),
          let list = numPr.first("w:numId")?.attributes["w:val"]
        else { continue }
        let level = numPr.first("w:ilvl")?.attributes["w:val"].flatMap { Int($0) } ?? 0
        result[id] = (list, level)
      }
      return result
    }

    mutating func blocks(_ element: XMLReader.Element) {
      for child in element.elements {
        switch child.name {
        case "w:p":
          lines += paragraph(child).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        case "w:tbl":
          table(child)
        case "w:sdt":
          if let content = child.first("w:sdtContent") { blocks(content) }
        case "w:customXml", "w:ins", "w:moveTo":
          blocks(child)
        default:
          break
        }
      }
    }

    /// A paragraph's visible text: its number, then its runs.
    mutating func paragraph(_ element: XMLReader.Element) -> String {
      var number = ""
      let properties = element.first("w:pPr")
      if let numPr = properties?.first("w:numPr") {
        if let list = numPr.first("w:numId")?.attributes["w:val"] {
          let level = numPr.first("w:ilvl")?.attributes["w:val"].flatMap { Int($0) } ?? 0
          number = numbering.next(list: list, level: level)
        }
      } else if let style = properties?.first("w:pStyle")?.attributes["w:val"],
        let (list, level) = styles[style]
      {
        number = numbering.next(list: list, level: level)
      }
      return number + Writer.runs(element)
    }

    /// The text of runs, whatever wraps them (hyperlinks, fields, inserted changes).
    static func runs(_ element: XMLReader.Element) -> String {
      var text = ""
      for child in element.elements {
        switch child.name {
        case "w:t": text += child.text
        case "w:tab", "w:ptab": text += " "
        case "w:br", "w:cr": text += "\n"
        case "w:noBreakHyphen": text += "-"
        case "w:sym":
          if let code = child.attributes["w:char"].flatMap({ UInt32($0, radix: 16) }),
            let scalar = Unicode.Scalar(code), code >= 0x20, code < 0xF000
          {
            text.append(Character(scalar))
          }
        // Left out: deleted text, field codes, notes and comments (their own parts),
        // properties, drawings and text boxes.
        case "w:del", "w:moveFrom", "w:delText", "w:instrText", "w:delInstrText", "w:pPr",
          "w:rPr", "w:footnoteReference", "w:endnoteReference", "w:commentReference",
          "w:drawing", "w:pict", "w:object", "mc:AlternateContent", "w:fldChar":
          break
        default:
          text += runs(child)
        }
      }
      return text
    }

    /// Rows of cells between tabs. A cell spanning columns (`w:gridSpan`) or continuing a
    /// vertical merge (`w:vMerge`) gives its text to each place it covers, as a reader
    /// of the table sees it there.
    mutating func table(_ element: XMLReader.Element) {
      var above: [Int: String] = [:]
      for row in element.all("w:tr") {
        var cells: [String] = []
        for cell in row.elements where cell.name == "w:tc" || cell.name == "w:sdt" {
          let cell =
            cell.name == "w:sdt" ? (cell.first("w:sdtContent")?.first("w:tc") ?? cell) : cell
          let properties = cell.first("w:tcPr")
          let span = properties?.first("w:gridSpan")?.attributes["w:val"].flatMap { Int($0) } ?? 1
          let merge = properties?.first("w:vMerge")
          var text = cellText(cell)
          if let merge, merge.attributes["w:val"] != "restart" {
            text = above[cells.count] ?? ""
          }
          for _ in 0..<max(1, span) {
            above[cells.count] = text
            cells.append(text)
          }
        }
        lines.append(cells.joined(separator: "\t"))
      }
    }

    /// A cell's paragraphs, joined (a nested table's cells too).
    mutating func cellText(_ cell: XMLReader.Element) -> String {
      var parts: [String] = []
      func walk(_ element: XMLReader.Element, _ writer: inout Writer) {
        for child in element.elements {
          switch child.name {
          case "w:p":
            parts.append(writer.paragraph(child).replacing("\n", with: " "))
          case "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:customXml":
            walk(child, &writer)
          default:
            break
          }
        }
      }
      walk(cell, &self)
      return parts.filter { !$0.isEmpty }.joined().replacing("\t", with: " ")
    }
  }
}
