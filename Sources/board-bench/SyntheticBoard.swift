import BoardCore

/// A board of any size that looks like the shipped ones: plans of several jurisdictions, each
/// naming only its own jurisdiction's units, with Chinese titles and texts, a mix of statuses,
/// deadlines on both sides of today, unassigned tasks and progress notes.
///
/// Everything follows from the seed, the sizes and `today`, so runs compare.
struct SyntheticBoard {
  var roster: Roster
  var plans: [Plan]

  static let boardName = "知识产权工作任务看板（基准测试）"

  /// A jurisdiction: its name, the prefix its departments use (区, 市) and an ASCII code for
  /// unit ids.
  struct Jurisdiction {
    var name: String
    var prefix: String
    var code: String
    var issuer: String
  }

  static let jurisdictions = [
    Jurisdiction(name: "黔江区", prefix: "区", code: "qj", issuer: "重庆市黔江区人民政府办公室"),
    Jurisdiction(name: "大足区", prefix: "区", code: "dz", issuer: "重庆市大足区人民政府办公室"),
    Jurisdiction(name: "泸州市", prefix: "市", code: "lz", issuer: "泸州市人民政府办公室"),
    Jurisdiction(name: "襄州区", prefix: "区", code: "xz", issuer: "襄阳市襄州区人民政府办公室"),
    Jurisdiction(name: "江北区", prefix: "区", code: "jb", issuer: "重庆市江北区人民政府办公室"),
    Jurisdiction(name: "永川区", prefix: "区", code: "yc", issuer: "重庆市永川区人民政府办公室"),
    Jurisdiction(name: "宜宾市", prefix: "市", code: "yb", issuer: "宜宾市人民政府办公室"),
    Jurisdiction(name: "绵阳市", prefix: "市", code: "my", issuer: "绵阳市人民政府办公室"),
  ]

  /// Departments every jurisdiction has, without the 区 / 市 prefix.
  static let departments = [
    "发展改革委", "经济信息委", "科技局", "市场监管局", "教委", "商务委", "国资委", "金融办", "司法局",
    "财政局", "人力社保局", "农业农村委", "文化旅游委", "卫生健康委", "公安局", "规划自然资源局",
    "生态环境局", "住房城乡建委", "交通局", "统计局", "大数据发展局", "林业局", "水利局", "应急局",
    "城市管理局",
  ]

  /// The roster has this many units, the office included.
  static let rosterSize = 200

  init(plans planCount: Int, tasksPerPlan: Int, today: Day, seed: UInt64) {
    var random = SeededRandom(seed: seed)
    roster = SyntheticBoard.roster()
    plans = []
    plans.reserveCapacity(planCount)
    for index in 0..<planCount {
      let jurisdiction = SyntheticBoard.jurisdictions[index % SyntheticBoard.jurisdictions.count]
      let units = roster.units(in: jurisdiction.name).map(\.id)
      plans.append(
        SyntheticBoard.plan(
          number: index + 1, tasks: tasksPerPlan, jurisdiction: jurisdiction, units: units,
          today: today, random: &random))
    }
  }

  /// The office and 199 units: the departments of each jurisdiction in turn (the last one
  /// has one department fewer); a few units have a login.
  static func roster() -> Roster {
    var roster = Roster()
    roster.add(Unit(id: "office", name: "联席会议办公室", role: .office, logins: ["bench-office"]))
    for jurisdiction in jurisdictions {
      for (index, department) in departments.enumerated() where roster.units.count < rosterSize {
        roster.add(
          Unit(
            id: jurisdiction.code + "-" + String(index + 1),
            name: jurisdiction.prefix + department, region: jurisdiction.name,
            aliases: department == "市场监管局" ? [jurisdiction.prefix + "知识产权局"] : [],
            logins: index == 0 ? ["bench-" + jurisdiction.code] : []))
      }
    }
    return roster
  }

