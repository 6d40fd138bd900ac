import BoardCore

/// The plan's own fields, read from the front matter, the metadata and the end matter:
/// title, issuer, document number, issue date, period, jurisdiction.
struct DocumentFacts: Sendable {
  var title: Fact<String>?
  var issuer: Fact<String>?
  var number: Fact<String>?
  var issued: Fact<Day>?
  var start: Fact<Day>?
  var end: Fact<Day>?
  var region: Fact<String>?

  static let planWords = [
    "实施方案", "行动方案", "工作方案", "方案", "行动计划", "计划", "实施意见", "意见", "规划", "纲要", "办法", "措施",
    "细则", "要点",
  ]

  /// - Parameters:
  ///   - lines: every line of the document.
  ///   - front: the paragraphs before the first part.
  ///   - end: the paragraphs after the last task (closing provisions, signature).
  ///   - goals: paragraphs of the parts that hold goals, for a plan that states only 到2026年.
  init(
    lines: [SourceLine], metadata: Metadata, front: [Paragraph], end: [Paragraph],
    goals: [Paragraph]
  ) {
    readTitle(lines: lines, metadata: metadata, front: front)
    readIssuer(metadata: metadata, front: front, end: end)
    readNumber(metadata: metadata, front: front)
    readIssued(metadata: metadata, front: front, end: end)
    readPeriod(metadata: metadata, end: end, goals: goals)
    readRegion(lines: lines)
  }

  private mutating func readTitle(lines: [SourceLine], metadata: Metadata, front: [Paragraph]) {
    if let value = metadata.value("标题") ?? metadata.value("名称") {
      title = Fact(value: value.text, line: value.line, how: Words("page metadata", "页面信息"))
      return
    }
    if let first = lines.first(where: { !$0.text.trimmingWhitespace().isEmpty }) {
      let text = first.text.trimmingWhitespace()
      for suffix in [".docx", ".doc", ".pdf", ".wps", ".txt", ".html", ".htm"]
      where text.lowercased().hasSuffix(suffix) {
        title = Fact(
          value: String(text.dropLast(suffix.count)), line: first.number,
          how: Words("file name", "文件名"))
        return
      }
    }
    for (index, paragraph) in front.enumerated().reversed()
    where DocumentFacts.isTitle(paragraph.text) {
      var text = paragraph.text
      if index + 1 < front.count, Period.isBracketedPeriod(front[index + 1].text) {
        text += front[index + 1].text
      }
      title = Fact(value: text, line: paragraph.line, how: Words("heading", "标题行"))
      return
    }
    for paragraph in front {
      if let inner = DocumentFacts.noticeTitle(paragraph.text) {
        title = Fact(value: inner, line: paragraph.line, how: Words("notice", "印发通知"))
        return
      }
    }
    // A one-line dump: the title runs into the preamble (…方案（2024—2025年）为加快…).
    if let first = front.first, let leading = DocumentFacts.leadingTitle(first.text) {
      title = Fact(
        value: leading, line: first.line,
        how: Words("start of the first line, a guess", "首行开头，推测"))
      return
    }
    if let first = front.first(where: { $0.text.count <= 60 }) {
      title = Fact(
        value: first.text, line: first.line, how: Words("first short line, a guess", "首个短行，推测"))
    }
  }

  /// A line that names a plan: ends with 方案, 计划, 意见 … (a period in brackets may follow).
  static func isTitle(_ text: String) -> Bool {
    guard text.count <= 80, !text.contains("。"), !text.hasPrefix("关于印发"), !text.hasSuffix("通知"),
      !text.contains("印发")
    else { return false }
    let bare = Period.withoutBracketedPeriod(text)
    return planWords.contains { bare.hasSuffix($0) }
  }

  /// The start of a line up to the first word that names a plan, and a period in brackets
  /// right after it.
  static func leadingTitle(_ text: String) -> String? {
    let characters = Array(text)
    guard characters.count >= 4 else { return nil }
    for end in 4...min(60, characters.count) {
      let prefix = String(characters[..<end])
      guard planWords.contains(where: { prefix.hasSuffix($0) }) else { continue }
      guard !prefix.contains("。"), !prefix.contains("印发") else { return nil }
      var title = prefix
      if end < characters.count, "（(".contains(characters[end]),
        let close = characters[end...].firstIndex(where: { "）)".contains($0) }),
        Period.isBracketedPeriod(String(characters[end...close]))
      {
        title = String(characters[...close])
      }
      return title
    }
    return nil
  }

  /// X in 关于印发《X》的通知.
  static func noticeTitle(_ text: String) -> String? {
    guard text.contains("印发"), let open = text.firstIndex(of: "《"),
      let close = text[open...].firstIndex(of: "》")
    else { return nil }
    return String(text[text.index(after: open)..<close])
  }

