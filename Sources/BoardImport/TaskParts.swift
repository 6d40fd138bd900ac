/// The tasks of the body: the items of every part that holds tasks, with their ids and
/// sections, and what the parts are, for the report.
struct TaskParts {
  private(set) var drafts: [TaskDraft] = []
  /// Paragraphs of the parts that hold goals (工作目标, 发展目标), where a plan without a
  /// period may state its end year.
  private(set) var goals: [Paragraph] = []

  init(outline: Outline, report: inout ImportReport) {
    // Parts whose numbers repeat those of another part of their kind (key tasks, safeguard
    // measures): every such part's ids start with its own number, the first one's too.
    let restarting = TaskParts.restartingParts(outline)
    for part in outline.parts {
      let (kind, keyword) = PartKind.of(heading: part.headingText)
      let shown =
        keyword.map { (part.marker?.written ?? "") + $0 } ?? Scan.excerpt(part.heading, limit: 24)
      switch kind {
      case .noTasks:
        goals += part.allParagraphs
        report.add(
          .parts, line: part.line, through: part.lastLine,
          Words(
            "\(shown): no tasks (\(keyword ?? "")), skipped", "\(shown)：不含任务（\(keyword ?? "")），略过"))
        continue
      case .keyTasks, .safeguards, .unknown:
        break
      }
      var drafts = TaskParts.read(part, safeguards: kind == .safeguards, report: &report)
      if kind == .unknown {
        guard drafts.contains(where: { !$0.labels.isEmpty }) else {
          report.add(
            .notPlaced, line: part.line, through: part.lastLine,
            Words(
              "\(shown): a part the importer does not know, without unit labels: skipped",
              "\(shown)：无法识别的部分，且没有单位标签：略过"))
          continue
        }
        report.add(
          .guesses, line: part.line,
          Words(
            "\(shown): not a known task part, read as key tasks because its items carry unit labels",
            "\(shown)：不是已知的任务部分，因条目带有单位标签，按重点任务读取"))
      }
      // Ids unique across parts: parts numbered from 1 again get their own number first.
      if restarting.contains(ObjectIdentifier(part)) {
        let prefix = String(part.number)
        for index in drafts.indices {
          drafts[index].id = TaskParts.prefixed(drafts[index].id, prefix)
        }
        report.add(
          .guesses, line: part.line,
          Words(
            "\(shown): its numbers repeat those of another part; ids start with \(prefix).",
            "\(shown)：编号与其他部分重复，编号前加“\(prefix).”"))
      }
      let what =
        kind == .safeguards ? Words("safeguard measures", "保障措施") : Words("key tasks", "重点任务")
      let ids = drafts.map(\.id)
      let range = ids.count > 1 ? "\(ids[0])–\(ids[ids.count - 1])" : (ids.first ?? "")
      report.add(
        .parts, line: part.line, through: part.lastLine,
        Words(
          "\(shown): \(what.en) \(range) (\(ids.count))",
          "\(shown)：\(what.zh) \(range)（\(ids.count)项）"))
      self.drafts += drafts
    }
  }

  /// The task parts whose ids (as each part alone numbers them) repeat those of another
  /// part of the same kind.
  private static func restartingParts(_ outline: Outline) -> Set<ObjectIdentifier> {
    var silent = ImportReport()
    var seen: [Bool: [String: ObjectIdentifier]] = [:]
    var restarting: Set<ObjectIdentifier> = []
    for part in outline.parts {
      let (kind, _) = PartKind.of(heading: part.headingText)
      guard kind != .noTasks else { continue }
      let drafts = read(part, safeguards: kind == .safeguards, report: &silent)
      if kind == .unknown && !drafts.contains(where: { !$0.labels.isEmpty }) { continue }
      let safeguards = kind == .safeguards
      for draft in drafts {
        if let other = seen[safeguards]?[draft.id], other != ObjectIdentifier(part) {
          restarting.formUnion([other, ObjectIdentifier(part)])
        } else {
          seen[safeguards, default: [:]][draft.id] = ObjectIdentifier(part)
        }
      }
    }
    return restarting
  }

  private static func prefixed(_ id: String, _ prefix: String) -> String {
    id.hasPrefix("S") ? "S" + prefix + "." + id.dropFirst() : prefix + "." + id
  }

