import BoardCore

/// A side effect the model asks for. The loop carries it out and feeds the outcome back as a
/// `Msg`, so the model itself stays a pure value.
public enum Effect: Hashable, Sendable {
  /// Apply a change through the store as the acting unit; answered by `.saveFinished`.
  case save(Change)
  /// Read the board again; answered by `.reloaded` or `.reloadFailed`.
  case reload
  /// Repaint the whole terminal (Ctrl-L), in case something else wrote on it.
  case redraw
  /// Turn mouse reporting on or off (`M`): off, the terminal selects and copies text.
  case mouse(Bool)
  /// Give the terminal back and stop, as a shell's job control expects (Ctrl-Z); answered by
  /// `.suspendRefused` where nothing could continue the board.
  case suspend
  case quit
}
