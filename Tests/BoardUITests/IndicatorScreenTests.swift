import BoardCore
import Testing

@testable import BoardUI

/// The 指标 screen: the indicators of the open plan or of every plan, one row per year, the
/// years over without a report marked, and an actual value reported from it.
@Suite struct IndicatorScreenTests {
  /// A row of the screen as text, by the indicator's name and year.
  func row(_ text: String, _ name: String, _ year: String) -> Substring? {
    text.split(separator: "\n").first { $0.contains(name) && $0.contains(" " + year + " ") }
  }

  @Test func seedIndicatorsOfEveryPlanAndOfTheOpenPlan() {
    var harness = ScreenHarness()
    harness.press([.character("I")])
    let all = harness.text
    #expect(all.contains("指标（30）"))
    #expect(all.contains("方案"))
    let missing = row(all, "有效发明专利总量", "2025")
    #expect(missing?.contains("495") == true && missing?.contains("未报送") == true, "\(all)")
    #expect(row(all, "有效发明专利总量", "2026")?.contains("待报送") == true)
    // The years missing a report are drawn as overdue (red).
    let grid = harness.grid
    let line = all.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains("有效发明专利总量") && $0.contains(" 2025 ")
    }
    let styles = line.map { line in (0..<grid.width).map { grid[line, $0].style.kind } } ?? []
    #expect(styles.contains(.overdue))

    var plan = ScreenHarness()
    plan.press([.enter, .character("I")])
    #expect(plan.text.contains("方案 > 重庆市大足区专利提升专项行动计划（2025—2027年） > 指标（30）"), "\(plan.text)")
  }

  /// The office reports 501 for 2025: saved as one change and shown at once as 达标; a value
  /// that is no number is refused before saving; a unit answering for no indicator hears the
  /// rule when it presses Enter.
  @Test func reportingAnActualValue() throws {
    var harness = ScreenHarness()
    harness.press([.enter, .character("I"), .enter])
    #expect(harness.text.contains("指标 1 的 2025 年实际值（Esc 取消）："))
    harness.type("很多")
    harness.press([.enter])
    #expect(harness.saved.isEmpty)
    #expect(harness.text.contains("“很多”不能作为指标 1 的实际值"), "\(harness.text)")
    harness.press(Array(repeating: .backspace, count: 2))
    harness.type("501")
    harness.press([.enter])
    #expect(
      harness.saved == [
        Change(
          planID: "dazu-patent-2025", .setActual(indicator: "1", year: 2025, value: "501"))
      ])
    let saved = harness.text
    #expect(saved.contains("已保存"))
    #expect(row(saved, "有效发明专利总量", "2025")?.contains("达标") == true, "\(saved)")
    #expect(row(saved, "有效发明专利总量", "2025")?.contains("501") == true)
    // u takes it back with a logged change that removes the value again.
    harness.press([.character("u")])
    #expect(
      harness.saved.last
        == Change(
          planID: "dazu-patent-2025", .setActual(indicator: "1", year: 2025, value: ""),
          expecting: ["actual-2025": "501"]))
    #expect(row(harness.text, "有效发明专利总量", "2025")?.contains("未报送") == true)

    var unit = ScreenHarness(unit: "dz-jw")
    unit.press([.character("I"), .enter])
    #expect(unit.saved.isEmpty)
    #expect(unit.text.contains("区教委 (dz-jw)不是指标 1 的责任单位"), "\(unit.text)")
  }
}
