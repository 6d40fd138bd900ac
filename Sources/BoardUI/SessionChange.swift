import BoardCore

/// One change this session saved, with the fields it changed as the store reported them
/// (old and new values, the same as the audit log's), so that `u` can put the old values
/// back and `U` can list what the session did.
struct SessionChange: Hashable, Sendable {
  var change: Change
  /// What the store's save changed; empty until it has been saved.
  var fields: [FieldChange] = []
  /// The task as it was before a removal, for an undo that adds it back.
  var removedTask: PlanTask?
  /// The history entry this change undoes, when it is an undo.
  var undoes: Int?
  /// Whether a later undo took this change back.
  var isUndone = false
}
