/// Breaks text into lines of at most a given display width, at character boundaries (Chinese
/// has no spaces to break at), keeping the text's own line breaks.
enum TextWrap {
  static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var used = 0
      for character in VisibleText.line(paragraph) {
        let columns = DisplayWidth.of(character)
        if used + columns > width && !line.isEmpty {
          result.append(line)
          line = ""
          used = 0
        }
        line.append(character)
        used += columns
      }
      result.append(line)
    }
    return result
  }
}
