import BoardCore

#if canImport(Glibc)
  import Glibc
#endif

/// Why the store could not read or change the board. The wording is fixed here.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// Problems in board files, each `FILE:LINE: message`.
  case problems([Problem])
  case io(path: String, operation: String, message: String)
  /// A board file that is a symbolic link, a FIFO, a directory or a device: the board reads
  /// and writes regular files only.
  case notRegularFile(path: String, kind: String)
  /// The audit log does not end with a whole record (it was cut short, or edited by hand):
  /// nothing is appended to it until it is fixed.
  case logNotWhole(path: String, line: Int)
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
  case invalidEdit(Localized)

  public var description: String {
    switch self {
    case .problems(let problems):
      return problems.map(\.description).joined(separator: "\n")
    case .io(let path, let operation, let message):
      return message.isEmpty
        ? "\(path): cannot \(operation)" : "\(path): cannot \(operation): \(message)"
    case .notRegularFile(let path, let kind):
      return "\(path): is \(kind), not a regular file; the board reads and writes only "
        + "regular files in its directory"
    case .logNotWhole(let path, let line):
      return "\(path):\(line): the log does not end with a whole record (expected a line "
        + "break at the end); nothing was changed; fix the last record, then try again"
    case .lockTimeout(let path, let seconds, let holder):
      let who = holder.map { " by \($0)" } ?? ""
      return "\(path): the board has been locked\(who) for more than \(Int(seconds)) s; "
        + "nothing was changed; try again later"
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
      return why.en
    }
  }
}

/// Something that went wrong after a change was saved (a later fsync, say): the change is
/// in its file and in the log, so the command succeeds and says this beside it.
public struct StoreWarning: Sendable, CustomStringConvertible {
  public var path: String
  public var operation: String
  public var message: String
  /// The change is in the log but not yet in its file: the next save puts it there.
  public var pending: Bool

  public var description: String {
    let what =
      pending
      ? "the change is saved in the log, and the next change to the board puts it in its file"
      : "the change is saved"
    return "\(path): cannot \(operation): \(message); \(what)"
  }

  /// What a command does with a warning unless told otherwise: one line on stderr.
  public static let standardError: @Sendable (StoreWarning) -> Void = { warning in
    let bytes = Array(("board: warning: \(warning)\n").utf8)
    bytes.withUnsafeBytes { raw in
      _ = raw.baseAddress.map { Glibc.write(2, $0, raw.count) }
    }
  }
}
