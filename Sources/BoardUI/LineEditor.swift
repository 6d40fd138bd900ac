/// A one-line text field: notes, deadlines, searches, form fields.
///
/// Works on whole characters, so a Chinese character committed by an input method is one
/// step for the cursor keys and for backspace, whatever its width.
public struct LineEditor: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// Index in `characters` before which typing inserts.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// Edits for a key; returns false when the key is not an editing key (Enter, Esc, Tab are
  /// left to the caller).
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      characters.insert(character, at: cursor)
      cursor += 1
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
  /// cursor stays visible, and the cursor's column within it.
  public func visible(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    let shown = characters.map { VisibleText.line(String($0)) }
    let widths = shown.map(\.displayWidth)
    // Start as far left as possible while the cursor (one column after the text) fits.
    var start = 0
    var columnsBeforeCursor = widths[0..<cursor].reduce(0, +)
    while columnsBeforeCursor > width - 1 && start < cursor {
      columnsBeforeCursor -= widths[start]
      start += 1
    }
    var text = ""
    var used = 0
    for index in start..<shown.count {
      if used + widths[index] > width { break }
      text += shown[index]
      used += widths[index]
    }
    return (text, columnsBeforeCursor)
  }
}
