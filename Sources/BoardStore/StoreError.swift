import BoardCore

/// Why the store could not read or change the board. The wording is fixed here.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// Problems in board files, each `FILE:LINE: message`.
  case problems([Problem])
  case io(path: String, operation: String, message: String)
  case lockTimeout(path: String, seconds: Double, holder: String?)
  case noBoard(path: String)
  case noSuchPlan(String)
  case planExists(String)
  case unitExists(String)
  case unitNameExists(name: String, region: String, id: String)
  case invalidUnitID(String)
  case invalidUnitName(String)
  case invalidPlanID(String)
  /// The change was refused or is not valid; the core's reason.
  case refused(ChangeError)
  /// `board init` where a board is.
  case boardExists(path: String)
  case noSuchUnit(String)
  /// A unit some tasks or indicators name: `uses` says which (`plan 1.2`).
  case unitInUse(id: String, uses: [String], action: String)
  /// A hand edit that would leave the board inconsistent, with why.
  case invalidEdit(String)

  public var description: String {
    switch self {
    case .problems(let problems):
      return problems.map(\.description).joined(separator: "\n")
    case .io(let path, let operation, let message):
      return "\(path): cannot \(operation): \(message)"
    case .lockTimeout(let path, let seconds, let holder):
      let who = holder.map { " by \($0)" } ?? ""
      return "\(path): the board has been locked\(who) for more than \(Int(seconds)) s; "
        + "nothing was changed, try again (a stuck process may need to be stopped)"
    case .noBoard(let path):
      return "\(path): not a board directory (no \(RosterFile.fileName)); "
        + "start one with board init, or use --boards DIR or set BOARD_DIR"
    case .noSuchPlan(let id):
      return "no plan \"\(id)\" on this board"
    case .planExists(let id):
      return "plan \"\(id)\" already exists"
    case .unitExists(let id):
      return "unit \"\(id)\" already exists"
    case .unitNameExists(let name, let region, let id):
      let place = region.isEmpty ? "units without a Region" : region
      return "\(place) already has a unit named \"\(name)\" (\(id))"
    case .invalidUnitID(let id):
      return "unit id \"\(id)\" must be ASCII letters, digits, '-', '_' or '.'"
    case .invalidUnitName(let name):
      return "unit name \"\(name)\" is empty; a unit needs a name"
    case .invalidPlanID(let id):
      return "plan id \"\(id)\" must be ASCII letters, digits, '-', '_' or '.', "
        + "and not roster or log"
    case .refused(let error):
      return error.description
    case .boardExists(let path):
      return
        "\(path): a board already exists here (\(RosterFile.fileName) or plan files); nothing was changed"
    case .noSuchUnit(let id):
      return "no unit \"\(id)\" in the roster (see board units)"
    case .unitInUse(let id, let uses, let action):
      let shown = uses.prefix(8).joined(separator: ", ") + (uses.count > 8 ? ", …" : "")
      return
        "cannot \(action) unit \(id): \(uses.count) task\(uses.count == 1 ? "" : "s") name it (\(shown)); "
        + "assign them other units or use board unit merge"
    case .invalidEdit(let why):
      return why
    }
  }
}
