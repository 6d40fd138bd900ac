import BoardCore
import BoardTestSupport
import Testing

@testable import BoardStore

/// The store's fast paths (the byte scanner, `FastTaskReader`, the UTF-8 check, texts left out
/// of listings, files loaded in parallel) must give exactly what the plain readers give:
/// the same tasks, the same problems with the same words, on well-formed and on broken input.
/// Random edits of a small plan, seeded so that every run tries the same inputs, compare them.
@Suite struct FastPathTests {
  /// Units whose names and ids test the byte-level lookups: an alias, the same name in another
  /// jurisdiction, a decomposed é, full-width brackets, inner, leading and trailing spaces
  /// (which no plan can name: names are trimmed), a Kelvin sign that equals K as a string,
  /// and a second office.
  static let roster = Roster(units: [
    Unit(id: "office", name: "联席会议办公室", role: .office),
    Unit(id: "qj-kjj", name: "区科技局", region: "黔江区", aliases: ["区科学技术局"]),
    Unit(id: "qj-jw", name: "区教委", region: "黔江区"),
    Unit(id: "qj-cafe", name: "Cafe\u{301}办", region: "黔江区"),
    Unit(id: "qj-bracket", name: "区政府（办公室）", region: "黔江区"),
    Unit(id: "qj-space", name: "区 空格 局", region: "黔江区"),
    Unit(id: "dz-kjj", name: "区科技局", region: "大足区"),
    Unit(id: "\u{212A}x", name: "开尔文", region: "黔江区"),
    Unit(id: "Kx", name: "开尔文二", region: "黔江区"),
    Unit(id: "qj-office", name: "区联席办", region: "黔江区", role: .office),
    Unit(id: "qj-lead-space", name: " 前导空格局", region: "黔江区"),
    Unit(id: "qj-tail-space", name: "后缀空格局 ", region: "黔江区"),
  ])

  static let base =
    Fixture.header + Fixture.goodTask + "\n"
      + """
      Id: 1.2
      Section: （一）第一节
      Title: 第二个任务
      Lead: 区科学技术局
      Lead: Cafe\u{301}办
      Coop: 区政府（办公室）
      Coop: 区 空格 局
      Due: 2025-06-30
      Status: doing
      Text: 第一句，
      + 第二句。
      +
      + third line\\\\
      Note: 2026-11-20 Kx 开始
      Note: 2026-11-21 qj-kjj （已）推进

      Id: 1.3
      Section: （一）第一节
      Title: 第三个
      Status: done

      """

  /// Lines an edit inserts. `\u{E000}` stands for a lone byte 0xFF, `\u{E001}` for the first
  /// byte of 北 (0xE5) and `\u{E002}` for its other two, so a backslash join can glue a
  /// character back together out of two lines that are not UTF-8 on their own.
  static let fragments = [
    "", " ", "\t", "# 注释", "# 坏\u{E000}", "+ 续行", "+", "+续", "区科技局", "Bad line",
    "Id: 9.9", "Id: 1.1", "Id: 9 9", "Id: 九", "Id:", "Title: 新标题", "Title: 行尾\\",
    "Title: 北\u{E001}\\\n\u{E002}京", "Title: 坏\u{E000}", "Lead: 区科技局", "Lead: 区科技局 ",
    "Lead:  区科技局", "Lead: 区科技局\u{3000}", "Lead: \u{3000}区科技局", "Lead: 区科技局\u{301}",
    "Lead: 区科学技术局", "Lead: Cafe\u{301}办", "Lead: Café办", "Lead: 区政府（办公室）",
    "Lead: 区 空格 局", "Lead: 联席会议办公室", "Lead: 区联席办", "Lead: 区科技厅", "Lead:",
    "Lead: 开尔文", "Lead:  前导空格局", "Lead: 后缀空格局 ", "Note: 2026-11-20 qj-kjj  ", "Coop: 区教委",
    "Coop: 区教委\r", "Coop: \u{E000}", "Due: 2024-12-31",
    "Due: 2024-02-30", "Due: 2024-2-3", "Due: 2024-12-31 ", "Due: ２０２４-12-31", "Status: todo",
    "Status: Todo", "Status: done ", "Status: 进行中", "Status: blocked", "Text: 第一句。",
    "Text: a\\", "Text: 甲\u{E000}", "Text: 北\u{E001}\\\n\u{E002}", "Note: 2026-11-20 qj-kjj 已启动",
    "Note: 2026-11-20 qj-kjj  双空格", "Note: 2026-11-20  qj-kjj 文", "Note: 2026-11-20 qj-kjj",
    "Note: 2026-11-20 qj-kjj ", "Note: 2026-11-20 nobody 文", "Note: 2026-11-20 qj-kjj \u{301}组合",
    "Note: 2026-11-20 qj-kjj \u{3000}全角空格", "Note: 2026-11-20 Kx 文", "Note: 2026-11-20 \u{212A}x 文",
    "Note: 2026-13-20 qj-kjj 文", "Note: 2026-11-20 qj-kjj 文\\", "Note: done",
    "Note: 2026-11-20 qj-kjj a", "Note: 2026-11-20 qj-kjj 坏\u{E000}", "Note: 2026-11-20 qj-kjj\t文",
    "Leader: 区科技局", "%rec: Task", "%rec: Foo", "%rec: Indicator", "%key: Id", "Id: S1",
    "Name: 指标", "Target: 2025 495", "Section: （二）第二节", "Section: 坏\u{E000}",
  ]

