import BoardCore
import Testing

@testable import BoardUI

/// The deadline form reads the words the command line's `--due` reads: `长期`, `ongoing`,
/// `none`, `-` (BoardEndToEndTests' DeadlineWordsTests).
@Suite struct DeadlineWordsTests {
  @Test(arguments: ["长期", "ongoing", "none", "-"])
  func theDeadlineFormTakesEveryOngoingWord(_ word: String) {
    var harness = ScreenHarness()
    harness.press(EditTests.luzhou3 + [.character("d"), .control("u")])
    harness.type(word)
    harness.press([.enter])
    let task = harness.board.plan(id: "luzhou-patent-2024")?.task(id: "3")
    #expect(harness.saved.count == 1)
    #expect(task?.due == nil)
  }
}