  /// The items of one part.
  static func read(_ part: OutlineNode, safeguards: Bool, report: inout ImportReport) -> [TaskDraft]
  {
    // A part heading with nothing under it (its tasks are in a table) has no items.
    // Nor one with only a table's caption under it (重点任务清单).
    if part.isLeaf && part.paragraphs.first?.isHeadingLike != false
      && part.paragraphs.dropFirst().allSatisfy({
        $0.text.count <= 30 && !$0.text.contains(where: Scan.sentenceEnds.contains)
      })
    {
      return []
    }
    // A key-task part whose heading has only prose under it, no numbered item, introduces its
    // tasks (重点任务共10项，详见附件): they are in a table.
    if part.isLeaf, part.paragraphs.first?.isHeadingLike == true,
      PartKind.of(heading: part.headingText).0 == .keyTasks
    {
      for paragraph in part.paragraphs.dropFirst() {
        report.add(
          .notPlaced, line: paragraph.line,
          Words(
            "under \(Scan.excerpt(part.heading, limit: 20)), which numbers no items: \(Scan.excerpt(paragraph.text))",
            "“\(Scan.excerpt(part.heading, limit: 20))”下无编号条目：\(Scan.excerpt(paragraph.text))"))
      }
      return []
    }
    let leaves = part.leaves
    // Text under a heading that is not an item belongs to no task.
    var headings: [OutlineNode] = []
    func collect(_ node: OutlineNode) {
      guard !node.isLeaf else { return }
      headings.append(node)
      node.children.forEach(collect)
    }
    collect(part)
    for heading in headings {
      let first = heading.paragraphs.first?.body ?? ""
      if let stop = first.firstIndex(where: Scan.sentenceEnds.contains),
        !first[first.index(after: stop)...].trimmingWhitespace().isEmpty, heading !== part
      {
        report.add(
          .notPlaced, line: heading.line,
          Words(
            "text after the heading \(Scan.excerpt(heading.heading, limit: 20)): \(Scan.excerpt(String(first[first.index(after: stop)...])))",
            "标题“\(Scan.excerpt(heading.heading, limit: 20))”后的文字：\(Scan.excerpt(String(first[first.index(after: stop)...])))"
          ))
      }
      for paragraph in heading.paragraphs.dropFirst() {
        // Label lines give the heading's items their units (headingLabels).
        let (rest, groups) = UnitLabels.extract(from: paragraph.text, line: paragraph.line)
        if rest.isEmpty && !groups.isEmpty { continue }
        report.add(
          .notPlaced, line: paragraph.line,
          Words(
            "under \(Scan.excerpt(heading.heading, limit: 20)), before its first item: \(Scan.excerpt(paragraph.text))",
            "“\(Scan.excerpt(heading.heading, limit: 20))”下、第一项之前：\(Scan.excerpt(paragraph.text))"))
      }
    }
    // The path of numbers from the part down to each item; an id takes as few of the last
    // numbers as make every id of the part unique (1.1 where numbering restarts, 12 where it
    // runs through).
    let paths: [[OutlineNode]] = leaves.map { leaf in
      var path: [OutlineNode] = []
      var node: OutlineNode? = leaf
      while let current = node, current !== part {
        path.insert(current, at: 0)
        node = current.parent
      }
      return path.isEmpty ? [part] : path
    }
    let longest = paths.map(\.count).max() ?? 1
    var depth = 1
    func ids(_ depth: Int) -> [String] {
      paths.map { $0.suffix(depth).map { String($0.number) }.joined(separator: ".") }
    }
    while depth < longest, Set(ids(depth)).count < leaves.count { depth += 1 }
    let numbers = ids(depth)
    var drafts: [TaskDraft] = []
    for (index, leaf) in leaves.enumerated() {
      let id = (safeguards ? "S" : "") + numbers[index]
      let parent = leaf.parent
      let section = TaskParts.withoutLabels(
        (parent == nil || parent === part || leaf === part) ? part.heading : (parent?.heading ?? "")
      )
      for node in paths[index] where node.marker != nil && node.marker?.number == nil {
        report.add(
          .guesses, line: node.line,
          Words(
            "\(id): the item has no number (written \(node.marker?.written ?? "")); read as number \(node.position), its place in the list",
            "\(id)：条目缺少编号（写作“\(node.marker?.written ?? "")”），按其位置读作第\(node.position)项"))
      }
      var draft = TaskDraft(leaf: leaf, id: id, section: section, isSafeguard: safeguards)
      if draft.unitLabels == nil, leaf !== part, let labels = headingLabels(above: leaf, in: part) {
        draft.labels += labels
        report.add(
          .labels, line: labels[0].line,
          Words(
            "\(id): the units of the heading it stands under",
            "\(id)：沿用所在标题的单位"))
      }
      drafts.append(draft)
    }
    return drafts
  }

  /// The unit labels of the nearest heading above an item that has some:
  /// `（一）加强陶瓷知识产权创造（牵头单位：市市场监管局；配合单位：…）` over items without labels.
  private static func headingLabels(above leaf: OutlineNode, in part: OutlineNode)
    -> [UnitLabels.Group]?
  {
    var node = leaf.parent
    while let current = node {
      // The heading's own line, or label lines under it before its first item
      // (`牵头单位：市市场监管局  配合单位：…`).
      var groups: [UnitLabels.Group] = []
      for (index, paragraph) in current.paragraphs.enumerated() {
        let (rest, found) = UnitLabels.extract(from: paragraph.text, line: paragraph.line)
        guard index == 0 || rest.isEmpty else { continue }
        groups += found
      }
      if groups.contains(where: { $0.entries.contains { $0.kind != .deadline } }) {
        return groups
      }
      if current === part { break }
      node = current.parent
    }
    return nil
  }

  /// A heading as a section name: without the unit labels it carries.
  private static func withoutLabels(_ heading: String) -> String {
    let (rest, groups) = UnitLabels.extract(from: heading, line: 0)
    return groups.contains(where: { $0.entries.contains { $0.kind != .deadline } })
      ? Scan.withoutFinalStop(rest) : heading
  }
}
