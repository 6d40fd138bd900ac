import BoardCore
import Testing

@testable import BoardUI

/// Every screen at 80x24 and 120x40 on the seed boards, today 2026-11-24, against golden text.
@Suite struct ScreenTests {
  struct Case: CustomStringConvertible, Sendable {
    var name: String
    var unit: String? = "office"
    var language: Language = .zh
    var keys: [Key] = []
    var text = ""

    var description: String { name }
  }

  static let openLuzhou: [Key] = [.down, .down, .enter]
  static let openLuzhouTask3: [Key] = openLuzhou + [.down, .down, .enter]

  static let cases: [Case] = [
    Case(name: "plans"),
    Case(name: "tasks", keys: openLuzhou),
    Case(name: "detail", keys: openLuzhouTask3),
    Case(name: "overdue", keys: [.tab]),
    Case(name: "unassigned", keys: [.tab, .tab]),
    Case(name: "due-soon", keys: [.tab, .tab, .tab]),
    Case(name: "units", keys: [.tab, .tab, .tab, .tab]),
    Case(name: "unit-tasks", keys: [.tab, .tab, .tab, .tab, .down, .enter]),
    Case(name: "mine", unit: "qj-kjj"),
    Case(name: "mine-detail", unit: "qj-kjj", keys: [.enter]),
    Case(name: "read-only", unit: nil, keys: [.down, .down, .down, .enter]),
    Case(name: "refused", unit: "qj-kjj", keys: [.tab, .tab, .character("s")]),
    Case(name: "help", keys: [.character("?")]),
    Case(name: "status-picker", keys: openLuzhouTask3 + [.character("s")]),
    Case(name: "unit-picker", keys: openLuzhou + [.end, .character("a")], text: "市"),
    Case(name: "note-editor", keys: openLuzhouTask3 + [.character("n")], text: "已召开推进会议"),
    Case(name: "deadline-editor", keys: openLuzhouTask3 + [.character("d")]),
    Case(name: "search", keys: [.tab, .character("/")], text: "转化"),
    Case(name: "add-task-form", keys: openLuzhou + [.down, .character("+")], text: "新任务"),
    Case(name: "edit-task-form", keys: openLuzhouTask3 + [.character("e")]),
    Case(name: "filter-menu", keys: [.tab, .character("f"), .right, .down, .right]),
    Case(
      name: "filtered", keys: [.tab, .character("f"), .down, .right, .down, .down, .right, .enter]),
    Case(
      name: "filtered-searched", keys: [.tab, .character("f"), .right, .enter, .character("/")],
      text: "专利"),
    Case(name: "sorted-days-overdue", keys: [.tab, .character("o")]),
    Case(name: "sorted-lead", keys: [.tab, .character("o"), .character("o")]),
    Case(
      name: "sorted-status",
      keys: openLuzhou + [.character("o"), .character("o"), .character("o"), .character("o")]),
    Case(name: "sorted-deadline", keys: openLuzhou + [.character("o")]),
    Case(name: "search-reason", keys: [.tab, .character("/")], text: "区科技局"),
    Case(name: "confirm-title", keys: openLuzhouTask3 + [.character("e"), .paste("（修订）"), .enter]),
    Case(
      name: "history",
      keys: openLuzhouTask3 + [.character("s"), .down, .enter, .character("u"), .character("U")]),
    Case(name: "help-end", keys: [.character("?"), .character("G")]),
    Case(name: "plans-en", language: .en),
    Case(name: "tasks-en", language: .en, keys: openLuzhou),
    Case(name: "detail-en", unit: "qj-kjj", language: .en, keys: [.enter]),
    Case(name: "indicators", keys: [.character("I")]),
    Case(name: "indicators-plan", keys: [.enter, .character("I")]),
    Case(name: "indicator-editor", keys: [.enter, .character("I"), .enter], text: "501"),
    Case(name: "indicators-en", language: .en, keys: [.enter, .character("I"), .down]),
  ]

  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  @Test(arguments: cases, sizes)
  func screenMatchesItsGoldenText(_ screen: Case, _ size: Size) {
    var harness = ScreenHarness(unit: screen.unit, language: screen.language, size: size)
    harness.press(screen.keys)
    harness.type(screen.text)
    Golden.check("\(screen.name)-\(size.width)x\(size.height)", harness.text)
  }

  @Test(arguments: cases, sizes)
  func everyLineFitsTheWidthAndTheGridHasTheHeight(_ screen: Case, _ size: Size) {
    var harness = ScreenHarness(unit: screen.unit, language: screen.language, size: size)
    harness.press(screen.keys)
    harness.type(screen.text)
    let lines = harness.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == size.height)
    #expect(lines.allSatisfy { $0.displayWidth <= size.width })
  }
}
