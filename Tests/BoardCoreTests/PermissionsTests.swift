import BoardCore
import Testing

@Suite struct PermissionsTests {
  let roster = Roster(units: [
    Unit(id: "office", name: "联席会议办公室", role: .office),
    Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
    Unit(id: "qj-jw", name: "区教委", region: "黔江区"),
    Unit(id: "qj-sww", name: "区商务委", region: "黔江区"),
    Unit(id: "dz-kjj", name: "区科技局", region: "大足区"),
  ])
  let today = Day("2026-11-24")!

  var plan: Plan {
    Plan(
      id: "qj", title: "黔江", region: "黔江区",
      tasks: [
        PlanTask(
          id: "1.3", title: "聚焦研发活动", lead: ["qj-kjj"], coop: ["qj-jw"], due: Day("2024-12-31"))
      ])
  }

  func apply(_ operation: Change.Operation, as unitID: String?) throws(ChangeError) -> Plan {
    var plan = self.plan
    _ = try plan.apply(
      Change(planID: "qj", operation), by: unitID.flatMap { roster.unit(id: $0) }, roster: roster,
      today: today)
    return plan
  }

  @Test func leadUnitSetsStatusAndAddsNotesOnItsTask() throws {
    let plan = try apply(.setStatus(task: "1.3", .doing), as: "qj-kjj")
    #expect(plan.tasks[0].status == .doing)
    let noted = try apply(.addNote(task: "1.3", text: "已启动"), as: "qj-kjj")
    #expect(noted.tasks[0].notes == [Note(date: today, author: "qj-kjj", text: "已启动")])
  }

