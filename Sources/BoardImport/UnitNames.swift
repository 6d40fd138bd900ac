/// The unit names of one label value, as plans write them: `区科技局、区财政局`, separated
/// by 、，,；;/ and spaces, never inside a unit's own bracket; group designations kept whole
/// (`各区、县级市`, `各市、县（市、区）政府`); a trailing 等 left out; and a shared level
/// prefix (`市市场监管局、发展改革委` → 市发展改革委), each such reading a guess.
enum UnitNames {
  /// One name read with a prefix the document left out: written, read.
  struct Prefixed: Hashable, Sendable {
    var written: String
    var read: String
  }

  static let separators: Set<Character> = ["、", "，", ",", "；", ";", "/", " ", "\u{3000}"]

  /// `level`: the level of the task's first unit, where another label of it gives one
  /// (`牵头单位：市地方金融管理局；配合单位：市场监管局`).
  static func split(_ value: String, level: Character? = nil) -> (
    names: [String], prefixed: [Prefixed]
  ) {
    var pieces: [(name: String, separator: Character?)] = []
    var current = ""
    var depth = 0
    for character in value {
      if Scan.openBrackets.contains(character) {
        depth += 1
      } else if Scan.closeBrackets.contains(character) {
        depth = max(0, depth - 1)
      }
      if depth == 0 && separators.contains(character) {
        pieces.append((current, character))
        current = ""
      } else {
        current.append(character)
      }
    }
    pieces.append((current, nil))
    var names: [String] = []
    var joinNext = false
    for (piece, separator) in pieces {
      var name = piece.trimmingWhitespace()
      while let last = name.last, "。.：:".contains(last) { name.removeLast() }
      if name.count > 2, name.hasSuffix("等") { name.removeLast() }
      // A label's list that ends in words (`责任单位：A、B，各镇人民政府按职责分工负责`):
      // the name without them.
      for role in roleTails where name.hasSuffix(role) && name.count > role.count + 1 {
        name.removeLast(role.count)
        break
      }
      if name.count > 2, name.hasSuffix("等") { name.removeLast() }
      // 市科技局等部门, 区商务局等相关单位: the names before 等.
      for tail in trailingOthers where name.hasSuffix(tail) && name.count > tail.count + 1 {
        name.removeLast(tail.count)
        break
      }
      guard !name.isEmpty, !["无", "—", "-", "/"].contains(name) else { continue }
      if joinNext, continuesGroup(name), let last = names.last {
        names[names.count - 1] = last + "、" + name
      } else {
        names.append(name)
      }
      joinNext =
        separator == "、" && isOpenGroup(names[names.count - 1])
    }
    return prefixing(names, level: level)
  }

  /// Role words a list may end with inside a label's value.
  static let roleTails = [
    "按职责分工负责", "按职能分工负责", "按职责分工配合", "按职责负责", "分工负责", "共同负责", "负责", "配合",
    "参与",
  ]

  /// What a list ends with after 等, naming no unit of its own.
  static let trailingOthers = [
    "等有关部门", "等相关部门", "等有关单位", "等相关单位", "等成员单位", "等部门", "等单位",
  ]

  /// `各区`, `各市`, `各乡镇`: the start of a group designation that goes on after 、 with
  /// another level (`县级市`, `县（市、区）政府`, `街道`).
  /// Also with the level's government: `各镇人民政府`, `各乡镇政府` (then `街道办事处`).
  static func isOpenGroup(_ name: String) -> Bool {
    guard name.hasPrefix("各"), !name.contains("、") else { return false }
    // 各乡（镇）人民政府: judged without the bracket.
    var plain = ""
    var depth = 0
    for character in withoutGovernment(name) {
      if Scan.openBrackets.contains(character) {
        depth += 1
      } else if Scan.closeBrackets.contains(character) {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        plain.append(character)
      }
    }
    return plain.count <= 3
  }