  static func bytes(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{E000}": bytes.append(0xFF)
      case "\u{E001}": bytes.append(0xE5)
      case "\u{E002}": bytes.append(contentsOf: [0x8C, 0x97])
      default: bytes.append(contentsOf: Array(String(scalar).utf8))
      }
    }
    return bytes
  }

  /// A few random edits of the base plan: insert a fragment, delete, repeat or end a line
  /// with CR, change a byte.
  static func edited(_ random: inout SplitMix) -> [UInt8] {
    var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<random.int(1...4) {
      let at = random.int(0...(lines.count - 1))
      switch random.int(0...9) {
      case 0: lines.remove(at: at)
      case 1: lines.insert(lines[at], at: at)
      case 2: lines[at] += "\r"
      default: lines.insert(fragments[random.int(0...(fragments.count - 1))], at: at)
      }
    }
    var result = bytes(lines.joined(separator: "\n"))
    if random.int(0...9) == 0 {
      result[random.int(0...(result.count - 1))] = UInt8(random.int(0...255))
    }
    return result
  }

  /// Everything a decoded file tells, strings in their exact spelling (`String(reflecting:)`
  /// keeps the scalars; `==` on strings would accept equivalent ones).
  static func describe(_ decoded: PlanFile.Decoded) -> String {
    String(reflecting: decoded.plan) + "\n"
      + decoded.problems.map(\.description).joined(separator: "\n")
      + "\n"
      + decoded.taskRanges.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
        separator: " ")
      + "\n\(String(describing: decoded.planRange)) \(String(describing: decoded.taskDescriptorEnd))"
  }

  static func withoutTexts(_ decoded: PlanFile.Decoded) -> PlanFile.Decoded {
    var decoded = decoded
    if var plan = decoded.plan {
      for index in plan.tasks.indices {
        plan.tasks[index].text = ""
        for note in plan.tasks[index].notes.indices { plan.tasks[index].notes[note].text = "" }
      }
      decoded.plan = plan
    }
    return decoded
  }

  @Test func theScannerReadsEveryEditedFileAsTheFirstParserDid() {
    var random = SplitMix(seed: 1)
    for _ in 0..<3000 {
      let bytes = FastPathTests.edited(&random)
      let (document, problems) = RecParser.parse(bytes, file: "qj.rec")
      let (reference, referenceProblems) = ReferenceRecParser.parse(bytes, file: "qj.rec")
      #expect(
        String(reflecting: document.records) == String(reflecting: reference.records),
        "\(String(decoding: bytes, as: UTF8.self))")
      #expect(
        problems.map(\.description) == referenceProblems.map(\.description),
        "\(String(decoding: bytes, as: UTF8.self))")
    }
  }

  @Test func theFastReaderDecodesEveryEditedFileAsTheCheckedReaderDoes() {
    var random = SplitMix(seed: 2)
    var clean = 0
    var broken = 0
    let index = RosterIndex(roster: FastPathTests.roster)
    var storage = RecScanner.Storage()
    for _ in 0..<3000 {
      let bytes = FastPathTests.edited(&random)
      let reference = PlanFile.decodeChecked(
        ReferenceRecParser.parse(bytes, file: "qj.rec"), file: "qj.rec", expectedID: "qj",
        roster: FastPathTests.roster)
      let decoded = PlanFile.decode(
        bytes, file: "qj.rec", expectedID: "qj", roster: FastPathTests.roster)
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(FastPathTests.describe(decoded) == FastPathTests.describe(reference), "\(text)")
      let listing = bytes.withUnsafeBufferPointer {
        PlanFile.decode(
          $0, file: "qj.rec", expectedID: "qj", index: index, keepingTexts: false,
          keepingRanges: true, storage: &storage)
      }
      #expect(
        FastPathTests.describe(listing)
          == FastPathTests.describe(FastPathTests.withoutTexts(reference)), "\(text)")
      if reference.problems.isEmpty { clean += 1 } else { broken += 1 }
    }
    // Both kinds were tried, many times.
    #expect(clean > 200)
    #expect(broken > 300)
  }

  @Test func theUTF8CheckFindsTheSameFirstBadByteAsTheFirstCheck() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("abcdefgh".utf8), Array("é".utf8), Array("北".utf8),
      Array("，".utf8), Array("𠀀".utf8), Array("\u{E000}".utf8), Array("\u{FFFF}".utf8),
      [0xE0, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
      [0xEF, 0xBF, 0xBF], [0xC0, 0x80], [0xC2], [0xE5, 0x8C], [0x8C], [0xF4, 0x90, 0x80, 0x80],
      [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE1, 0x80, 0x41], [0xE1, 0x41, 0x80],
    ]
    var random = SplitMix(seed: 3)
    for _ in 0..<20000 {
      var bytes: [UInt8] = []
      for _ in 0..<random.int(0...12) {
        bytes +=
          random.int(0...3) == 0
          ? pieces[random.int(0...(pieces.count - 1))] : pieces[random.int(2...5)]
      }
      let found = bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
      let expected = bytes.withUnsafeBufferPointer { ReferenceUTF8Check.firstInvalidOffset($0) }
      #expect(found == expected, "\(bytes)")
    }
  }

  @Test func aListingLoadIsTheFullLoadWithoutTextsAndNotes() throws {
    let directory = BoardDirectory(path: Repository.boards)
    let full = try directory.load()
    let listing = try directory.load(keepingTexts: false)
    #expect(listing.plans.map(\.id) == full.plans.map(\.id))
    for (plan, fullPlan) in zip(listing.plans, full.plans) {
      var expected = fullPlan
      for index in expected.tasks.indices {
        expected.tasks[index].text = ""
        for note in expected.tasks[index].notes.indices {
          expected.tasks[index].notes[note].text = ""
        }
      }
      #expect(plan == expected)
    }
    #expect(full.plans.contains { $0.tasks.contains { !$0.text.isEmpty } })
  }

  @Test func loadingInParallelReportsProblemsInFileOrder() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    for id in ["dazu-patent-2025", "luzhou-patent-2024", "xiangzhou-patent-2023"] {
      let text = boards.read(id + ".rec").replacingOccurrences(
        of: "Status: todo", with: "Status: ?")
      boards.write(id + ".rec", text)
    }
    let directory = BoardDirectory(path: boards.path)
    let (roster, _) = try directory.loadRoster()
    var expected: [Problem] = []
    for id in try directory.planIDs() {
      let file = directory.planPath(id)
      expected +=
        PlanFile.decode(
          Repository.bytes(file), file: file, expectedID: id, roster: roster
        ).problems
    }
    #expect(expected.count > 3)
    for keepingTexts in [true, false] {
      #expect {
        _ = try directory.load(keepingTexts: keepingTexts)
      } throws: { error in
        guard case StoreError.problems(let problems) = error else { return false }
        return problems == expected
      }
    }
  }
}

/// Seeded random numbers (SplitMix64), so that every run tries the same inputs.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }
}