  private mutating func readIssuer(metadata: Metadata, front: [Paragraph], end: [Paragraph]) {
    if let value = metadata.value("发布机构") ?? metadata.value("发文机关") {
      issuer = Fact(value: value.text, line: value.line, how: Words("page metadata", "页面信息"))
      return
    }
    // The signature above the date of the notice, else the first office line.
    let offices = front.enumerated().filter { Issuer.isOfficeLine($0.element.text) }
    if let dated = offices.first(where: { index, _ in
      index + 1 < front.count && DocumentDate.standalone(front[index + 1].text) != nil
    }) ?? offices.first {
      issuer = Fact(
        value: dated.element.text, line: dated.element.line, how: Words("signature", "落款"))
      return
    }
    for paragraph in front {
      if let office = Issuer.beforeAbout(paragraph.text) {
        issuer = Fact(value: office, line: paragraph.line, how: Words("notice", "印发通知"))
        return
      }
    }
    if let office = end.first(where: { Issuer.isOfficeLine($0.text) }) {
      issuer = Fact(value: office.text, line: office.line, how: Words("signature", "落款"))
    }
  }

  private mutating func readNumber(metadata: Metadata, front: [Paragraph]) {
    if let value = metadata.value("文号") ?? metadata.value("发文字号") {
      number = Fact(value: value.text, line: value.line, how: Words("page metadata", "页面信息"))
      return
    }
    for paragraph in front {
      if let found = Issuer.number(atStartOf: paragraph.text) {
        number = Fact(value: found, line: paragraph.line, how: Words("header", "版头"))
        return
      }
    }
  }

  private mutating func readIssued(metadata: Metadata, front: [Paragraph], end: [Paragraph]) {
    if let dated = front.first(where: { DocumentDate.standalone($0.text) != nil }),
      let day = DocumentDate.standalone(dated.text)
    {
      issued = Fact(value: day, line: dated.line, how: Words("date of the notice", "印发日期"))
      return
    }
    for key in ["成文日期", "发文日期", "印发日期", "公开日期", "发布日期", "发布时间"] {
      if let value = metadata.value(key), let day = DocumentDate.parse(value.text) {
        issued = Fact(
          value: day, line: value.line, how: Words("page metadata \(key)", "页面信息“\(key)”"))
        return
      }
    }
    if let dated = end.first(where: { DocumentDate.standalone($0.text) != nil }),
      let day = DocumentDate.standalone(dated.text)
    {
      issued = Fact(value: day, line: dated.line, how: Words("date under the signature", "落款日期"))
    }
  }

  private mutating func readPeriod(metadata: Metadata, end: [Paragraph], goals: [Paragraph]) {
    if let title, let (first, last) = Period.years(in: title.value) {
      start = Day(year: first, month: 1, day: 1).map {
        Fact(value: $0, line: title.line, how: Words("period in the title", "标题中的期限"))
      }
      self.end = Day.endOfYear(last).map {
        Fact(value: $0, line: title.line, how: Words("period in the title", "标题中的期限"))
      }
      return
    }
    for key in ["生效时间", "生效日期", "施行日期"] {
      if let value = metadata.value(key), let day = DocumentDate.parse(value.text) {
        start = Fact(
          value: day, line: value.line, how: Words("page metadata \(key)", "页面信息“\(key)”"))
        break
      }
    }
    for key in ["终止时间", "失效时间", "废止日期"] {
      if let value = metadata.value(key), let day = DocumentDate.parse(value.text) {
        self.end = Fact(
          value: day, line: value.line, how: Words("page metadata \(key)", "页面信息“\(key)”"))
        break
      }
    }
    if self.end == nil {
      for paragraph in end {
        if let day = Period.validUntil(paragraph.text) {
          self.end = Fact(value: day, line: paragraph.line, how: Words("有效期至", "有效期至"))
          break
        }
      }
    }
    if self.end == nil {
      var latest: (Day, Int)?
      for paragraph in goals {
        for found in Deadlines.inText(paragraph.text) where latest.map({ found.day > $0.0 }) ?? true
        {
          latest = (found.day, paragraph.line)
        }
      }
      if let (day, line) = latest {
        self.end = Fact(
          value: day, line: line,
          how: Words("the latest year its goals name, a guess", "工作目标中最晚的年份，推测"))
      }
    }
  }

  private mutating func readRegion(lines: [SourceLine]) {
    if let title, let place = Jurisdiction.innermost(title.value) {
      region = Fact(value: place, line: title.line, how: Words("title", "标题"))
      return
    }
    if let issuer, let place = Jurisdiction.innermost(issuer.value) {
      region = Fact(value: place, line: issuer.line, how: Words("issuer", "发文机关"))
      return
    }
    let level = [title?.value, issuer?.value].compactMap { $0 }.lazy.compactMap(
      Jurisdiction.unnamedLevel
    ).first
    if let number,
      let (place, line) = Jurisdiction.fromNumber(number.value, level: level, in: lines)
    {
      region = Fact(
        value: place, line: line,
        how: Words(
          "named in the text and abbreviated in the number \(number.value)",
          "正文所写，与文号“\(number.value)”相符"))
      return
    }
    if let level, let (place, line) = Jurisdiction.fromGovernment(level: level, in: lines) {
      region = Fact(
        value: place, line: line, how: Words("\(place)人民政府 named in the text", "正文所写“\(place)人民政府”")
      )
    }
  }
}
