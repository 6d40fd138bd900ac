import BoardUI
import CNcursesw

/// Maps the UI's semantic styles to curses attributes: a colour pair per kind when the
/// terminal has colours (and `NO_COLOR` is not set), else bold, underline, reverse and dim,
/// so states stay apart on any terminal (the row markers ! ~ ? say them in text as well).
struct StylePalette {
  let usesColor: Bool

  /// Sets up the colour pairs; call after `start_color`.
  init(usesColor: Bool) {
    self.usesColor = usesColor
    guard usesColor else { return }
    for kind in Style.Kind.allCases {
      let (foreground, background) = StylePalette.colors(kind)
      init_pair(StylePalette.pair(kind), foreground, background)
    }
  }

  static func pair(_ kind: Style.Kind) -> Int16 { Int16(kind.rawValue) + 1 }

  func attributes(_ style: Style) -> (attr_t, Int16) {
    var attributes =
      usesColor ? StylePalette.colorAttributes(style.kind) : StylePalette.plain(style.kind)
    if style.isCursor { attributes ^= board_a_reverse() }
    if style.isReadOnly { attributes |= board_a_dim() }
    return (attributes, usesColor ? StylePalette.pair(style.kind) : 0)
  }

  /// Foreground and background per kind; -1 is the terminal's own colour.
  private static func colors(_ kind: Style.Kind) -> (Int16, Int16) {
    let none: Int16 = -1
    switch kind {
    case .normal, .location, .muted: return (none, none)
    case .title, .tab, .panelTitle: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
    case .activeTab: return (Int16(COLOR_BLUE), Int16(COLOR_WHITE))
    case .header: return (Int16(COLOR_CYAN), none)
    case .overdue: return (Int16(COLOR_RED), none)
    case .dueSoon: return (Int16(COLOR_YELLOW), none)
    case .unassigned: return (Int16(COLOR_MAGENTA), none)
    case .done: return (Int16(COLOR_GREEN), none)
    case .blocked: return (Int16(COLOR_YELLOW), none)
    case .statusLine, .panel: return (Int16(COLOR_BLACK), Int16(COLOR_WHITE))
    case .message: return (Int16(COLOR_BLUE), Int16(COLOR_WHITE))
    case .error: return (Int16(COLOR_WHITE), Int16(COLOR_RED))
    case .input: return (Int16(COLOR_WHITE), Int16(COLOR_BLACK))
    }
  }

  private static func colorAttributes(_ kind: Style.Kind) -> attr_t {
    switch kind {
    case .title, .activeTab, .header, .location, .overdue, .message, .error, .panelTitle:
      return board_a_bold()
    case .muted: return board_a_dim()
    default: return board_a_normal()
    }
  }

  /// Without colour: attributes alone.
  private static func plain(_ kind: Style.Kind) -> attr_t {
    switch kind {
    case .normal, .input: return board_a_normal()
    case .title, .tab, .statusLine, .panel: return board_a_reverse()
    case .activeTab, .location, .overdue, .unassigned, .panelTitle, .error: return board_a_bold()
    case .header: return board_a_bold() | board_a_underline()
    case .dueSoon, .blocked: return board_a_underline()
    case .done, .muted: return board_a_dim()
    case .message: return board_a_reverse() | board_a_bold()
    }
  }
}
