import BoardCore
import Testing

/// The supervision cycle's state machine: every step allowed, every step refused with its
/// reason, and the chase ladder.
@Suite struct SupervisionTests {
  let roster = Roster(units: [
    Unit(id: "office", name: "联席会议办公室", role: .office),
    Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
    Unit(id: "qj-sww", name: "区商务委", region: "黔江区"),
    Unit(id: "qj-jw", name: "区教委", region: "黔江区"),
  ])
  let today = Day("2026-11-24")!

  /// Task 1.3: two lead units, one cooperating unit, due 2026-12-31.
  func plan(due: String? = "2026-12-31", status: Status = .doing, events: [TaskEvent] = [])
    -> Plan
  {
    Plan(
      id: "qj", title: "黔江", region: "黔江区",
      tasks: [
        PlanTask(
          id: "1.3", title: "聚焦研发活动", lead: ["qj-kjj", "qj-sww"], coop: ["qj-jw"],
          due: due.flatMap { Day($0) }, status: status, events: events)
      ])
  }

  @discardableResult
  func apply(
    _ operations: [(Change.Operation, String)], to plan: inout Plan, on day: Day? = nil,
    settings: BoardSettings = BoardSettings()
  ) throws(ChangeError) -> [FieldChange] {
    var changes: [FieldChange] = []
    for (operation, unit) in operations {
      changes = try plan.apply(
        Change(planID: "qj", operation), by: roster.unit(id: unit), roster: roster,
        today: day ?? today, settings: settings)
    }
    return changes
  }

  func refusal(
    _ operations: [(Change.Operation, String)], on plan: Plan, day: Day? = nil
  ) -> ChangeError? {
    var plan = plan
    do {
      try apply(operations, to: &plan, on: day)
      return nil
    } catch {
      return error
    }
  }

  var rules: Rules { Rules(today: today) }

  // MARK: Completion

