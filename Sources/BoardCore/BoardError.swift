/// An error a user can meet, from any layer (core refusals, the store, the importer, the
/// command line): its text in both languages, and its kind, which the command line turns
/// into the exit status in one place (`Program.report`).
public protocol BoardError: Error {
  /// English.
  var description: String { get }
  /// Chinese, shown by default.
  var chineseDescription: String { get }
  var kind: ErrorKind { get }
}

/// What went wrong, as a script needs to tell it apart.
public enum ErrorKind: Sendable, Hashable {
  /// The command line is wrong: an unknown option, a malformed value (exit status 2).
  case usage
  /// The data is wrong or missing: no such plan, a broken file, a failing disk (exit 2).
  case data
  /// A rule refuses the change: not the lead unit, office only, read-only (exit 3).
  case refused
}

extension ChangeError: BoardError {
  public var kind: ErrorKind {
    switch self {
    case .readOnly, .notLeadUnit, .notInvolved, .officeOnly, .unitOutsideJurisdiction,
      .notResponsibleUnit, .changedSince:
      return .refused
    case .noSuchTask, .taskExists, .unknownUnit, .emptyNote,
      .emptyTitle, .invalidTaskID, .noSuchIndicator, .invalidActual, .invalidIndicatorYear:
      return .data
    case .supervision(let refusal):
      return refusal.kind
    }
  }
}
