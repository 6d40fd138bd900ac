import BoardCore

/// The report's account of the plan as a whole: the summary line, the plan's fields and where
/// they came from, the label roles, the units, the unassigned tasks and the skipped lines.
struct ImportSummary {
  let plan: Plan
  let facts: DocumentFacts
  let options: ImportOptions
  let catalog: UnitCatalog
  let roles: LabelRoles
  let lines: [SourceLine]
  let layout: Layout
  let front: [Paragraph]
  let outline: Outline
  let annex: [Paragraph]

  func write(to report: inout ImportReport) {
    let roster = catalog.roster
    let unassigned = plan.tasks.filter { $0.lead.isEmpty }
    let source = options.source.isEmpty ? "" : options.source + " → "
    report.add(
      .summary,
      Words(
        "board import: \(source)\(plan.id): \(plan.tasks.count) tasks (\(unassigned.count) without a lead unit), "
          + "\(plan.indicators.count) indicators, \(catalog.reused.count + catalog.newUnits.count) units "
          + "(\(catalog.newUnits.count) new)",
        "board import：\(source)\(plan.id)：\(plan.tasks.count)项任务（\(unassigned.count)项无牵头单位），"
          + "\(plan.indicators.count)项指标，\(catalog.reused.count + catalog.newUnits.count)个单位（新增\(catalog.newUnits.count)个）"
      ))
    writePlan(to: &report)
    writeLabels(to: &report)
    writeUnits(roster: roster, to: &report)
    if unassigned.isEmpty {
      return writeSkipped(to: &report)
    }
    let noLabel = unassigned.filter { task in !task.coop.isEmpty }.map(\.id)
    report.add(
      .unassigned,
      Words(
        "\(unassigned.count): " + unassigned.map(\.id).joined(separator: " ")
          + (noLabel.isEmpty
            ? " (no unit label)"
            : " (no label names a lead; cooperating units only: \(noLabel.joined(separator: " ")))"),
        "\(unassigned.count)项：" + unassigned.map(\.id).joined(separator: " ")
          + (noLabel.isEmpty ? "（没有单位标签）" : "（没有标签给出牵头单位；仅有配合单位：\(noLabel.joined(separator: " "))）")
      ))
    writeSkipped(to: &report)
  }

  private func writePlan(to report: inout ImportReport) {
    func fact(_ name: Words, _ value: String, _ found: Fact<some Sendable>?) {
      guard let found else {
        report.add(.plan, Words("\(name.en): not found", "\(name.zh)：未找到"))
        return
      }
      report.add(
        .plan, line: found.line,
        Words("\(name.en): \(value) (\(found.how.en))", "\(name.zh)：\(value)（\(found.how.zh)）"))
    }
    fact(Words("title", "标题"), plan.title, facts.title)
    if let region = options.region {
      let named = facts.region.map { " (the text names \($0.value))" } ?? ""
      let namedZh = facts.region.map { "（文中为\($0.value)）" } ?? ""
      report.add(
        .plan, Words("region: \(region) (--region)\(named)", "辖区：\(region)（--region）\(namedZh)"))
    } else if facts.region == nil {
      report.add(
        .plan,
        Words(
          "region: none: the document names no jurisdiction, so none is guessed (use --region)",
          "辖区：无：文档未写明辖区，不作推测（可用 --region 指定）"))
    } else {
      fact(Words("region", "辖区"), plan.region, facts.region)
    }
    fact(Words("issuer", "发文机关"), plan.issuer, facts.issuer)
    fact(Words("number", "文号"), plan.number, facts.number)
    fact(Words("issued", "印发日期"), plan.issued?.description ?? "", facts.issued)
    fact(Words("start", "起始日期"), plan.start?.description ?? "", facts.start)
    fact(Words("end", "截止日期"), plan.end?.description ?? "", facts.end)
    if let end = facts.end, end.how.en.contains("guess") {
      report.add(
        .guesses, line: end.line,
        Words(
          "the plan's end \(end.value) is the latest year its goals name: no period is written",
          "方案截止日期\(end.value)取自工作目标中最晚的年份：文中未写明期限"))
    }
    if facts.title?.how.en.contains("guess") == true {
      report.add(
        .guesses, line: facts.title?.line,
        Words("the title is the first short line: no heading names a plan", "标题取自首个短行：没有行写明方案名称"))
    }
  }