  /// A group designation's next part: a level word, with its bracket or government
  /// (`县级市`, `县（市、区）政府`, `街道办事处`), never a department (`区市场监管局`).
  static func continuesGroup(_ name: String) -> Bool {
    var base = name
    if let open = base.firstIndex(where: Scan.openBrackets.contains) {
      base = String(base[..<open])
    }
    base = withoutGovernment(base)
    let levels: Set<Character> = ["县", "市", "区", "镇", "乡", "街", "道", "园", "开", "发", "级"]
    return !base.isEmpty && base.count <= 4 && base.allSatisfy(levels.contains)
      && ["县", "市", "区", "镇", "乡", "街道", "园区", "开发区"].contains { base.hasPrefix($0) }
  }

  private static func withoutGovernment(_ name: String) -> String {
    for suffix in ["人民政府", "政府", "办事处", "管委会"] where name.hasSuffix(suffix) {
      return String(name.dropLast(suffix.count))
    }
    return name
  }

  /// The level a name starts with: 市 in 市科技局 and 市市场监管局, none in 市场监管局.
  static func levelPrefix(_ name: String) -> Character? {
    guard let first = name.first else { return nil }
    if "区县省州".contains(first) { return first }
    if first == "市" && (!name.hasPrefix("市场") || name.hasPrefix("市市场")) { return first }
    return nil
  }

  /// A department named without its level, in a list whose first unit has one: 发展改革委,
  /// 大数据发展局, 市场监管局. Not a group, not a unit of another level or body (国家…, 人行…,
  /// …分局), not a name that says its place (团区委).
  static func isBareDepartment(_ name: String) -> Bool {
    guard levelPrefix(name) == nil, name.count >= 3, name.count <= 12,
      ["局", "委", "办", "厅"].contains(where: { name.hasSuffix($0) })
    else { return false }
    let others = ["各", "有关", "国家", "中国", "人民银行", "人行", "团", "中央", "联席"]
    if others.contains(where: { name.hasPrefix($0) }) { return false }
    // A branch of a body above the jurisdiction (黔江银保监分局) is named by its own place.
    if ["分局", "支局", "分行", "支行", "海关"].contains(where: { name.hasSuffix($0) }) { return false }
    let place = name.hasPrefix("市场") ? String(name.dropFirst(2)) : name
    return !place.contains { "区县省州市镇乡".contains($0) }
  }

  private static func prefixing(_ names: [String], level: Character?) -> ([String], [Prefixed]) {
    guard let prefix = names.lazy.compactMap(levelPrefix).first ?? level else {
      return (names, [])
    }
    var prefixed: [Prefixed] = []
    var seenPrefix = level != nil
    let result = names.map { name -> String in
      if levelPrefix(name) != nil {
        seenPrefix = true
        return name
      }
      guard seenPrefix, isBareDepartment(name) else { return name }
      let read = String(prefix) + name
      prefixed.append(Prefixed(written: name, read: read))
      return read
    }
    return (result, prefixed)
  }

  /// Whether a name reads as a unit or a group of units: ends as unit names end (局, 委,
  /// 政府, 中心, 管委会, 支行 …) or names a group (各…, 有关…, …成员单位).
  static func looksLikeUnit(_ name: String) -> Bool {
    var base = name
    // 区市场监督管理局（区知识产权局）, 各区（市、县）: judged without the bracket.
    if let last = base.last, Scan.closeBrackets.contains(last),
      let open = base.lastIndex(where: Scan.openBrackets.contains), open != base.startIndex
    {
      base = String(base[..<open])
    }
    guard base.count >= 2, base.count <= 30, base.allSatisfy({ !Scan.sentenceEnds.contains($0) })
    else { return false }
    if base.hasPrefix("各") || base.hasPrefix("有关") || base.hasSuffix("成员单位") { return true }
    let endings = [
      "局", "委", "办", "厅", "院", "会", "部", "府", "中心", "单位", "公司", "行", "署", "馆", "队", "所",
      "处", "室", "团", "站", "社", "台", "校", "镇", "乡", "街道", "区", "县", "市", "组", "关", "盟", "庭",
      "司", "科", "园", "学", "院", "城", "部门", "联", "协",
    ]
    return endings.contains { base.hasSuffix($0) }
  }
}
