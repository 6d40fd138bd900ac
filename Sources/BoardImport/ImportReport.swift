/// What an import found and what it was unsure of: every line it could not place, every task
/// without units, every guess, and the role it gave each unit label. Nothing is left out
/// silently: lines it skipped on purpose are listed too, as ranges.
public struct ImportReport: Hashable, Sendable {
  public enum Section: String, CaseIterable, Hashable, Sendable {
    case summary
    case plan
    case parts
    case labels
    case tables
    case units
    case deadlines
    case unassigned
    case guesses
    case notPlaced
    case skipped

    var title: Words {
      switch self {
      case .summary: return Words("", "")
      case .plan: return Words("plan", "方案")
      case .parts: return Words("parts", "文档结构")
      case .labels: return Words("unit labels", "单位标签")
      case .tables: return Words("tables", "表格")
      case .units: return Words("units", "单位")
      case .deadlines: return Words("deadlines", "期限")
      case .unassigned: return Words("tasks without units", "未分配单位的任务")
      case .guesses: return Words("guesses (check these)", "推测（请核对）")
      case .notPlaced: return Words("lines not placed", "未能归入的行")
      case .skipped: return Words("skipped on purpose", "按规则略过")
      }
    }
  }

  /// One line of the report.
  public struct Entry: Hashable, Sendable {
    public var section: Section
    /// The document line it is about, if one.
    public var line: Int?
    /// The last line of a range, if the entry covers several lines.
    public var lastLine: Int?
    public var english: String
    public var chinese: String
  }

  public private(set) var entries: [Entry] = []

  public init() {}

  mutating func add(
    _ section: Section, line: Int? = nil, through lastLine: Int? = nil, _ words: Words
  ) {
    entries.append(
      Entry(
        section: section, line: line, lastLine: lastLine == line ? nil : lastLine,
        english: words.en, chinese: words.zh))
  }

  public func entries(in section: Section) -> [Entry] {
    entries.filter { $0.section == section }
  }

  /// The report as people read it: the summary line, then each section that has entries.
  public func text(chinese: Bool) -> String {
    var lines: [String] = []
    for section in Section.allCases {
      let items = entries(in: section)
      guard !items.isEmpty else { continue }
      if section == .summary {
        lines += items.map { chinese ? $0.chinese : $0.english }
        continue
      }
      lines.append((chinese ? section.title.zh : section.title.en) + (chinese ? "：" : ":"))
      for item in items {
        lines.append(
          "  " + ImportReport.place(item, chinese: chinese)
            + (chinese ? item.chinese : item.english))
      }
    }
    return lines.joined(separator: "\n")
  }

  static func place(_ entry: Entry, chinese: Bool) -> String {
    guard let line = entry.line else { return "" }
    if let last = entry.lastLine {
      return chinese ? "第\(line)–\(last)行：" : "lines \(line)–\(last): "
    }
    return chinese ? "第\(line)行：" : "line \(line): "
  }
}