  @Test func leadUnitRequestsCompletionAndTheTaskAwaitsSignoff() throws {
    var plan = plan()
    let changes = try apply([(.requestDone(task: "1.3", note: " 已完成专利布局清单 "), "qj-kjj")], to: &plan)
    #expect(
      changes == [
        FieldChange(taskID: "1.3", field: "request-done", old: "", new: "已完成专利布局清单")
      ])
    let task = plan.tasks[0]
    #expect(task.status == .doing)
    #expect(rules.isAwaitingSignoff(task))
    #expect(rules.light(of: task) == .yellow)
    #expect(
      task.events == [
        TaskEvent(date: today, unit: "qj-kjj", kind: .requestDone, text: "已完成专利布局清单")
      ])
  }

  @Test func officeSignsOffAndTheTaskIsDone() throws {
    var plan = plan()
    let changes = try apply(
      [
        (.requestDone(task: "1.3", note: "已完成"), "qj-kjj"),
        (.signOff(task: "1.3", note: ""), "office"),
      ],
      to: &plan)
    #expect(
      changes == [
        FieldChange(taskID: "1.3", field: "signoff", old: "", new: ""),
        FieldChange(taskID: "1.3", field: "status", old: "doing", new: "done"),
      ])
    #expect(plan.tasks[0].status == .done)
    #expect(!rules.isAwaitingSignoff(plan.tasks[0]))
    #expect(rules.light(of: plan.tasks[0]) == .green)
  }

  @Test func officeSendsBackWithAReasonAndTheTaskIsInProgressAgain() throws {
    var plan = plan(status: .blocked)
    let changes = try apply(
      [
        (.requestDone(task: "1.3", note: "已完成"), "qj-kjj"),
        (.sendBack(task: "1.3", reason: "缺少验收材料"), "office"),
      ], to: &plan)
    #expect(
      changes == [
        FieldChange(taskID: "1.3", field: "sendback", old: "", new: "缺少验收材料"),
        FieldChange(taskID: "1.3", field: "status", old: "blocked", new: "doing"),
      ])
    let task = plan.tasks[0]
    #expect(!rules.isAwaitingSignoff(task))
    #expect(task.supervision.sentBack?.text == "缺少验收材料")
    // Asked again, the send-back is no longer the last word.
    try apply([(.requestDone(task: "1.3", note: "已补充材料"), "qj-sww")], to: &plan)
    #expect(plan.tasks[0].supervision.sentBack == nil)
    #expect(rules.isAwaitingSignoff(plan.tasks[0]))
  }

  @Test func leadUnitCannotSetDoneItselfAndIsToldToRequest() {
    let error = refusal([(.setStatus(task: "1.3", .done), "qj-kjj")], on: plan())
    #expect(
      error == .supervision(.doneNeedsSignoff(unit: "区科技局 (qj-kjj)", task: "1.3")))
    #expect(error?.description.contains("board request-done") == true)
    #expect(error?.chineseDescription.contains("申请办结") == true)
    #expect(error?.kind == .refused)
    // Other statuses stay the lead unit's own.
    #expect(refusal([(.setStatus(task: "1.3", .blocked), "qj-kjj")], on: plan()) == nil)
  }

  @Test func officeMayStillCloseATaskDirectly() throws {
    var plan = plan()
    let changes = try apply([(.setStatus(task: "1.3", .done), "office")], to: &plan)
    #expect(changes == [FieldChange(taskID: "1.3", field: "status", old: "doing", new: "done")])
  }

  @Test func cooperatingUnitMayNotRequestCompletion() {
    #expect(
      refusal([(.requestDone(task: "1.3", note: "完成"), "qj-jw")], on: plan())
        == .supervision(.leadOnly(unit: "区教委 (qj-jw)", task: "1.3", kind: .requestDone)))
  }

  @Test func officeDoesNotRequestCompletion() {
    #expect(
      refusal([(.requestDone(task: "1.3", note: "完成"), "office")], on: plan())
        == .supervision(.leadOnly(unit: "联席会议办公室 (office)", task: "1.3", kind: .requestDone)))
  }

  @Test func nobodySignsOffTheirOwnRequest() {
    let requested: [(Change.Operation, String)] = [
      (.requestDone(task: "1.3", note: "完成"), "qj-kjj")
    ]
    #expect(
      refusal(requested + [(.signOff(task: "1.3", note: ""), "qj-kjj")], on: plan())
        == .supervision(.ownRequest(unit: "区科技局 (qj-kjj)", task: "1.3", kind: .requestDone)))
    #expect(
      refusal(requested + [(.sendBack(task: "1.3", reason: "x"), "qj-kjj")], on: plan())
        == .supervision(.ownRequest(unit: "区科技局 (qj-kjj)", task: "1.3", kind: .requestDone)))
  }

  @Test func aUnitSigningOffAnotherUnitsRequestIsRefused() {
    #expect(
      refusal(
        [
          (.requestDone(task: "1.3", note: "完成"), "qj-kjj"),
          (.signOff(task: "1.3", note: ""), "qj-sww"),
        ],
        on: plan())
        == .officeOnly(unit: "区商务委 (qj-sww)", action: "sign off tasks"))
  }

  @Test func decisionsNeedAPendingRequest() {
    #expect(
      refusal([(.signOff(task: "1.3", note: ""), "office")], on: plan())
        == .supervision(.nothingPending(task: "1.3", kind: .requestDone)))
    #expect(
      refusal([(.sendBack(task: "1.3", reason: "x"), "office")], on: plan())
        == .supervision(.nothingPending(task: "1.3", kind: .requestDone)))
    #expect(
      refusal([(.approveExtension(task: "1.3", note: ""), "office")], on: plan())
        == .supervision(.nothingPending(task: "1.3", kind: .requestExtension)))
    #expect(
      refusal([(.refuseExtension(task: "1.3", reason: "x"), "office")], on: plan())
        == .supervision(.nothingPending(task: "1.3", kind: .requestExtension)))
  }

  @Test func aRequestIsMadeOnceUntilDecided() {
    let request: (Change.Operation, String) = (.requestDone(task: "1.3", note: "完成"), "qj-kjj")
    #expect(
      refusal([request, request], on: plan())
        == .supervision(.alreadyPending(task: "1.3", kind: .requestDone)))
  }

  @Test func requestsNeedTheirTextAndDoneTasksTakeNoSteps() {
    #expect(
      refusal([(.requestDone(task: "1.3", note: "  "), "qj-kjj")], on: plan())
        == .supervision(.emptyText(kind: .requestDone)))
    #expect(
      refusal([(.requestDone(task: "1.3", note: "完成"), "qj-kjj")], on: plan(status: .done))
        == .supervision(.taskDone(task: "1.3")))
    #expect(
      refusal([(.chase(task: "1.3", message: ""), "office")], on: plan(status: .done))
        == .supervision(.taskDone(task: "1.3")))
  }

  // MARK: Extensions

  @Test func extensionApprovedChangesTheDeadlineAndKeepsTheOldOne() throws {
    var plan = plan()
    try apply(
      [(.requestExtension(task: "1.3", to: Day("2027-06-30")!, reason: "设备延迟到货"), "qj-kjj")],
      to: &plan)
    #expect(rules.hasExtensionRequest(plan.tasks[0]))
    let changes = try apply([(.approveExtension(task: "1.3", note: ""), "office")], to: &plan)
    #expect(
      changes == [
        FieldChange(
          taskID: "1.3", field: "approve-extension", old: "", new: "2026-12-31 2027-06-30"),
        FieldChange(taskID: "1.3", field: "due", old: "2026-12-31", new: "2027-06-30"),
      ])
    #expect(plan.tasks[0].due == Day("2027-06-30"))
    #expect(plan.tasks[0].events.last?.previousDeadline == Day("2026-12-31"))
    #expect(!rules.hasExtensionRequest(plan.tasks[0]))
  }

  @Test func extensionRefusedKeepsTheDeadline() throws {
    var plan = plan()
    let changes = try apply(
      [
        (.requestExtension(task: "1.3", to: Day("2027-06-30")!, reason: "设备延迟到货"), "qj-kjj"),
        (.refuseExtension(task: "1.3", reason: "按原计划推进"), "office"),
      ], to: &plan)
    #expect(
      changes == [FieldChange(taskID: "1.3", field: "refuse-extension", old: "", new: "按原计划推进")])
    #expect(plan.tasks[0].due == Day("2026-12-31"))
    #expect(!rules.hasExtensionRequest(plan.tasks[0]))
  }

  @Test func extensionOnlyBeforeTheDeadlineHasPassed() throws {
    let ask: (Change.Operation, String) = (
      .requestExtension(task: "1.3", to: Day("2027-06-30")!, reason: "延迟"), "qj-kjj"
    )
    // On the deadline itself it may still be asked for; the day after, not.
    #expect(refusal([ask], on: plan(), day: Day("2026-12-31")) == nil)
    #expect(
      refusal([ask], on: plan(), day: Day("2027-01-01"))
        == .supervision(.deadlinePassed(task: "1.3", due: Day("2026-12-31")!)))
    #expect(refusal([ask], on: plan(due: nil)) == .supervision(.noDeadline(task: "1.3")))
    #expect(
      refusal(
        [(.requestExtension(task: "1.3", to: Day("2026-12-01")!, reason: "x"), "qj-kjj")],
        on: plan())
        == .supervision(.notLater(task: "1.3", due: Day("2026-12-31")!, asked: Day("2026-12-01")!)))
    #expect(
      refusal(
        [(.requestExtension(task: "1.3", to: Day("2027-06-30")!, reason: "x"), "qj-jw")], on: plan()
      )
        == .supervision(.leadOnly(unit: "区教委 (qj-jw)", task: "1.3", kind: .requestExtension)))
  }

  @Test func nobodyApprovesTheirOwnExtension() {
    let ask: (Change.Operation, String) = (
      .requestExtension(task: "1.3", to: Day("2027-06-30")!, reason: "延迟"), "qj-kjj"
    )
    #expect(
      refusal([ask, (.approveExtension(task: "1.3", note: ""), "qj-kjj")], on: plan())
        == .supervision(.ownRequest(unit: "区科技局 (qj-kjj)", task: "1.3", kind: .requestExtension)))
    #expect(
      refusal([ask, (.approveExtension(task: "1.3", note: ""), "qj-sww")], on: plan())
        == .officeOnly(unit: "区商务委 (qj-sww)", action: "decide on extensions"))
  }

  // MARK: Chasing

  @Test func chaseLevelsFollowTheLadder() throws {
    var plan = plan(due: "2026-12-10")
    // Due soon: blue.
    try apply([(.chase(task: "1.3", message: "请按期完成"), "office")], to: &plan)
    #expect(plan.tasks[0].events.last?.level == .blue)
    // Overdue, first chase since: yellow.
    let overdue = Day("2026-12-20")!
    let changes = try apply([(.chase(task: "1.3", message: ""), "office")], to: &plan, on: overdue)
    #expect(changes == [FieldChange(taskID: "1.3", field: "chase", old: "", new: "yellow")])
    #expect(Rules(today: overdue).chaseLevel(plan.tasks[0]) == .yellow)
    // Still overdue six days later: yellow; seven: red, and the light is red by it too.
    #expect(Rules(today: Day("2026-12-26")!).chaseLevel(plan.tasks[0]) == .yellow)
    #expect(Rules(today: Day("2026-12-27")!).chaseLevel(plan.tasks[0]) == .red)
    try apply([(.chase(task: "1.3", message: "再次催办"), "office")], to: &plan, on: Day("2026-12-27"))
    #expect(plan.tasks[0].events.last?.level == .red)
  }

  @Test func redChaseDaysIsABoardSetting() throws {
    var plan = plan(due: "2026-11-01")
    let settings = BoardSettings(redChaseDays: 3)
    try apply([(.chase(task: "1.3", message: ""), "office")], to: &plan, settings: settings)
    try apply(
      [(.chase(task: "1.3", message: ""), "office")], to: &plan, on: Day("2026-11-27"),
      settings: settings)
    #expect(plan.tasks[0].events.map(\.level) == [.yellow, .red])
    #expect(Rules(today: Day("2026-11-27")!, settings: settings).chaseLevel(plan.tasks[0]) == .red)
  }

  @Test func chasingIsTheOfficesAndADoneTaskHasNoLevel() throws {
    #expect(
      refusal([(.chase(task: "1.3", message: ""), "qj-kjj")], on: plan())
        == .officeOnly(unit: "区科技局 (qj-kjj)", action: "chase units"))
    var plan = plan(due: "2026-11-01")
    try apply([(.chase(task: "1.3", message: ""), "office")], to: &plan)
    try apply([(.setStatus(task: "1.3", .done), "office")], to: &plan)
    #expect(rules.chaseLevel(plan.tasks[0]) == nil)
  }

  // MARK: Events in the file's form

  @Test(arguments: [
    TaskEvent(date: Day("2026-11-24")!, unit: "qj-kjj", kind: .requestDone, text: "已完成 两项"),
    TaskEvent(date: Day("2026-11-24")!, unit: "office", kind: .signOff),
    TaskEvent(date: Day("2026-11-24")!, unit: "office", kind: .sendBack, text: "材料不全"),
    TaskEvent(
      date: Day("2026-11-24")!, unit: "qj-kjj", kind: .requestExtension,
      deadline: Day("2027-06-30"), text: "延迟"),
    TaskEvent(
      date: Day("2026-11-24")!, unit: "office", kind: .approveExtension,
      deadline: Day("2027-06-30"), previousDeadline: Day("2026-12-31")),
    TaskEvent(date: Day("2026-11-24")!, unit: "office", kind: .refuseExtension, text: "不同意"),
    TaskEvent(date: Day("2026-11-24")!, unit: "office", kind: .chase, level: .red, text: "速报"),
  ])
  func eventValueReadsBack(_ event: TaskEvent) {
    #expect(TaskEvent(value: event.value) == event)
  }

  @Test(arguments: [
    "2026-11-24 qj-kjj request-done", "2026-11-24 qj-kjj finish 完成", "2026-13-01 qj-kjj signoff",
    "2026-11-24 qj-kjj request-extension soon 延迟", "2026-11-24 office chase purple",
    "2026-11-24 区科技局 signoff",
  ])
  func malformedEventValuesAreNotRead(_ value: String) {
    #expect(TaskEvent(value: value) == nil)
  }
}
