import BoardTestSupport
import Foundation
import Testing

/// `board remind`: the chase letters (催办通知) the office sends to lead units, checked
/// against counts made by hand and against `board list`.
@Suite struct RemindCommandTests {
  func board(_ arguments: [String], in boards: String, today: String = SampleBoard.today)
    -> ProcessResult
  {
    Programs.board(["--boards", boards, "--today", today] + arguments)
  }

  /// The sample board on 2026-11-24 (a Tuesday): 区科技局 leads 1 (10 days overdue), 3 (3
  /// days overdue) and 2 (due in 5 days); 区市场监管局 leads 3 (3 days overdue), 4 (done) and 6
  /// (ongoing); task 5 has no lead unit and 区财政局 only cooperates: two letters.
  @Test func sampleBoardLettersAsCountedByHand() {
    let directory = TemporaryDirectory("remind")
    SampleBoard.write(to: directory)
    let result = board(["remind", "--lead", "t-kjj"], in: directory.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        关于督办逾期和即将到期任务的通知

        区科技局：
        　　根据测试看板记录，截至2026年11月24日，贵单位牵头的 3 项任务已逾期或即将到期，请抓紧办理：

        一、已逾期任务（2 项）
        1. 《测试区专利工作方案》第 1 项“聚焦研发活动”，期限 2026年11月14日，已逾期 10 天。
        2. 《测试区专利工作方案》第 3 项“建设服务平台”，期限 2026年11月21日，已逾期 3 天。

        二、即将到期任务（1 项）
        1. 《测试区专利工作方案》第 2 项“推进专利转化”，期限 2026年11月29日，剩余 5 天。

        　　请于 2026年11月27日 前将办理进展（已完成的请注明完成情况，未完成的请说明原因和计划完成时间）反馈联席会议办公室。

        联席会议办公室
        2026年11月24日

        """)

    let all = board(["remind"], in: directory.path)
    #expect(all.status == 0, "\(all.stderr)")
    #expect(all.stdout.components(separatedBy: "关于督办逾期和即将到期任务的通知").count == 3)
    #expect(all.stdout.contains("区市场监管局：\n"))
    #expect(!all.stdout.contains("区财政局："))
    #expect(!all.stdout.contains("强化组织领导"), "task 5 has no lead unit to write to")
    // 区市场监管局 has only the overdue task 3: one list, numbered 一.
    let market = all.stdout.components(separatedBy: "区市场监管局：\n")[1]
    #expect(market.contains("一、已逾期任务（1 项）\n1. 《测试区专利工作方案》第 3 项“建设服务平台”"))
    #expect(!market.contains("即将到期任务（"))
  }

  /// On Thursday 2026-11-26 the reply is due the Tuesday after (the weekend is skipped);
  /// on 2026-11-29 task 2 is due that day; `--reply-by` sets the day; English with --lang.
  @Test func replyByDaysAndEnglish() {
    let directory = TemporaryDirectory("remind")
    SampleBoard.write(to: directory)
    let thursday = board(["remind", "--lead", "区科技局"], in: directory.path, today: "2026-11-26")
    #expect(thursday.stdout.contains("请于 2026年12月1日 前"), "\(thursday.stdout)")

    let english = board(
      ["remind", "--lead", "t-kjj", "--lang", "en", "--reply-by", "2026-12-04"],
      in: directory.path, today: "2026-11-29")
    #expect(english.status == 0, "\(english.stderr)")
    #expect(english.stdout.hasPrefix("Reminder: overdue tasks and tasks due soon\n\nTo: 区科技局\n"))
    #expect(
      english.stdout.contains(
        "Overdue (2)\n1. 测试区专利工作方案, task 1 \"聚焦研发活动\": deadline 2026-11-14, 15 days overdue.\n"
          + "2. 测试区专利工作方案, task 3 \"建设服务平台\": deadline 2026-11-21, 8 days overdue.\n"))
    #expect(
      english.stdout.contains(
        "Due soon (1)\n1. 测试区专利工作方案, task 2 \"推进专利转化\": deadline 2026-11-29, due today."))
    #expect(english.stdout.contains("Please report your progress to 联席会议办公室 by 2026-12-04"))

    let nothing = board(["remind", "--lead", "t-czj"], in: directory.path)
    #expect(nothing.status == 0)
    #expect(nothing.stdout == "区财政局 (t-czj)没有逾期或即将到期的任务\n")
  }

  /// `--out DIR`: one file per unit, named by unit id, each file said; a second run says
  /// which files it replaced.
  @Test func outWritesOneFilePerUnitAndSaysSo() {
    let directory = TemporaryDirectory("remind")
    SampleBoard.write(to: directory)
    let out = directory.file("催办/本月")
    let first = board(["remind", "--out", out], in: directory.path)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout == """
        已写入 \(out)/t-kjj.txt（区科技局，逾期 2 项，即将到期 1 项）
        已写入 \(out)/t-scjgj.txt（区市场监管局，逾期 1 项，即将到期 0 项）

        """)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: out))?.sorted()
    #expect(names == ["t-kjj.txt", "t-scjgj.txt"])
    let single = board(["remind", "--lead", "t-kjj"], in: directory.path)
    #expect(Repository.read(out + "/t-kjj.txt") == single.stdout)

    let second = board(
      ["remind", "--out", out, "--lead", "t-scjgj", "--lang", "en"], in: directory.path)
    #expect(second.stdout == "replaced \(out)/t-scjgj.txt (区市场监管局: 1 overdue, 0 due soon)\n")
    #expect(Repository.read(out + "/t-scjgj.txt").hasPrefix("Reminder:"))
  }

  /// On the seed boards on 2026-11-24 every task of every letter is one `board list
  /// --overdue --lead UNIT` gives, and nothing else (no seed task is due soon that day).
  /// Counted by hand: 13 units; 黔江's 区市场监管局 leads ten overdue tasks (2.1–4.2, S1–S3),
  /// 泸州's 市市场监管局 ten (task 1, 693 days overdue, first; then 2, 5–12, 328 days).
  @Test func seedLettersMatchTheListing() throws {
    let out = TemporaryDirectory("remind")
    let result = board(["remind", "--out", out.path], in: Repository.boards)
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files.count == 13)
    #expect(result.stdout.split(separator: "\n").count == 13)
    for file in files {
      let unit = String(file.dropLast(".txt".count))
      let letter = out.read(file)
      let listed = board(
        ["list", "--overdue", "--lead", unit, "--format", "tsv"], in: Repository.boards
      ).stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
      let items = letter.split(separator: "\n").filter(isItem)
      #expect(items.count == listed.count, "\(unit)")
      for row in listed {
        #expect(letter.contains("第 \(row[1]) 项“\(row[3])”"), "\(unit) \(row[1])")
      }
      #expect(!letter.contains("即将到期任务（"))
    }
    let qianjiang = out.read("qj-scjgj.txt")
    #expect(qianjiang.contains("一、已逾期任务（10 项）"))
    #expect(qianjiang.contains("第 2.1 项“推进知识产权质押融资”，期限 2024年12月31日，已逾期 693 天。"))
    let luzhou = out.read("lz-scjgj.txt").split(separator: "\n").filter(isItem)
    #expect(luzhou.count == 10)
    #expect(
      luzhou.first?.contains("第 1 项") == true && luzhou.first?.hasSuffix("已逾期 693 天。") == true)
    #expect(luzhou.dropFirst().allSatisfy { $0.hasSuffix("已逾期 328 天。") })
    #expect(
      luzhou.dropFirst().map { $0.split(separator: " ")[2] }
        == ["2", "5", "6", "7", "8", "9", "10", "11", "12"])
  }

  /// Every letter `--out` writes holds exactly the tasks `board list --overdue --lead UNIT`
  /// and `board list --due-soon --lead UNIT` give, each in its list; and every unit those
  /// list tasks for has a letter.
  func lettersMatchTheListing(_ boards: String, today: String) throws {
    let out = TemporaryDirectory("remind")
    let result = board(["remind", "--out", out.path], in: boards, today: today)
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    func listed(_ flag: String, _ unit: String) -> [[String]] {
      board(["list", flag, "--lead", unit, "--format", "tsv"], in: boards, today: today).stdout
        .split(separator: "\n").dropFirst().map {
          $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }
    for file in files {
      let unit = String(file.dropLast(".txt".count))
      let letter = out.read(file)
      let parts = letter.components(separatedBy: "即将到期任务（")
      let overdueList = parts[0]
      let dueSoonList = parts.count > 1 ? parts[1] : ""
      let overdue = listed("--overdue", unit)
      let dueSoon = listed("--due-soon", unit)
      #expect(letter.split(separator: "\n").filter(isItem).count == overdue.count + dueSoon.count)
      for row in overdue {
        #expect(overdueList.contains("第 \(row[1]) 项“\(row[3])”"), "\(unit) \(row[1])")
      }
      for row in dueSoon {
        #expect(dueSoonList.contains("第 \(row[1]) 项“\(row[3])”"), "\(unit) \(row[1])")
      }
    }
    // No unit with something to chase is left without a letter.
    var leads = Set<String>()
    for flag in ["--overdue", "--due-soon"] {
      let json = board(["list", flag, "--format", "json"], in: boards, today: today).stdout
      let rows = try #require(
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
      for row in rows { leads.formUnion(row["leadIds"] as? [String] ?? []) }
    }
    #expect(Set(files.map { String($0.dropLast(".txt".count)) }).isSuperset(of: leads), "\(leads)")
  }

  @Test func lettersMatchTheListingOnEveryBoard() throws {
    try lettersMatchTheListing(Repository.boards, today: "2026-11-24")
    try lettersMatchTheListing(Repository.boards, today: "2026-12-10")
    let sample = TemporaryDirectory("remind")
    SampleBoard.write(to: sample)
    try lettersMatchTheListing(sample.path, today: SampleBoard.today)
  }

  /// A numbered task line of a letter: `1. 《plan》第 …`.
  func isItem(_ line: Substring) -> Bool {
    line.first?.isNumber == true && line.contains(". 《")
  }

  @Test func unknownLeadIsADataError() {
    let result = board(["remind", "--lead", "nosuch", "--lang", "en"], in: Repository.boards)
    #expect(result.status == 2)
    #expect(result.stderr.contains("nosuch"))
  }
}
