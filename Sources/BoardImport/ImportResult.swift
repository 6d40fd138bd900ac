import BoardCore

/// A plan read from a document: the plan (units by id), the units the roster lacks, the
/// roster with them added, and the report.
public struct ImportResult: Sendable {
  public var plan: Plan
  /// Units new to the roster, in the order the plan first names them.
  public var newUnits: [Unit]
  /// The roster the importer was given, with `newUnits` added.
  public var roster: Roster
  public var report: ImportReport
}
