/// What a key asks for while browsing. The keymap binds keys to actions; `update` performs
/// them.
public enum Action: Hashable, Sendable, CaseIterable {
  case moveUp
  case moveDown
  case pageUp
  case pageDown
  case first
  case last
  case open
  case back
  case quit
  case nextView
  case previousView
  case search
  case filter
  case sort
  case help
  case setStatus
  case assignLead
  case assignCoop
  case addNote
  case setDeadline
  case addTask
  case editTask
  case removeTask
  /// The supervision cycle: a lead unit's requests, the office's decisions and chases.
  case requestDone
  case requestExtension
  case signOff
  case sendBack
  case approveExtension
  case refuseExtension
  case chase
  case undo
  case history
  case redraw
  case quitNow
  case showIDs
  case toggleMouse
  case suspend
  case indicators
}
