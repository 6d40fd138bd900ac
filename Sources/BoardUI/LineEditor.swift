/// A one-line text field: notes, deadlines, searches, form fields.
///
/// Works on whole characters, so a Chinese character committed by an input method is one
/// step for the cursor keys and for backspace, whatever its width. Every edit and every
/// drawing costs time in proportion to what it changes or shows, never to the whole text, so
/// a long paste stays linear.
public struct LineEditor: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// Index in `characters` before which typing inserts.
  public private(set) var cursor: Int
  /// Whether a pasted line break stays one (a note, a task's text); elsewhere it becomes a
  /// space.
  public let keepsLineBreaks: Bool

  public init(_ text: String = "", keepsLineBreaks: Bool = false) {
    characters = Array(text)
    cursor = characters.count
    self.keepsLineBreaks = keepsLineBreaks
  }

  public var text: String { String(characters) }

  /// Edits for a key; returns false when the key is not an editing key (Enter, Esc, Tab are
  /// left to the caller).
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      characters.insert(character, at: cursor)
      cursor += 1
    case .paste(let text):
      let pasted = text.map { character -> Character in
        guard character.isNewline || character == "\t" else { return character }
        return keepsLineBreaks && character.isNewline ? "\n" : " "
      }
      characters.insert(contentsOf: pasted, at: cursor)
      cursor += pasted.count
    case .left, .control("b"):
      cursor = max(0, cursor - 1)
    case .right, .control("f"):
      cursor = min(characters.count, cursor + 1)
    case .home, .control("a"):
      cursor = 0
    case .end, .control("e"):
      cursor = characters.count
    case .backspace, .control("h"):
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete, .control("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .control("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .control("k"):
      characters.removeSubrange(cursor...)
    default:
      return false
    }
    return true
  }

  /// What to show in `width` columns: the text made harmless and scrolled sideways so the
  /// cursor stays visible, and the cursor's column within it. Looks only at the characters
  /// that can be on screen.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    func shown(_ index: Int) -> String { VisibleText.line(String(characters[index])) }
    // Start as far left as possible while the cursor (one column after the text) fits.
    var start = cursor
    var columnsBeforeCursor = 0
    while start > 0 {
      let characterWidth = shown(start - 1).displayWidth
      if columnsBeforeCursor + characterWidth > width - 1 { break }
      columnsBeforeCursor += characterWidth
      start -= 1
    }
    var text = ""
    var used = 0
    var index = start
    while index < characters.count {
      let piece = shown(index)
      let pieceWidth = piece.displayWidth
      if used + pieceWidth > width { break }
      text += piece
      used += pieceWidth
      index += 1
    }
    return (text, columnsBeforeCursor)
  }
}
