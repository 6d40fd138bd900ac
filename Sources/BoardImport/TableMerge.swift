/// A task table beside tasks in the body (Dazu's 重点任务清单, or a 任务分工表 that gives the
/// units and deadlines of the body's tasks): each row is matched to a task by its title, else
/// by its number; the table fills in what the body lacks and every disagreement is reported.
enum TableMerge {
  static func key(_ title: String) -> String {
    Scan.withoutFinalStop(title).filter { !$0.isWhitespace && !"，,。、；;：:“”\"".contains($0) }
  }

  static func merge(
    _ table: TaskTable, into drafts: inout [TaskDraft], roles: inout LabelRoles,
    report: inout ImportReport
  ) {
    var agreed = 0
    var unmatched: [TaskTable.Row] = []
    var sections: [(pair: [String], ids: [String], line: Int)] = []
    for row in table.rows {
      let rowKey = key(row.title)
      let index =
        drafts.firstIndex { key($0.title) == rowKey }
        ?? drafts.firstIndex {
          !rowKey.isEmpty && (key($0.title).hasPrefix(rowKey) || rowKey.hasPrefix(key($0.title)))
        }
        ?? drafts.firstIndex { !row.number.isEmpty && $0.id == row.number }
      guard let index else {
        unmatched.append(row)
        continue
      }
      let id = drafts[index].id
      let fills = drafts[index].lead.isEmpty && drafts[index].coop.isEmpty
      let (lead, coop) = roles.assign(row.labels, counting: fills)
      if fills {
        if !lead.isEmpty || !coop.isEmpty {
          drafts[index].lead = lead
          drafts[index].coop = coop
          drafts[index].labels.append(row.labels)
          report.add(
            .tables, line: row.line,
            Words("\(id): units from the table", "\(id)：单位取自表格"))
        }
      } else if drafts[index].lead != lead || drafts[index].coop != coop {
        report.add(
          .guesses, line: row.line,
          Words(
            "\(id): the table names other units (lead \(lead.joined(separator: "、")); cooperating \(coop.joined(separator: "、"))); the body's labels are kept",
            "\(id)：表格所列单位不同（牵头 \(lead.joined(separator: "、"))；配合 \(coop.joined(separator: "、"))），保留正文的单位标签"
          ))
      } else {
        agreed += 1
      }
      if !row.deadline.isEmpty && drafts[index].deadlineLabel == nil {
        drafts[index].labels.append(
          UnitLabels.Group(
            entries: [UnitLabels.Entry(label: "完成时限", kind: .deadline, value: row.deadline)],
            line: row.line))
      }
      let bodySection = key(drafts[index].section.replacingMarker())
      if !row.section.isEmpty, key(row.section) != bodySection, !bodySection.isEmpty {
        let pair = [row.section, drafts[index].section]
        if let known = sections.firstIndex(where: { $0.pair == pair }) {
          sections[known].ids.append(id)
        } else {
          sections.append((pair, [id], row.line))
        }
      }
    }
    for (pair, ids, line) in sections {
      let which = ids.count > 1 ? "\(ids[0])–\(ids[ids.count - 1])" : ids[0]
      report.add(
        .tables, line: line,
        Words(
          "\(which): the table's group reads \(pair[0]); the body's section \(pair[1]) is kept",
          "\(which)：表格分组为“\(pair[0])”，保留正文章节“\(pair[1])”"))
    }
    if agreed > 0 {
      report.add(
        .tables, line: table.table.line,
        Words(
          "\(agreed) of its rows name the same units as the body", "其中\(agreed)行所列单位与正文一致"))
    }
    for row in unmatched {
      report.add(
        .notPlaced, line: row.line,
        Words(
          "a row of the task table that matches no task of the body: \(Scan.excerpt(row.title))",
          "任务表中与正文任何任务都对不上的一行：\(Scan.excerpt(row.title))"))
    }
  }
}

extension String {
  /// The heading without its number: （三）推进… → 推进….
  fileprivate func replacingMarker() -> String {
    let characters = Array(self)
    guard let marker = Marker.at(characters[...]) else { return self }
    return String(characters.dropFirst(marker.length))
  }
}
