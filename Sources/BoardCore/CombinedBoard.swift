/// Several boards in one read-only view: a province or a city over its districts' boards,
/// each pulled with git into a directory of its own.
///
/// The first board is the one that may be changed: its plans and units keep their ids. Every
/// other board's plan ids, unit ids and jurisdictions take the board's label and a slash
/// (`dazu/dazu-patent-2025`, `dazu/qj-kjj`, `dazu/黔江区`), so units of the same name in two
/// boards are counted apart even when their ids or jurisdictions are the same, and a change
/// to such a plan is recognised and refused. Every plan's title starts with its board's
/// label in brackets, so each list says which board a plan is from.
public enum CombinedBoard {
  /// One board of the view and the label it is shown with.
  public struct Part: Sendable {
    public var label: String
    public var board: Board

    public init(label: String, board: Board) {
      self.label = label
      self.board = board
    }
  }

  public static let separator: Character = "/"

  /// The boards as one; with one board, that board as it is.
  public static func combine(_ parts: [Part]) -> Board {
    guard let first = parts.first else { return Board(roster: Roster(), plans: []) }
    guard parts.count > 1 else { return first.board }
    var units: [Unit] = []
    var plans: [Plan] = []
    for (index, part) in parts.enumerated() {
      let prefix = index == 0 ? "" : part.label + String(separator)
      for var unit in part.board.roster.units {
        unit.id = prefix + unit.id
        if index > 0 { unit.region = prefix + unit.region }
        units.append(unit)
      }
      for var plan in part.board.plans {
        plan.id = prefix + plan.id
        plan.title = "[\(part.label)] " + plan.title
        if index > 0 {
          plan.region = prefix + plan.region
          for task in plan.tasks.indices {
            plan.tasks[task].lead = plan.tasks[task].lead.map { prefix + $0 }
            plan.tasks[task].coop = plan.tasks[task].coop.map { prefix + $0 }
            for note in plan.tasks[task].notes.indices {
              plan.tasks[task].notes[note].author = prefix + plan.tasks[task].notes[note].author
            }
          }
          for indicator in plan.indicators.indices {
            plan.indicators[indicator].units = plan.indicators[indicator].units.map { prefix + $0 }
          }
        }
        plans.append(plan)
      }
    }
    return Board(settings: first.board.settings, roster: Roster(units: units), plans: plans)
  }

  /// The label of the pulled board a plan id belongs to, or nil for the first board's plans.
  public static func pulledLabel(ofPlan id: String) -> String? {
    guard let slash = id.firstIndex(of: separator) else { return nil }
    return String(id[..<slash])
  }

  /// A board directory's label: its name, or its parent's name when it is called `boards`
  /// (`/srv/dazu/boards` is `dazu`).
  public static func label(ofDirectory path: String) -> String {
    let parts = path.split(separator: "/").map(String.init).filter { $0 != "." && !$0.isEmpty }
    guard let last = parts.last else { return path }
    if last == "boards", parts.count > 1 { return parts[parts.count - 2] }
    return last
  }
}
