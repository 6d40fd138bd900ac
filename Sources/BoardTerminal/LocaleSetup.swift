import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

/// The locale the terminal is drawn in. ncursesw needs a UTF-8 locale to draw and read
/// Chinese; over SSH the client often sends none, leaving `C` or `POSIX`.
public enum LocaleSetup: Hashable, Sendable {
  /// The user's own locale is UTF-8.
  case userLocale
  /// The user's locale was not UTF-8; this UTF-8 locale is used instead.
  case fellBack(String)
  /// No UTF-8 locale could be set; the codeset in use.
  case notUTF8(String)

  /// Sets the locale from the environment, falling back to a UTF-8 one when needed. Must
  /// run before ncurses starts.
  static func apply() -> LocaleSetup {
    setlocale(LC_ALL, "")
    if codeset == "UTF-8" { return .userLocale }
    for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
      if codeset == "UTF-8" { return .fellBack(name) }
    }
    setlocale(LC_ALL, "")
    return .notUTF8(codeset)
  }

  private static var codeset: String {
    guard let name = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: name)
  }
}
