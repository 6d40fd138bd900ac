import BoardTestSupport
import Foundation
import Testing

/// The supervision cycle (督办) through the real `board` binary: every step saved in the plan
/// file, in the audit log with its unit, and leaving files `board check` and `recfix --check`
/// accept.
@Suite struct SupervisionCycleTests {
  static let plan = "qianjiang-patent-2022"
  /// Before the plan's deadlines (2024-12-31), so extensions may still be asked for.
  static let today = "2024-11-20"

  struct Board {
    let boards = TemporaryDirectory.copyOfBoards()

    @discardableResult
    func run(_ arguments: [String], today: String = SupervisionCycleTests.today) -> ProcessResult {
      Programs.board(["--boards", boards.path, "--today", today] + arguments)
    }

    /// The log as `unit task field new` lines, oldest first.
    func log() -> [String] {
      run(["log", "--plan", SupervisionCycleTests.plan, "--format", "tsv"]).stdout
        .split(separator: "\n").dropFirst().map { line in
          let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
          return [fields[1], fields[3], fields[4], fields[6]].joined(separator: " ")
        }
    }

    /// `board check` and `recfix --check` both accept every file.
    func expectValid(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) {
      let check = run(["check"])
      #expect(
        check.status == 0, "\(step): \(check.stdout)\(check.stderr)", sourceLocation: sourceLocation
      )
      guard let recfix = Programs.which("recfix") else {
        Issue.record("apt-get install recutils", sourceLocation: sourceLocation)
        return
      }
      let files = ((try? FileManager.default.contentsOfDirectory(atPath: boards.path)) ?? [])
        .filter { $0.hasSuffix(".rec") }.sorted()
      for file in files {
        let result = Programs.run(recfix, ["--check", boards.file(file)])
        #expect(
          result.status == 0, "\(step): \(file): \(result.stderr)", sourceLocation: sourceLocation)
      }
    }

    func json(_ arguments: [String], today: String = SupervisionCycleTests.today) -> [[String: Any]]
    {
      let output = run(arguments + ["--format", "json"], today: today).stdout
      return (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [[String: Any]] ?? []
    }

    func task(_ id: String, today: String = SupervisionCycleTests.today) -> [String: Any] {
      json(["list", "--plan", SupervisionCycleTests.plan], today: today).first {
        $0["id"] as? String == id
      } ?? [:]
    }
  }

  @Test func requestSendBackRequestAgainSignOff() {
    let board = Board()
    let steps: [([String], String)] = [
      (["--unit", "qj-kjj", "request-done", Self.plan, "1.3", "已完成研发投入统计"], "request"),
      (["--unit", "office", "sendback", Self.plan, "1.3", "缺少验收材料"], "send back"),
      (["--unit", "qj-kjj", "request-done", Self.plan, "1.3", "已补充验收材料"], "request again"),
      (["--unit", "office", "signoff", Self.plan, "1.3"], "sign off"),
    ]
    for (index, (arguments, step)) in steps.enumerated() {
      let result = board.run(arguments)
      #expect(result.status == 0, "\(step): \(result.stderr)")
      board.expectValid(step)
      let task = board.task("1.3")
      #expect(task["awaitingSignoff"] as? Bool == (index % 2 == 0), "\(step)")
    }
    #expect(
      board.log() == [
        "qj-kjj 1.3 request-done 已完成研发投入统计",
        "office 1.3 sendback 缺少验收材料",
        "office 1.3 status doing",
        "qj-kjj 1.3 request-done 已补充验收材料",
        "office 1.3 signoff ",
        "office 1.3 status done",
      ])
    let show = board.run(["show", Self.plan, "1.3"]).stdout
    #expect(
      show.hasSuffix(
        """
        时间线（进度反馈与督办）：
        2024-11-20 区科技局（qj-kjj）：申请办结：已完成研发投入统计
        2024-11-20 联席会议办公室（office）：退回：缺少验收材料
        2024-11-20 区科技局（qj-kjj）：申请办结：已补充验收材料
        2024-11-20 联席会议办公室（office）：已办结

        """), "\(show)")
    #expect(show.contains("状态：已完成\n"))
  }

  @Test func theListFindsTasksAwaitingSignoffAndTheLightIsYellow() {
    let board = Board()
    board.run(["--unit", "qj-kjj", "note", Self.plan, "1.2", "本月进展"])
    board.run(["--unit", "qj-kjj", "request-done", Self.plan, "1.2", "已完成"])
    let listed = board.run(["list", "--awaiting-signoff", "--format", "tsv"]).stdout
    #expect(listed.split(separator: "\n").count == 2)
    #expect(listed.contains("\t1.2\t"))
    let task = board.task("1.2")
    #expect(task["light"] as? String == "yellow")
    #expect(task["chaseLevel"] is NSNull)
    // The other lead unit may not decide on it either: only the office.
    let other = board.run(["--lang", "en", "--unit", "qj-jjxxw", "signoff", Self.plan, "1.2"])
    #expect(other.status == 3)
    #expect(
      other.stderr
        == "board: refused: 区经济信息委 (qj-jjxxw) may not sign off tasks: only the office may\n")
  }

  @Test func anExtensionApprovedKeepsTheOldDeadlineInTheHistory() {
    let board = Board()
    let asked = board.run([
      "--unit", "qj-kjj", "request-extension", Self.plan, "1.3", "--to", "2025-06-30", "设备延迟到货",
    ])
    #expect(asked.status == 0, "\(asked.stderr)")
    board.expectValid("request")
    #expect(
      board.run(["list", "--extension-requested", "--format", "tsv"]).stdout.contains("\t1.3\t"))
    #expect(board.task("1.3")["extensionRequested"] as? Bool == true)
    #expect(board.run(["show", Self.plan, "1.3"]).stdout.contains("延期申请：2025-06-30：设备延迟到货\n"))
    let approved = board.run(["--unit", "office", "approve-extension", Self.plan, "1.3"])
    #expect(approved.status == 0, "\(approved.stderr)")
    board.expectValid("approve")
    #expect(board.task("1.3")["due"] as? String == "2025-06-30")
    #expect(board.task("1.3")["extensionRequested"] as? Bool == false)
    #expect(
      board.run(["show", Self.plan, "1.3"]).stdout.contains(
        "2024-11-20 联席会议办公室（office）：批准延期：2024-12-31 → 2025-06-30\n"))
    #expect(
      board.log() == [
        "qj-kjj 1.3 request-extension 2025-06-30 设备延迟到货",
        "office 1.3 approve-extension 2024-12-31 2025-06-30",
        "office 1.3 due 2025-06-30",
      ])
  }

  @Test func anExtensionRefusedKeepsTheDeadline() {
    let board = Board()
    board.run([
      "--unit", "qj-kjj", "request-extension", Self.plan, "1.3", "--to", "2025-06-30", "延迟",
    ])
    let refused = board.run(["--unit", "office", "refuse-extension", Self.plan, "1.3", "按原计划推进"])
    #expect(refused.status == 0, "\(refused.stderr)")
    board.expectValid("refuse")
    #expect(board.task("1.3")["due"] as? String == "2024-12-31")
    #expect(
      board.log() == [
        "qj-kjj 1.3 request-extension 2025-06-30 延迟", "office 1.3 refuse-extension 按原计划推进",
      ])
    // After the deadline it can no longer be asked for.
    let late = board.run(
      [
        "--lang", "en", "--unit", "qj-kjj", "request-extension", Self.plan, "1.3", "--to",
        "2025-06-30", "x",
      ],
      today: "2025-01-01")
    #expect(late.status == 3)
    #expect(
      late.stderr
        == "board: refused: task 1.3's deadline 2024-12-31 has passed: an extension is requested before it\n"
    )
  }

  @Test func chasingEveryOverdueTaskOfAUnit() {
    let board = Board()
    let today = "2025-03-01"
    // qj-scjgj (区市场监管局) leads ten tasks here, all past 2024-12-31; the office closes
    // S1, so the other nine are chased.
    board.run(["--unit", "office", "set", Self.plan, "S1", "--status", "done"], today: today)
    let overdue = board.json(["list", "--lead", "qj-scjgj", "--overdue"], today: today).map {
      $0["id"] as? String ?? ""
    }
    #expect(overdue.count == 9)
    #expect(!overdue.contains("S1"))
    let chased = board.run(
      ["--unit", "office", "chase", "--lead", "qj-scjgj", "请于本周内报送"], today: today)
    #expect(chased.status == 0, "\(chased.stderr)")
    #expect(chased.stdout.hasSuffix("已催办 区市场监管局（qj-scjgj）牵头的 9 项逾期任务\n"))
    board.expectValid("chase")
    #expect(
      board.log().filter { $0.contains(" chase ") }
        == overdue.map { "office \($0) chase yellow 请于本周内报送" })
    for id in overdue {
      #expect(board.task(id, today: today)["chaseLevel"] as? String == "yellow")
      // Seven days on, still overdue: red-chased.
      #expect(board.task(id, today: "2025-03-08")["chaseLevel"] as? String == "red")
    }
    // One task, by the office only.
    let unit = board.run(["--unit", "qj-kjj", "chase", Self.plan, "1.3"], today: today)
    #expect(unit.status == 3)
    #expect(unit.stderr == "board：拒绝：区科技局 (qj-kjj)无权催办：仅联席会议办公室可以操作\n")
  }

  @Test func refusalsChangeNothingAndSayWhy() {
    let board = Board()
    let before = board.boards.snapshot()
    let cases: [([String], String)] = [
      (
        ["--unit", "qj-kjj", "set", Self.plan, "1.3", "--status", "done"],
        "board: refused: 区科技局 (qj-kjj) may not set task 1.3 to done itself: the office signs "
          + "completion off; request it (board request-done PLAN 1.3 NOTE)"
      ),
      (
        ["--unit", "qj-jjxxw", "request-done", Self.plan, "1.3", "已完成"],
        "board: refused: 区经济信息委 (qj-jjxxw) is not a lead unit of task 1.3: only lead units "
          + "may request completion (cooperating units may only add notes)"
      ),
      (
        ["--unit", "office", "signoff", Self.plan, "1.3"],
        "board: refused: task 1.3 has no pending completion request (the office may close it "
          + "directly: board set --status done)"
      ),
    ]
    for (arguments, message) in cases {
      let result = board.run(["--lang", "en"] + arguments)
      #expect(result.status == 3, "\(arguments)")
      #expect(result.stderr == message + "\n")
    }
    let chinese = board.run(["--unit", "qj-kjj", "set", Self.plan, "1.3", "--status", "done"])
    #expect(
      chinese.stderr
        == "board：拒绝：区科技局 (qj-kjj)不能直接将任务 1.3 设为已完成：办结须经办公室审核，请申请办结"
        + "（board request-done 方案 1.3 办结说明）\n")
    #expect(board.boards.snapshot() == before)
    // Nobody signs off their own request.
    board.run(["--unit", "qj-kjj", "request-done", Self.plan, "1.3", "已完成"])
    let own = board.run(["--lang", "en", "--unit", "qj-kjj", "signoff", Self.plan, "1.3"])
    #expect(own.status == 3)
    #expect(
      own.stderr
        == "board: refused: 区科技局 (qj-kjj) may not decide on its own request (task 1.3, completion requested)\n"
    )
  }

  @Test func reportMissingAroundTheReportingDay() {
    let board = Board()
    // 1.3 reported on the reporting day itself; 1.2 never.
    board.run(["--unit", "qj-kjj", "note", Self.plan, "1.3", "十一月进展"], today: "2024-11-25")
    func missing(_ today: String) -> [String] {
      board.json(["list", "--plan", Self.plan, "--report-missing"], today: today).compactMap {
        $0["id"] as? String
      }
    }
    #expect(missing("2024-11-25").contains("1.2"))
    #expect(missing("2024-11-25").contains("1.3") == false)
    #expect(missing("2024-11-26").contains("1.3") == false)
    #expect(missing("2024-12-25").contains("1.3") == false)
    #expect(missing("2024-12-26").contains("1.3"))
    #expect(board.task("1.3", today: "2024-12-26")["reportMissing"] as? Bool == true)
    #expect(board.task("1.3", today: "2024-11-26")["light"] as? String == "green")
    #expect(board.task("1.3", today: "2024-12-26")["light"] as? String == "yellow")
  }

  @Test func theReportingDayIsABoardSetting() {
    let board = Board()
    let roster = board.boards.read("roster.rec")
    board.boards.write(
      "roster.rec",
      roster.replacingOccurrences(of: "DueSoonDays: 30\n", with: "DueSoonDays: 30\nReportDay: 10\n")
    )
    board.expectValid("ReportDay")
    board.run(["--unit", "qj-kjj", "note", Self.plan, "1.3", "进展"], today: "2024-11-05")
    #expect(board.task("1.3", today: "2024-11-10")["reportMissing"] as? Bool == false)
    #expect(board.task("1.3", today: "2024-12-11")["reportMissing"] as? Bool == true)
  }
}