  static func plan(
    number: Int, tasks taskCount: Int, jurisdiction: Jurisdiction, units: [String], today: Day,
    random: inout SeededRandom
  ) -> Plan {
    let startYear = today.year - random.int(0...2)
    let endYear = startYear + random.int(2...3)
    let theme = random.pick(["专利转化运用", "知识产权强市建设", "高价值专利培育", "商标品牌建设", "知识产权保护"])
    var plan = Plan(
      id: "bench-" + pad(number, 4),
      title: "\(jurisdiction.name)\(theme)专项行动实施方案（\(startYear)—\(endYear)年）",
      region: jurisdiction.name, issuer: jurisdiction.issuer,
      number: "\(jurisdiction.name.prefix(2))府办发〔\(startYear)〕\(number)号",
      issued: Day(year: startYear, month: random.int(1...6), day: random.int(1...28)),
      start: Day(year: startYear, month: 1, day: 1), end: Day.endOfYear(endYear),
      source: "synthetic-\(number).txt")
    plan.tasks.reserveCapacity(taskCount)
    var section = 0
    var inSection = 0
    var sectionName = ""
    for _ in 0..<taskCount {
      if inSection == 0 || (inSection >= 6 && random.chance(20)) {
        section += 1
        inSection = 0
        sectionName = "（\(chineseNumber(section))）" + random.pick(Corpus.sections)
      }
      inSection += 1
      plan.tasks.append(
        task(
          id: "\(section).\(inSection)", section: sectionName, units: units, today: today,
          random: &random))
    }
    return plan
  }

  static func task(
    id: String, section: String, units: [String], today: Day, random: inout SeededRandom
  ) -> PlanTask {
    // About one task in twenty has no lead unit yet (未分配).
    let lead = random.chance(5) ? [] : random.pick(random.chance(80) ? 1 : 2, of: units)
    let coop = random.pick(random.int(0...5), of: units.filter { !lead.contains($0) })
    // Deadlines: 30% past, 10% within the due-soon window, 55% later, 5% ongoing (长期).
    let due: Day?
    switch random.int(0...99) {
    case 0..<30: due = today.adding(days: -random.int(1...700))
    case 30..<40: due = today.adding(days: random.int(0...30))
    case 40..<95: due = today.adding(days: random.int(31...900))
    default: due = nil
    }
    let status: Status
    switch random.int(0...99) {
    case 0..<35: status = .todo
    case 35..<70: status = .doing
    case 70..<75: status = .blocked
    default: status = .done
    }
    var notes: [Note] = []
    var noteDay = today.adding(days: -random.int(30...200))
    for _ in 0..<random.pick([0, 0, 1, 1, 2, 3]) {
      noteDay = noteDay.adding(days: random.int(1...10))
      let author = lead.isEmpty || random.chance(30) ? "office" : random.pick(lead)
      notes.append(Note(date: noteDay, author: author, text: random.pick(Corpus.sentences)))
    }
    return PlanTask(
      id: id, section: section, title: random.pick(Corpus.titles),
      text: text(length: random.int(50...500), random: &random), lead: lead, coop: coop,
      due: due, status: status, notes: notes)
  }

  /// Sentences of the corpus, one a line, until the text is about `length` characters long
  /// (never less than 50, never more than 500).
  static func text(length: Int, random: inout SeededRandom) -> String {
    var lines: [String] = []
    var count = 0
    while count < length {
      let sentence = random.pick(Corpus.sentences)
      if lines.contains(sentence) { continue }
      if count >= 50 && count + sentence.count > 500 { break }
      lines.append(sentence)
      count += sentence.count
    }
    return lines.joined(separator: "\n")
  }

  /// 1 → 一, 12 → 十二, 45 → 四十五, as section numbers are written; past 99 in digits.
  static func chineseNumber(_ number: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    guard number > 0, number < 100 else { return String(number) }
    let tens = number / 10
    let ones = number % 10
    if tens == 0 { return digits[ones] }
    return (tens == 1 ? "" : digits[tens]) + "十" + digits[ones]
  }

  static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
