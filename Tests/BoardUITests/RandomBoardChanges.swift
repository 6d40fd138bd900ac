import BoardCore
import BoardTestSupport

/// Seeded random changes to a board in memory, as other sessions would make them: statuses,
/// deadlines, units, notes, texts, tasks added and removed; now and then a plan file removed
/// or put back, or the roster given a new unit.
struct RandomBoardChanges {
  var random: SeededGenerator
  let today: Day
  /// Plans taken off the board, to put back later.
  private var removed: [Plan] = []
  private var added = 0

  init(seed: UInt64, today: Day) {
    random = SeededGenerator(seed: seed)
    self.today = today
  }

  /// Changes `board` and says what changed, as `BoardReader.refresh` would.
  mutating func change(_ board: inout Board) -> BoardDelta {
    var delta = BoardDelta()
    let roll = Int.random(in: 0..<100, using: &random)
    if roll < 2 && board.plans.count > 1 {
      let index = Int.random(in: 0..<board.plans.count, using: &random)
      removed.append(board.plans.remove(at: index))
      delta.removed = [removed.last!.id]
      return delta
    }
    if roll < 4, let plan = removed.popLast() {
      delta.plans = [plan]
      board.apply(delta)
      return delta
    }
    if roll < 5 {
      added += 1
      var roster = board.roster
      let region = random.pick(board.plans).region
      roster.add(Unit(id: "new-\(added)", name: "新设单位\(added)", region: region))
      board.roster = roster
      delta.roster = roster
      return delta
    }
    let planCount = random.chance(80) ? 1 : 2
    for _ in 0..<planCount {
      let index = Int.random(in: 0..<board.plans.count, using: &random)
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        change(&board.plans[index], roster: board.roster)
      }
      delta.plans.removeAll { $0.id == board.plans[index].id }
      delta.plans.append(board.plans[index])
    }
    return delta
  }

  private mutating func change(_ plan: inout Plan, roster: Roster) {
    let units = roster.units(in: plan.region).map(\.id) + ["office"]
    guard !plan.tasks.isEmpty else {
      plan.tasks.append(PlanTask(id: "n0", title: "新任务"))
      return
    }
    let index = Int.random(in: 0..<plan.tasks.count, using: &random)
    switch Int.random(in: 0..<8, using: &random) {
    case 0:
      plan.tasks[index].status = random.pick(Status.allCases)
    case 1:
      plan.tasks[index].due =
        random.chance(15) ? nil : today.adding(days: Int.random(in: -60...60, using: &random))
    case 2:
      plan.tasks[index].lead = (0..<Int.random(in: 0...2, using: &random)).map { _ in
        random.pick(units)
      }
    case 3:
      plan.tasks[index].coop = (0..<Int.random(in: 0...3, using: &random)).map { _ in
        random.pick(units)
      }
    case 4:
      let author = random.pick(units)
      let date = today.adding(days: -Int.random(in: 0...90, using: &random))
      plan.tasks[index].notes.append(Note(date: date, author: author, text: "进展"))
    case 5:
      plan.tasks[index].title = random.pick(["专利导航", "商标品牌", "知识产权保护", "人才培养"])
      plan.tasks[index].text = random.chance(50) ? "推进专利转化" : "加强宣传"
    case 6:
      added += 1
      let task = PlanTask(
        id: "r\(added)", title: random.pick(["专利新任务", "新任务"]),
        lead: random.chance(70) ? [random.pick(units)] : [],
        due: today.adding(days: Int.random(in: -30...90, using: &random)),
        status: random.pick(Status.allCases))
      plan.tasks.insert(task, at: Int.random(in: 0...plan.tasks.count, using: &random))
    default:
      plan.tasks.remove(at: index)
    }
  }
}
