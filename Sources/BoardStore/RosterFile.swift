import BoardCore

/// Turns `roster.rec` into the board's settings and roster, and back.
public enum RosterFile {
  public static let fileName = "roster.rec"
  /// A hundred years: more is no deadline rule, and every day computed from it stays a day.
  public static let maximumDueSoonDays = 36_500

  public static func decode(_ bytes: [UInt8], file: String) -> (
    Roster, BoardSettings, [Problem]
  ) {
    let (document, lexical) = RecParser.parse(bytes, file: file)
    var problems = lexical
    var settings = BoardSettings()
    var roster = Roster()
    var idLines: [String: Int] = [:]
    var nameLines: [String: Int] = [:]
    var sawBoard = false
    func report(_ line: Int, _ message: Localized) {
      problems.append(Problem(file: file, line: line, message))
    }
    var descriptors = RecordSchema.DescriptorCheck(file: file)
    var offices: [Int] = []
    for record in document.records {
      if record.isDescriptor {
        if record.recordType != "Board" && record.recordType != "Unit" {
          report(
            record.line,
            Localized(
              "未知的记录集“\(record.recordType ?? "")”；应为 Board 或 Unit",
              "unknown record set \"\(record.recordType ?? "")\"; expected Board or Unit"))
        } else {
          descriptors.check(
            record, against: record.recordType == "Board" ? .board : .unit, problems: &problems)
        }
        continue
      }
      switch record.recordType {
      case nil:
        report(
          record.line,
          Localized("第一条记录之前应有“%rec: Unit”", "expected \"%rec: Unit\" before the first record"))
      case "Board":
        let fields = RecordSchema.board.read(
          record, file: file, problems: &problems, fileAllowed: descriptors.allowed("Board"))
        if sawBoard {
          report(
            record.line, Localized("第二条 Board 记录；只应有一条", "a second Board record; expected one"))
        }
        sawBoard = true
        settings.name = fields.value("Name")
        /// A whole number in `range` from the setting `name`, else a problem and nil.
        func number(_ name: String, in range: ClosedRange<Int>, of what: Localized) -> Int? {
          guard let field = fields.first(name) else { return nil }
          if let value = Int(field.value), range.contains(value) { return value }
          report(
            field.line,
            Localized(
              "\(name) 应为 \(range.lowerBound) 到 \(range.upperBound) 的\(what.zh)，实际为“\(field.value)”",
              "expected \(what.en) from \(range.lowerBound) to \(range.upperBound) in \(name), "
                + "found \"\(field.value)\""))
          return nil
        }
        let days = Localized("整数天数", "a whole number of days")
        if let value = number("DueSoonDays", in: 0...RosterFile.maximumDueSoonDays, of: days) {
          settings.dueSoonDays = value
        }
        if let value = number("RedChaseDays", in: 1...RosterFile.maximumDueSoonDays, of: days) {
          settings.redChaseDays = value
        }
        if let value = number(
          "ReportDay", in: 1...31, of: Localized("日期", "a day of the month"))
        {
          settings.reportDay = value
        }
      case "Unit":
        let fields = RecordSchema.unit.read(record, file: file, problems: &problems)
        let id = fields.value("Id")
        let name = fields.value("Name")
        let region = fields.value("Region")
        if let field = fields.first("Id") {
          if !Unit.isValidID(id) {
            report(
              field.line,
              Localized(
                "单位编号“\(id)”只能包含 ASCII 字母、数字、“-”、“_”或“.”",
                "unit id \"\(id)\" must be ASCII letters, digits, '-', '_' or '.'"))
          } else if let first = idLines[id] {
            report(
              field.line,
              Localized(
                "单位编号“\(id)”重复（首次在第 \(first) 行）",
                "duplicate unit id \"\(id)\" (first at line \(first))"))
          } else {
            idLines[id] = field.line
          }
        }
        var role = Unit.Role.unit
        if let field = fields.first("Role") {
          if let parsed = Unit.Role(rawValue: field.value) {
            role = parsed
          } else {
            report(
              field.line,
              Localized(
                "未知角色“\(field.value)”；应为 office 或 unit",
                "unknown role \"\(field.value)\"; expected office or unit"))
          }
          if role == .office { offices.append(field.line) }
        }
        let aliases = fields.all("Alias").map(\.value)
        for field in fields.all("Name") + fields.all("Alias") {
          let key = region + "\u{1F}" + field.value
          if let first = nameLines[key] {
            let place = region.isEmpty ? "units without a Region" : region
            let chinesePlace = region.isEmpty ? "未注明辖区的单位" : region
            report(
              field.line,
              Localized(
                "单位名称“\(field.value)”在\(chinesePlace)中出现两次（首次在第 \(first) 行）",
                "unit name \"\(field.value)\" appears twice in \(place) (first at line \(first))"))
          } else {
            nameLines[key] = field.line
          }
        }
        roster.add(
          Unit(
            id: id, name: name, region: region, role: role, aliases: aliases,
            logins: fields.all("Login").map(\.value)))
      default:
        break
      }
    }
    if offices.isEmpty {
      report(
        1,
        Localized(
          "没有 Role: office 的单位；应恰有一个办公室（联席会议办公室）",
          "no unit with Role: office; expected exactly one office (联席会议办公室)"))
    }
    for line in offices.dropFirst() {
      report(
        line,
        Localized(
          "第二个办公室（首个在第 \(offices[0]) 行）；应恰有一个",
          "a second office (first at line \(offices[0])); expected exactly one"))
    }
    problems.sort { $0.line < $1.line }
    return (roster, settings, problems)
  }

  public static func encode(_ roster: Roster, settings: BoardSettings, name: String) -> [UInt8] {
    var writer = RecWriter(capacity: 256 + roster.units.count * 96)
    RecordSchema.board.writeDescriptor(to: &writer)
    writer.optionalField("Name", name)
    writer.field("DueSoonDays", String(settings.dueSoonDays))
    // The supervision settings only where they differ from the defaults, as a roster written
    // before them has them.
    if settings.redChaseDays != BoardSettings.defaultRedChaseDays {
      writer.field("RedChaseDays", String(settings.redChaseDays))
    }
    if settings.reportDay != BoardSettings.defaultReportDay {
      writer.field("ReportDay", String(settings.reportDay))
    }
    writer.blankLine()
    RecordSchema.unit.writeDescriptor(to: &writer)
    for (index, unit) in roster.units.enumerated() {
      if index > 0 { writer.blankLine() }
      writeUnit(unit, to: &writer)
    }
    return writer.bytes
  }

  /// One unit record in canonical form.
  public static func encode(_ unit: Unit) -> [UInt8] {
    var writer = RecWriter()
    writeUnit(unit, to: &writer)
    return writer.bytes
  }

  static func writeUnit(_ unit: Unit, to writer: inout RecWriter) {
    writer.field("Id", unit.id)
    writer.field("Name", unit.name)
    writer.optionalField("Region", unit.region)
    writer.field("Role", unit.role.rawValue)
    for alias in unit.aliases { writer.field("Alias", alias) }
    for login in unit.logins { writer.field("Login", login) }
  }
}
