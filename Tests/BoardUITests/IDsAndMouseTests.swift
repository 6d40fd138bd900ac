import BoardCore
import BoardTestSupport
import Testing

@testable import BoardUI

/// `i` (ids and command lines), `M` (mouse off and on) and Ctrl-Z as the model sees them.
@Suite struct IDsAndMouseTests {
  @Test func idsOfATaskWithTheCommandsTheActorMayRun() {
    var office = ScreenHarness()
    office.press([.down, .down, .enter, .down, .character("i")])
    let text = office.text
    #expect(text.contains("方案：luzhou-patent-2024"))
    #expect(text.contains("任务：2"))
    #expect(text.contains("board --unit office set luzhou-patent-2024 2 --status doing"))
    #expect(text.contains("board --unit office assign luzhou-patent-2024 2 --lead UNIT"))
    #expect(text.contains("任意键返回"))
    office.press([.character("x")])
    #expect(!office.text.contains("编号与命令行"))
    #expect(office.saved.isEmpty)
  }

  @Test func aUnitIsShownOnlyWhatItMayDo() {
    var unit = ScreenHarness(unit: "lz-kjj")
    unit.press([.tab, .character("i")])
    let text = unit.text
    #expect(text.contains("编号与命令行"))
    #expect(text.contains("board --unit lz-kjj list --plan"))
    #expect(!text.contains("plan edit"))
  }

  @Test func mouseOffAndOnAsksTheTerminalAndSaysSo() {
    var harness = ScreenHarness()
    #expect(harness.model.update(.key(.character("M"))) == .mouse(false))
    #expect(harness.text.contains("鼠标已关闭：可用终端选择、复制文字（M 重新打开）"))
    #expect(harness.model.update(.key(.character("M"))) == .mouse(true))
    #expect(harness.text.contains("鼠标已打开"))
  }

  @Test func controlZAsksToSuspendAndARefusalIsSaid() {
    var harness = ScreenHarness()
    #expect(harness.model.update(.key(.control("z"))) == .suspend)
    _ = harness.model.update(.suspendRefused)
    #expect(harness.text.contains("无法挂起"))
  }

  @Test func theHelpListsTheNewKeys() {
    let all = HelpScreen.lines(.zh).map(\.text).joined(separator: "\n")
    #expect(all.contains("显示方案、任务编号及修改它的命令行"))
    #expect(all.contains("关闭/打开鼠标"))
    #expect(all.contains("挂起到 shell"))
  }
}
