import Testing

@testable import BoardUI

/// The one-line editor of notes, deadlines and searches works on whole characters.
@Suite struct LineEditorTests {
  @Test func backspaceRemovesAWholeDoubleWidthCharacter() {
    var editor = LineEditor()
    for character in "进度ab" { _ = editor.handle(.character(character)) }
    _ = editor.handle(.left)
    _ = editor.handle(.left)
    _ = editor.handle(.backspace)
    #expect(editor.text == "进ab")
    #expect(editor.visible(width: 20).cursorColumn == 2)
    _ = editor.handle(.character("展"))
    #expect(editor.text == "进展ab")
    _ = editor.handle(.home)
    _ = editor.handle(.delete)
    #expect(editor.text == "展ab")
    _ = editor.handle(.end)
    #expect(editor.visible(width: 20).cursorColumn == 4)
  }

  @Test func longTextScrollsSoTheCursorStaysVisible() {
    var editor = LineEditor(String(repeating: "中", count: 30))
    let (text, cursor) = editor.visible(width: 11)
    #expect(text.displayWidth <= 11)
    #expect(cursor <= 10)
    #expect(text.hasSuffix("中"))
    _ = editor.handle(.home)
    #expect(editor.visible(width: 11).cursorColumn == 0)
  }

  @Test func controlCharactersInAPrefilledValueAreShownHarmlessly() {
    let editor = LineEditor("a\u{1B}[2Jb\nc")
    #expect(editor.visible(width: 40).text == "a^[[2Jb⏎c")
    #expect(editor.text == "a\u{1B}[2Jb\nc")
  }
}
