/// A key the user pressed, as the UI sees it.
///
/// The terminal layer turns its own key codes into these, so no terminal type reaches the
/// model and every screen can be driven by a script of keys in tests.
public enum Key: Hashable, Sendable {
  /// Printable text: a letter, a digit, or a Chinese character committed by an input method.
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  /// Control with a letter: `.control("c")` is Ctrl-C.
  case control(Character)
  /// A mouse click at a screen position, 0-based from the top left.
  case click(row: Int, column: Int)
  case wheelUp, wheelDown
  /// Text the terminal delivered as one bracketed paste, line breaks included: it goes into
  /// the field being edited and is never read as keys.
  case paste(String)
}
