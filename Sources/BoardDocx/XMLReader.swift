/// A small XML reader, enough for the parts of a Word file: elements, attributes, text,
/// the five entities and character references, comments, CDATA and processing instructions.
/// No DTDs (Word writes none; an entity declaration is refused), no namespaces resolved:
/// names keep their prefix (`w:p`).
struct XMLReader {
  /// One element, its attributes and its children in order.
  final class Element {
    let name: String
    let attributes: [String: String]
    fileprivate(set) var children: [Node] = []

    init(name: String, attributes: [String: String]) {
      self.name = name
      self.attributes = attributes
    }

    /// The children that are elements.
    var elements: [Element] {
      children.compactMap {
        if case .element(let element) = $0 { return element } else { return nil }
      }
    }

    func first(_ name: String) -> Element? { elements.first { $0.name == name } }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The text inside, every descendant's.
    var text: String {
      children.map { node in
        switch node {
        case .text(let text): return text
        case .element(let element): return element.text
        }
      }.joined()
    }
  }

  enum Node {
    case element(Element)
    case text(String)
  }

  /// The document's root element.
  static func parse(_ bytes: [UInt8], entry: String) throws(DocxError) -> Element {
    var reader = Cursor(bytes: bytes, entry: entry)
    return try reader.document()
  }

  private struct Cursor {
    let bytes: [UInt8]
    let entry: String
    var index = 0

    func fail(_ detail: String) -> DocxError {
      .badXML(entry: entry, offset: index, detail: detail)
    }

    mutating func document() throws(DocxError) -> Element {
      // A UTF-8 byte-order mark.
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
      var stack: [Element] = []
      var root: Element?
      var text: [UInt8] = []
      func flush(_ stack: [Element], _ text: inout [UInt8]) {
        if let top = stack.last, !text.isEmpty {
          top.children.append(.text(String(decoding: text, as: UTF8.self)))
        }
        text.removeAll(keepingCapacity: true)
      }
      while index < bytes.count {
        let byte = bytes[index]
        if byte != UInt8(ascii: "<") {
          if byte == UInt8(ascii: "&") {
            text += try reference()
          } else {
            text.append(byte)
            index += 1
          }
          continue
        }
        if starts("<!--") {
          try skip(past: "-->")
        } else if starts("<![CDATA[") {
          index += 9
          let start = index
          try skip(past: "]]>")
          text += bytes[start..<(index - 3)]
        } else if starts("<?") {
          try skip(past: "?>")
        } else if starts("<!") {
          throw fail("a document type declaration is not read")
        } else if starts("</") {
          flush(stack, &text)
          index += 2
          let name = self.name()
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
            throw fail("expected > after </\(name)")
          }
          index += 1
          guard let top = stack.popLast(), top.name == name else {
            throw fail("</\(name)> closes no open <\(name)>")
          }
        } else {
          flush(stack, &text)
          index += 1
          let name = self.name()
          guard !name.isEmpty else { throw fail("expected an element name after <") }
          var attributes: [String: String] = [:]
          var selfClosing = false
          while true {
            skipSpace()
            guard index < bytes.count else { throw fail("the document ends inside <\(name)") }
            if bytes[index] == UInt8(ascii: "/") {
              guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
                throw fail("expected /> in <\(name)")
              }
              index += 2
              selfClosing = true
              break
            }
            if bytes[index] == UInt8(ascii: ">") {
              index += 1
              break
            }
            let key = self.name()
            guard !key.isEmpty else { throw fail("expected an attribute in <\(name)") }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
              throw fail("expected = after \(key)")
            }
            index += 1
            skipSpace()
            guard index < bytes.count,
              bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
            else { throw fail("expected a quoted value for \(key)") }
            let quote = bytes[index]
            index += 1
            var value: [UInt8] = []
            while index < bytes.count, bytes[index] != quote {
              if bytes[index] == UInt8(ascii: "&") {
                value += try reference()
              } else {
                value.append(bytes[index])
                index += 1
              }
            }
            guard index < bytes.count else { throw fail("the document ends inside \(key)=") }
            index += 1
            attributes[key] = String(decoding: value, as: UTF8.self)
          }
          let element = Element(name: name, attributes: attributes)
          if let top = stack.last {
            top.children.append(.element(element))
          } else if root == nil {
            root = element
          } else {
            throw fail("a second root element <\(name)>")
          }
          if !selfClosing { stack.append(element) }
        }
      }
      guard stack.isEmpty else { throw fail("<\(stack[stack.count - 1].name)> is not closed") }
      guard let root else { throw fail("no element") }
      return root
    }

    func starts(_ text: String) -> Bool {
      let pattern = Array(text.utf8)
      return index + pattern.count <= bytes.count
        && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    mutating func skip(past text: String) throws(DocxError) {
      let pattern = Array(text.utf8)
      while index + pattern.count <= bytes.count {
        if bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
          index += pattern.count
          return
        }
        index += 1
      }
      throw fail("expected \(text)")
    }

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func name() -> String {
      let start = index
      while index < bytes.count {
        let byte = bytes[index]
        if [0x20, 0x09, 0x0A, 0x0D].contains(byte) || byte == UInt8(ascii: ">")
          || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
        {
          break
        }
        index += 1
      }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#123;` `&#x4E00;`.
    mutating func reference() throws(DocxError) -> [UInt8] {
      let start = index
      guard let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
        throw fail("a & that starts no reference")
      }
      let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
      index = semicolon + 1
      switch name {
      case "amp": return [UInt8(ascii: "&")]
      case "lt": return [UInt8(ascii: "<")]
      case "gt": return [UInt8(ascii: ">")]
      case "quot": return [UInt8(ascii: "\"")]
      case "apos": return [UInt8(ascii: "'")]
      default:
        var digits = Substring(name)
        guard digits.first == "#" else { throw fail("unknown entity &\(name);") }
        digits = digits.dropFirst()
        let hex = digits.first == "x" || digits.first == "X"
        if hex { digits = digits.dropFirst() }
        guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value)
        else { throw fail("bad character reference &\(name);") }
        return Array(String(Character(scalar)).utf8)
      }
    }
  }
}