  private func writeLabels(to report: inout ImportReport) {
    guard !roles.uses.isEmpty else {
      report.add(.labels, Words("none found: no task names its units", "未找到单位标签：没有任务写明单位"))
      return
    }
    for use in roles.uses {
      let role = use.lead ? Words("lead units", "牵头单位") : Words("cooperating units", "配合单位")
      var why = Words("", "")
      if use.label.hasPrefix("责任") && !use.lead {
        why = Words(
          ": in this document it follows 牵头单位 in the same label", "：本文档中它与牵头单位同列，表示配合单位")
      } else if use.alone {
        why = Words(
          ": it stands without 牵头单位 here, though elsewhere in this document it follows one (a guess)",
          "：此处未与牵头单位同列，而文中其他处同列（推测）")
      }
      report.add(
        .labels,
        Words(
          "\(use.label) → \(role.en) (\(use.count) task\(use.count == 1 ? "" : "s"))\(why.en)",
          "\(use.label) → \(role.zh)（\(use.count)项）\(why.zh)"))
      if use.alone {
        report.add(
          .guesses,
          Words(
            "\(use.count) task\(use.count == 1 ? "" : "s") name only 责任单位: read as lead units",
            "\(use.count)项任务只写了责任单位：按牵头单位读取"))
      }
    }
  }

  private func writeUnits(roster: Roster, to report: inout ImportReport) {
    let place =
      plan.region.isEmpty
      ? Words("units without a jurisdiction", "无辖区的单位") : Words(plan.region, plan.region)
    if !catalog.reused.isEmpty {
      report.add(
        .units,
        Words(
          "\(catalog.reused.count) from the roster (\(place.en))",
          "\(catalog.reused.count)个取自名册（\(place.zh)）"))
    }
    for unit in catalog.newUnits {
      report.add(.units, Words("new: \(unit.id) \(unit.name)", "新增：\(unit.id) \(unit.name)"))
    }
    for unit in catalog.numbered {
      report.add(
        .guesses,
        Words(
          "unit \(unit.name) got the numbered id \(unit.id): a character of its name is not in the pinyin table",
          "单位“\(unit.name)”的编号为\(unit.id)：拼音表缺少其名称中的字"))
    }
  }

  private func writeSkipped(to report: inout ImportReport) {
    for (start, end) in ranges(layout.chrome) {
      report.add(
        .skipped, line: start, through: end, Words("page chrome and metadata", "网页框架与页面信息"))
    }
    if let first = front.first, let last = front.last {
      report.add(
        .skipped, line: first.line, through: last.line,
        Words("front matter: notice, title, preamble", "文首：印发通知、标题、前言"))
    }
    for paragraph in outline.signature {
      report.add(
        .skipped, line: paragraph.line,
        Words("signature or date: \(paragraph.text)", "落款或日期：\(paragraph.text)"))
    }
    for (paragraph, why) in outline.unplaced {
      report.add(
        .notPlaced, line: paragraph.line,
        Words(
          "\(why.en): \(Scan.excerpt(paragraph.text))", "\(why.zh)：\(Scan.excerpt(paragraph.text))")
      )
    }
    if let first = annex.first, let last = annex.last {
      report.add(
        .skipped, line: first.line, through: last.line,
        Words("annexes (their tables are read above)", "附件（其中的表格见上）"))
    }
  }

  /// Line numbers run together where only blank lines stand between them.
  private func ranges(_ numbers: [Int]) -> [(Int, Int)] {
    var result: [(Int, Int)] = []
    for number in numbers {
      if let last = result.last,
        (last.1 + 1..<number).allSatisfy({
          $0 - 1 < lines.count && lines[$0 - 1].text.trimmingWhitespace().isEmpty
        })
      {
        result[result.count - 1].1 = number
      } else {
        result.append((number, number))
      }
    }
    return result
  }
}