  @Test func cooperatingUnitAddsNotesButCannotSetStatus() throws {
    _ = try apply(.addNote(task: "1.3", text: "配合完成"), as: "qj-jw")
    #expect(throws: ChangeError.notLeadUnit(unit: "区教委 (qj-jw)", task: "1.3")) {
      try apply(.setStatus(task: "1.3", .done), as: "qj-jw")
    }
  }

  @Test func otherUnitCannotTouchTheTask() {
    #expect(throws: ChangeError.notInvolved(unit: "区商务委 (qj-sww)", task: "1.3")) {
      try apply(.addNote(task: "1.3", text: "x"), as: "qj-sww")
    }
  }

  @Test func sameNameInAnotherJurisdictionHasNoRights() {
    #expect(throws: ChangeError.notLeadUnit(unit: "区科技局 (dz-kjj)", task: "1.3")) {
      try apply(.setStatus(task: "1.3", .done), as: "dz-kjj")
    }
    #expect(throws: ChangeError.notInvolved(unit: "区科技局 (dz-kjj)", task: "1.3")) {
      try apply(.addNote(task: "1.3", text: "x"), as: "dz-kjj")
    }
  }

  @Test func unitsCannotAssignNorChangeDeadlinesNorEditTasks() {
    #expect(throws: ChangeError.officeOnly(unit: "区科技局 (qj-kjj)", action: "assign units")) {
      try apply(.assign(task: "1.3", lead: ["qj-sww"], coop: nil), as: "qj-kjj")
    }
    #expect(throws: ChangeError.officeOnly(unit: "区科技局 (qj-kjj)", action: "change deadlines")) {
      try apply(.setDue(task: "1.3", Day("2030-01-01")), as: "qj-kjj")
    }
    #expect(throws: ChangeError.officeOnly(unit: "区科技局 (qj-kjj)", action: "edit tasks")) {
      try apply(.editTask(task: "1.3", TaskEdit(title: "x")), as: "qj-kjj")
    }
  }

  @Test func nobodyIsReadOnly() {
    #expect(throws: ChangeError.readOnly) {
      try apply(.addNote(task: "1.3", text: "x"), as: nil)
    }
  }

  @Test func officeChangesEverything() throws {
    let plan = try apply(.assign(task: "1.3", lead: ["qj-sww"], coop: []), as: "office")
    #expect(plan.tasks[0].lead == ["qj-sww"])
    #expect(plan.tasks[0].coop == [])
    let moved = try apply(.setDue(task: "1.3", Day("2027-06-30")), as: "office")
    #expect(moved.tasks[0].due == Day("2027-06-30"))
  }

  /// Office rights come from the roster's Role, never from an id that looks like it.
  @Test func rightsFollowTheRoleNotTheId() throws {
    let roster = Roster(units: [
      Unit(id: "office", name: "联席会议办公室", role: .unit),
      Unit(id: "qj-bgs", name: "区知识产权联席会议办公室", region: "黔江区", role: .office),
      Unit(id: "qj-kjj", name: "区科技局", region: "黔江区"),
    ])
    var plan = self.plan
    #expect(throws: ChangeError.officeOnly(unit: "联席会议办公室 (office)", action: "assign units")) {
      try plan.apply(
        Change(planID: "qj", .assign(task: "1.3", lead: [], coop: nil)),
        by: roster.unit(id: "office"), roster: roster, today: today)
    }
    #expect(Permissions.allowed(for: roster.unit(id: "office"), on: plan.tasks[0]) == [])
    #expect(!Permissions.mayManageBoard(roster.unit(id: "office")))
    _ = try plan.apply(
      Change(planID: "qj", .setDue(task: "1.3", Day("2027-06-30"))), by: roster.unit(id: "qj-bgs"),
      roster: roster, today: today)
    #expect(plan.tasks[0].due == Day("2027-06-30"))
    #expect(Permissions.mayManageBoard(roster.unit(id: "qj-bgs")))
  }

  @Test func officeCannotAssignAUnitOfAnotherJurisdiction() {
    #expect(throws: ChangeError.unitOutsideJurisdiction(unit: "区科技局 (dz-kjj)", region: "黔江区")) {
      try apply(.assign(task: "1.3", lead: ["dz-kjj"], coop: nil), as: "office")
    }
  }

  @Test func allowedActionsMarkWhatAUnitMayChange() {
    let task = plan.tasks[0]
    #expect(
      Permissions.allowed(for: roster.unit(id: "qj-kjj"), on: task) == [.status, .note, .request])
    #expect(Permissions.allowed(for: roster.unit(id: "qj-jw"), on: task) == [.note])
    #expect(Permissions.allowed(for: roster.unit(id: "dz-kjj"), on: task) == [])
    #expect(Permissions.allowed(for: roster.unit(id: "office"), on: task) == .all)
  }

  @Test func changesReportEachChangedField() throws {
    var plan = self.plan
    let changes = try plan.apply(
      Change(planID: "qj", .setStatus(task: "1.3", .blocked)), by: roster.unit(id: "qj-kjj"),
      roster: roster, today: today)
    #expect(changes == [FieldChange(taskID: "1.3", field: "status", old: "todo", new: "blocked")])
    let same = try plan.apply(
      Change(planID: "qj", .setStatus(task: "1.3", .blocked)), by: roster.unit(id: "qj-kjj"),
      roster: roster, today: today)
    #expect(same.isEmpty)
  }

  @Test func unknownTaskIsNamed() {
    #expect(throws: ChangeError.noSuchTask(plan: "qj", task: "9.9")) {
      try apply(.setStatus(task: "9.9", .done), as: "office")
    }
  }
}

/// A change that expects a field's value is made only while the field still has it.
@Suite struct ExpectedValueTests {
  @Test func aChangeExpectingAnOldValueIsRefusedAndChangesNothing() throws {
    let office = Unit(id: "office", name: "办公室", role: .office)
    let roster = Roster(units: [office])
    var plan = Plan(
      id: "p", title: "方案", tasks: [PlanTask(id: "1", title: "任务", status: .blocked)])
    let before = plan
    #expect(throws: ChangeError.changedSince(task: "1", field: "status", now: "blocked")) {
      try plan.apply(
        Change(planID: "p", .setStatus(task: "1", .todo), expecting: ["status": "doing"]),
        by: office, roster: roster, today: Day("2026-11-24")!)
    }
    #expect(plan == before)
    let made = try plan.apply(
      Change(planID: "p", .setStatus(task: "1", .todo), expecting: ["status": "blocked"]),
      by: office, roster: roster, today: Day("2026-11-24")!)
    #expect(made.map(\.new) == ["todo"])
  }
}
