import BoardCore
import Testing

@testable import BoardUI

/// Keys that must never surprise: Ctrl-C quits from whatever is open, pasted text stays in
/// the field being edited.
@Suite struct DailyUseTests {
  static let luzhou3: [Key] = [.down, .down, .enter, .down, .down]
  let task3 = TaskKey(plan: "luzhou-patent-2024", task: "3")

  struct OpenMode: CustomStringConvertible, Sendable {
    var name: String
    var keys: [Key]
    var description: String { name }
  }

  static let modes: [OpenMode] = [
    OpenMode(name: "browse", keys: luzhou3),
    OpenMode(name: "search", keys: [.character("/"), .character("转")]),
    OpenMode(name: "help", keys: [.character("?")]),
    OpenMode(name: "status picker", keys: luzhou3 + [.character("s")]),
    OpenMode(name: "unit picker", keys: luzhou3 + [.character("a"), .character("市")]),
    OpenMode(name: "note", keys: luzhou3 + [.character("n"), .character("e")]),
    OpenMode(name: "deadline", keys: luzhou3 + [.character("d")]),
    OpenMode(name: "edit form", keys: luzhou3 + [.character("e"), .character("x")]),
    OpenMode(name: "add form", keys: luzhou3 + [.character("+")]),
  ]

  @Test(arguments: modes)
  func controlCQuitsFromEveryModeWithoutSaving(_ open: OpenMode) {
    var harness = ScreenHarness()
    harness.press(open.keys)
    #expect(harness.model.update(.key(.control("c"))) == .quit, "\(open)")
    #expect(harness.saved.isEmpty)
  }

  @Test func aPasteOfSeveralLinesIsOneNoteWithThoseLines() {
    var harness = ScreenHarness()
    harness.press(DailyUseTests.luzhou3 + [.character("n")])
    harness.press([.paste("完成盘点\nsee attachment 2\n")])
    #expect(harness.text.contains("完成盘点⏎see attachment 2⏎"))
    harness.press([.enter])
    #expect(
      harness.saved == [
        Change(planID: task3.plan, .addNote(task: "3", text: "完成盘点\nsee attachment 2\n"))
      ])
    #expect(
      harness.board.plan(id: task3.plan)?.task(id: "3")?.notes.last?.text
        == "完成盘点\nsee attachment 2")
  }

  @Test func aPasteWhileBrowsingIsNeverReadAsKeys() {
    var harness = ScreenHarness()
    harness.press(DailyUseTests.luzhou3)
    let before = harness.text
    harness.press([.paste("s2qq\n")])
    #expect(harness.text == before)
    #expect(harness.model.mode == .browse)
    #expect(harness.saved.isEmpty)
  }

  @Test func aPastedLineBreakInAOneLineFieldIsASpace() {
    var harness = ScreenHarness()
    harness.press(DailyUseTests.luzhou3 + [.character("e"), .control("u")])
    harness.press([.paste("新的\n名称")])
    harness.press([.enter, .character("y")])
    #expect(harness.board.plan(id: task3.plan)?.task(id: "3")?.title == "新的 名称")
  }

  @Test func aLongPasteIsShownAroundTheCursor() {
    var editor = LineEditor(keepsLineBreaks: true)
    _ = editor.handle(.paste(String(repeating: "进度", count: 5_000)))
    #expect(editor.characters.count == 10_000)
    let (text, cursor) = editor.visible(width: 41)
    #expect(text.displayWidth == 40)
    #expect(cursor == 40)
    _ = editor.handle(.home)
    #expect(editor.visible(width: 41).cursorColumn == 0)
  }
}
