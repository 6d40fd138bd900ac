/// The document's headings and items as a tree, from the order in which the kinds of
/// numbering appear: a kind already open closes everything below it; a new kind opens a level.
///
/// So 一、 > （一） > 1. in one plan and 一、 > 1、 > （1） in another both come out right, and a
/// part whose items follow the part heading directly (四、组织保障 / 19.…) too.
final class OutlineNode {
  let marker: Marker?
  /// The paragraph that starts the node (nil for the root), then the paragraphs that follow it
  /// before the next heading or item.
  private(set) var paragraphs: [Paragraph]
  private(set) var children: [OutlineNode] = []
  private(set) weak var parent: OutlineNode?

  init(marker: Marker?, paragraph: Paragraph?, parent: OutlineNode?) {
    self.marker = marker
    self.paragraphs = paragraph.map { [$0] } ?? []
    self.parent = parent
  }

  var isLeaf: Bool { children.isEmpty }
  var line: Int { paragraphs.first?.line ?? 0 }
  var lastLine: Int {
    max(paragraphs.last?.line ?? 0, children.last?.lastLine ?? 0)
  }

  /// The heading as written: the marker and the first sentence, without its 。.
  var heading: String {
    guard let first = paragraphs.first else { return "" }
    let body = first.body
    let sentence =
      body.firstIndex(where: Scan.sentenceEnds.contains).map { String(body[..<$0]) } ?? body
    return Scan.withoutFinalStop((marker?.written ?? "") + sentence)
  }

  /// The heading without its number: 重点任务.
  var headingText: String {
    String(heading.dropFirst(marker?.length ?? 0)).trimmingWhitespace()
  }

  /// Every leaf below this node, in document order.
  var leaves: [OutlineNode] {
    isLeaf ? [self] : children.flatMap(\.leaves)
  }

  /// The position among its siblings, from 1.
  var position: Int {
    (parent?.children.firstIndex { $0 === self } ?? 0) + 1
  }

  /// The node's number, or its position where the document left the number out.
  var number: Int { marker?.number ?? position }

  func add(_ paragraph: Paragraph) { paragraphs.append(paragraph) }

  func addChild(_ node: OutlineNode) { children.append(node) }
}

/// Builds the tree of the body's paragraphs.
struct Outline {
  let root = OutlineNode(marker: nil, paragraph: nil, parent: nil)
  /// Paragraphs that belong to no item: closing provisions.
  private(set) var unplaced: [(Paragraph, Words)] = []
  /// The signature and date after the last item: the plan's issuer and issue date.
  private(set) var signature: [Paragraph] = []

  init(_ paragraphs: [Paragraph]) {
    var stack: [OutlineNode] = [root]
    var closed = false
    for paragraph in paragraphs {
      if let marker = paragraph.marker {
        if let depth = stack.firstIndex(where: { $0.marker?.kind == marker.kind }) {
          stack.removeSubrange(depth...)
        }
        let parent = stack[stack.count - 1]
        let node = OutlineNode(marker: marker, paragraph: paragraph, parent: parent)
        parent.addChild(node)
        stack.append(node)
        closed = false
        continue
      }
      if closed || Closing.isClosing(paragraph.text) {
        closed = true
        unplaced.append((paragraph, Words("closing provisions of the document", "全文的附则性内容")))
        continue
      }
      if Closing.isSignature(paragraph.text) {
        signature.append(paragraph)
        continue
      }
      stack[stack.count - 1].add(paragraph)
    }
  }

  /// The top-level parts.
  var parts: [OutlineNode] { root.children }
}

extension OutlineNode {
  /// Every paragraph of the node and of the nodes below it, in document order.
  var allParagraphs: [Paragraph] {
    paragraphs + children.flatMap(\.allParagraphs)
  }
}
