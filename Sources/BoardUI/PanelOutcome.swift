/// What a key did to a picker, an editor or a form: keep it open, close it, or act on it.
enum PanelOutcome: Hashable, Sendable {
  case stay
  case cancel
  case submit
}
