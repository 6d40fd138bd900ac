import BoardCore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardStore

/// Seeded mutations of the shipped files through the parser and the checker: none crashes
/// or hangs, every rejection names its file and a line of it, and every mutant the board
/// accepts `recfix --check` accepts too (the independent check holds the board to recutils).
@Suite struct FuzzTests {
  static let mutants = 10_000
  static let seed: UInt64 = 0x5EED_B0A2D

  /// SplitMix64: the same mutants on every run and every machine.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
  }

  /// Pieces that mean something to a recfile reader.
  static let tokens: [[UInt8]] =
    [
      "\n", "\n\n", "+ ", "+", "\\", "\\\n", "\\\\", "# ", ":", ": ", " ", "\t", "\r\n",
      "%rec: Task\n",
      "%rec: Plan\n", "%rec: Indicator\n", "%key: Id\n", "%type: Due date\n", "%allowed: Id\n",
      "%mandatory: Id Title Status\n", "Id: 1.1\n", "Status: done\n", "Status: finished\n",
      "Lead: 区科技局\n", "Lead: 联席会议办公室\n", "Coop: \n", "Due: 2024-02-30\n", "Due: 9999-12-31\n",
      "Note: 2026-01-01 office 已完成\n", "Note: x\n", "Target: 2025 495\n", "Role: office\n",
      "DueSoonDays: 9223372036854775807\n", "9223372036854775807", "Id: 9223372036854775807\n",
      "Save: 1-0-0000000000000000-00000000000000000000000000000000\n", "\u{202E}", "\u{FEFF}",
    ].map { Array($0.utf8) } + [[0xFF], [0xEF, 0xBB, 0xBF], [0xC3], [0x00], [0x1B, 0x5B]]

  static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<(1 + random.below(2)) {
      let at = random.below(bytes.count + 1)
      switch random.below(7) {
      case 0 where !bytes.isEmpty:
        bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: random.next())
      case 1:
        bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
      case 2:
        bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(64)))
      case 3, 4, 5:
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count > 1 else { continue }
        let line = random.below(lines.count)
        let other = random.below(lines.count)
        switch random.below(3) {
        case 0: lines.insert(lines[line], at: other)
        case 1: lines.remove(at: line)
        default: lines.swapAt(line, other)
        }
        bytes = Array(lines.joined(separator: [0x0A]))
      default:
        bytes.removeSubrange(at...)
      }
    }
    return bytes
  }

  @Test(.timeLimit(.minutes(5)))
  func mutantsOfTheShippedFilesNeverCrashHangOrPassWhatRecfixRejects() throws {
    let started = Date()
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    // A log to mutate too.
    try directory.apply(
      Change(planID: "luzhou-patent-2024", .setStatus(task: "4", .doing)), by: "lz-kjj",
      today: Day("2026-11-24")!, time: "2026-11-24T09:00:00+08:00")
    try directory.apply(
      Change(planID: "luzhou-patent-2024", .addNote(task: "4", text: "已召开推进会\n第二段")),
      by: "lz-kjj", today: Day("2026-11-24")!, time: "2026-11-24T09:05:00+08:00")
    let roster = try directory.loadRoster().0
    let names = Repository.seedPlans.map { $0 + ".rec" } + ["roster.rec", "log.rec"]
    // Each file's opening records (its descriptors and first records, cut at a blank line):
    // the parts every rule is about, small enough that 10,000 mutants take seconds.
    let originals = names.map { name -> [UInt8] in
      let bytes = Repository.bytes(boards.file(name))
      guard bytes.count > 2_500 else { return bytes }
      var end = 2_500
      while end < bytes.count - 1 && !(bytes[end] == 0x0A && bytes[end + 1] == 0x0A) { end += 1 }
      return Array(bytes[...end])
    }
    let accepted = TemporaryDirectory("fuzz-accepted")
    var random = Random(state: Self.seed)
    var rejected = 0
    var kept = Set<[UInt8]>()
    for index in 0..<Self.mutants {
      let which = index % names.count
      let name = names[which]
      let bytes = Self.mutate(originals[which], &random)
      let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      let file = boards.file(name)
      let problems: [Problem]
      switch name {
      case "roster.rec": problems = RosterFile.decode(bytes, file: file).2
      case "log.rec": problems = AuditLog.decode(bytes, file: file).1
      default:
        problems =
          PlanFile.decode(bytes, file: file, expectedID: String(name.dropLast(4)), roster: roster)
          .problems
      }
      if problems.isEmpty {
        if kept.insert(bytes).inserted {
          accepted.write("\(kept.count)-\(name)", bytes: bytes)
        }
      } else {
        rejected += 1
        for problem in problems {
          #expect(
            problem.file == file && problem.line >= 1 && problem.line <= lines,
            "mutant \(index) of \(name): \(problem)")
        }
      }
    }
    let parsed = Date().timeIntervalSince(started)
    // recfix on every distinct accepted mutant, two at a time, from one shell.
    let script =
      "cd \"$1\" && ls | xargs -P 4 -n 32 sh -c "
      + "'for f in \"$@\"; do recfix --check \"$f\" >/dev/null 2>&1 || echo \"$f\"; done' sh"
    let recfix = try #require(Programs.which("recfix"), "apt-get install recutils")
    let result = Programs.run("/bin/sh", ["-c", script, "sh", accepted.path])
    let refused = result.stdout.split(separator: "\n")
    #expect(refused.isEmpty, "board check accepts what recfix rejects: \(refused.prefix(10))")
    for name in refused.prefix(5) {
      let file = accepted.file(String(name))
      if let keep = ProcessInfo.processInfo.environment["BOARD_FUZZ_KEEP"] {
        try? FileManager.default.copyItem(atPath: file, toPath: keep + "/" + name)
      }
      let why = Programs.run(recfix, ["--check", file]).stderr
      print("fuzz: recfix rejects \(name), board check accepts it: \(why)")
      let lines = accepted.read(String(name)).split(
        separator: "\n", omittingEmptySubsequences: false)
      let original = names.firstIndex { name.hasSuffix("-" + $0) }.map {
        Set(String(decoding: originals[$0], as: UTF8.self).split(separator: "\n"))
      }
      for line in lines where !line.isEmpty && !(original?.contains(line) ?? true) {
        print("fuzz:   mutated line: \(String(reflecting: String(line)))")
      }
    }
    print(
      "fuzz: \(Self.mutants) mutants of \(names.count) shipped files (seed "
        + String(Self.seed, radix: 16) + "): \(rejected) rejected, each problem with FILE:LINE; "
        + "\(Self.mutants - rejected) accepted (\(kept.count) distinct), recfix --check "
        + "rejected \(refused.count) of them; parsing "
        + String(format: "%.1f s", parsed) + ", recfix "
        + String(format: "%.1f s", Date().timeIntervalSince(started) - parsed))
  }
}
