import BoardCore

/// Everything that can happen to the model: the user, the terminal, the clock, the disk.
public enum Msg: Sendable {
  case key(Key)
  case resize(Size)
  /// Time passed (a few times a second); the loop checks the disk around it.
  case tick
  /// A board file changed on disk: another session saved.
  case changedOnDisk
  /// The board as read again from disk.
  case reloaded(Board)
  /// What changed on disk, as read again file by file (`BoardReader.refresh`).
  case refreshed(BoardDelta)
  /// The board could not be read again; the message says why.
  case reloadFailed(String)
  /// A save the model asked for has been carried out, or not.
  case saveFinished(SaveOutcome)
  /// Ctrl-Z could not suspend: no shell with job control started the board (an SSH login).
  case suspendRefused
}

/// What came of a save.
public enum SaveOutcome: Hashable, Sendable {
  /// Saved: the fields the store changed, with their old and new values (as logged); empty
  /// when the change changed nothing.
  case saved(fields: [FieldChange])
  /// A rule of the core refused the change.
  case refused(ChangeError)
  /// The store could not save (a broken file, a lock held too long); its message.
  case failed(String)
}
