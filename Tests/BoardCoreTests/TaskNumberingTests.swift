import BoardCore
import Testing

/// A task added by hand gets the next number in the plan's own numbering.
@Suite struct TaskNumberingTests {
  func plan(_ ids: [(String, String)]) -> Plan {
    Plan(id: "p", title: "p", tasks: ids.map { PlanTask(id: $0.0, section: $0.1, title: "t") })
  }

  @Test func runningNumbersContinue() {
    let luzhou = plan([("1", "(一)"), ("2", "(一)"), ("13", "(四)"), ("S1", "三、保障措施")])
    #expect(luzhou.nextTaskID() == "14")
    #expect(luzhou.nextTaskID(section: "(一)") == "14")
  }

  @Test func numbersThatRestartInEachSectionGrowInTheirSection() {
    let qianjiang = plan([("1.1", "（一）"), ("1.2", "（一）"), ("2.1", "（二）"), ("S3", "四、保障措施")])
    #expect(qianjiang.nextTaskID(section: "（一）") == "1.3")
    #expect(qianjiang.nextTaskID(section: "（二）") == "2.2")
    #expect(qianjiang.nextTaskID() == "3.1")
  }

  @Test func safeguardMeasuresGetTheNextSNumber() {
    let xiangzhou = plan([("18", "(七)"), ("S19", "四、组织保障"), ("S21", "四、组织保障")])
    #expect(xiangzhou.nextTaskID(section: "四、组织保障") == "S22")
  }

  @Test func anEmptyPlanStartsAtOne() {
    #expect(plan([]).nextTaskID() == "1")
    #expect(plan([]).nextTaskID(section: "（一）") == "1")
  }
}
