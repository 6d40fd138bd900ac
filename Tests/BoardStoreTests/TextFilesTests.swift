import BoardCore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardStore

/// A session's board holds no texts; `TextFiles` reads them from the plan files when a screen
/// needs them. What it reads and what its search finds must be what a full load holds.
@Suite struct TextFilesTests {
  /// Every task's text and notes, read on demand, equal a full load's.
  @Test func textsReadOnDemandEqualTheFullLoad() throws {
    let directory = BoardDirectory(path: Repository.boards)
    let full = try directory.load()
    let light = try directory.load(keepingTexts: false, usingCache: false)
    let files = TextFiles(directory: directory, roster: full.roster)
    var tasks = 0
    for plan in full.plans {
      for task in plan.tasks {
        #expect(
          files.texts(plan: plan.id, task: task.id) == TaskTexts(of: task), "\(plan.id) \(task.id)")
        tasks += 1
      }
    }
    #expect(tasks > 50)
    // What the session keeps has none of it: the point of reading on demand.
    #expect(light.plans.allSatisfy { $0.tasks.allSatisfy { $0.text.isEmpty } })
    #expect(files.texts(plan: "no-such-plan", task: "1") == nil)
    #expect(files.texts(plan: full.plans[0].id, task: "no-such-task") == nil)
  }

  /// The search in the files' lines finds what a search of the loaded texts finds: pieces
  /// of texts and notes, and words that appear in the files outside texts and notes (dates
  /// and authors of notes, field names, unit names, titles), which must not count.
  @Test func searchInTheFilesEqualsSearchInMemory() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    var random = SeededGenerator(seed: 14)
    // Notes (the shipped boards have none), some of several lines, some with Latin letters.
    let seeded = try directory.load()
    let words = ["PCT国际申请 Ip 布局", "第一行反馈\n第二行：专利质押 2026-12 完成", "已完成 office 交办", "推进中"]
    for step in 0..<60 {
      let plan = random.pick(seeded.plans)
      let task = random.pick(plan.tasks)
      let text = random.pick(words) + "（\(step)）"
      let author = random.chance(50) ? "office" : (task.lead.first ?? "office")
      _ = try directory.apply(
        Change(planID: plan.id, .addNote(task: task.id, text: text)), by: author,
        today: Day("2026-11-24")!, time: "2026-11-24T10:00:00+08:00")
    }
    let full = try directory.load()
    let files = TextFiles(directory: directory, roster: full.roster)
    #expect(full.plans.flatMap(\.tasks).flatMap(\.notes).count == 60)
    var queries = [
      "专利", "知识产权", "2026-", "2025-1", "Text", "Note:", "Lead", "Status", "+", "IP", "ip",
      "Ip", "pct", "PCT", "（", "。", "市场监管局", "office", "todo", "Due:", "% ", "：",
    ]
    let tasks = full.plans.flatMap(\.tasks)
    for _ in 0..<150 {
      let task = random.pick(tasks)
      let sources = [task.text, task.title] + task.notes.flatMap { [$0.text, $0.author] }
      let source = Array(random.pick(sources))
      guard !source.isEmpty else { continue }
      let start = Int(random.next() % UInt64(source.count))
      let length = 1 + Int(random.next() % 5)
      queries.append(String(source[start..<min(source.count, start + length)]))
    }
    let ids = full.plans.map(\.id)
    for query in queries {
      let search = TextSearch(query)
      var expected: [String: [String: TextMatch]] = [:]
      for plan in full.plans {
        for task in plan.tasks {
          if let match = TaskTexts(of: task).match(search) {
            expected[plan.id, default: [:]][task.id] = match
          }
        }
      }
      #expect(files.search(search, inPlans: ids) == expected, "query \(query)")
      // Among some tasks only (a view's rows): the same answers for those.
      var among: [String: [String]] = [:]
      for plan in full.plans {
        among[plan.id] = plan.tasks.map(\.id).filter { $0.utf8.count % 2 == query.utf8.count % 2 }
      }
      let expectedAmong = expected.compactMapValues { tasks -> [String: TextMatch]? in
        let kept = tasks.filter { $0.key.utf8.count % 2 == query.utf8.count % 2 }
        return kept.isEmpty ? nil : kept
      }
      #expect(files.search(search, among: among) == expectedAmong, "query \(query), among")
    }
  }

  /// Lines joined with `\`, continuation lines and blank-led values: the file's bytes in
  /// place are not the values there, and the search still answers as the loaded texts do.
  @Test func aHandEditedFileIsSearchedByItsValues() throws {
    let directory = TemporaryDirectory()
    SampleBoard.write(to: directory)
    let path = directory.file(SampleBoard.plan + ".rec")
    var text = try String(contentsOfFile: path, encoding: .utf8)
    // After the last task, before any indicators.
    let end = text.range(of: "%rec: Indicator")?.lowerBound ?? text.endIndex
    text.insert(
      contentsOf: """

        Id: 9
        Title: 手工编辑的任务
        Status: todo
        Text: 第一行结尾\\
        续写的半句
        + 第二行：专利导航
        Note: 2026-11-01 office 反馈一\\
        接着写


        """, at: end)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let board = BoardDirectory(path: directory.path)
    let full = try board.load()
    let task = try #require(full.plans[0].tasks.first { $0.id == "9" })
    #expect(task.text == "第一行结尾续写的半句\n第二行：专利导航")
    let files = TextFiles(directory: board, roster: full.roster)
    #expect(files.texts(plan: SampleBoard.plan, task: "9") == TaskTexts(of: task))
    for (query, match) in [("结尾续写", TextMatch.text), ("反馈一接着", .note), ("专利导航", .text)] {
      let found = files.search(TextSearch(query), inPlans: [SampleBoard.plan])
      #expect(found[SampleBoard.plan]?["9"] == match, "query \(query)")
    }
  }

  /// A plan file saved again (a new text, a new note) is read again: the stamp the reader
  /// kept no longer vouches for what it knew.
  @Test func aSavedChangeIsReadFromTheNewFile() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let directory = BoardDirectory(path: boards.path)
    let full = try directory.load()
    let plan = full.plans[0]
    let task = plan.tasks[0]
    let files = TextFiles(directory: directory, roster: full.roster)
    #expect(files.texts(plan: plan.id, task: task.id) == TaskTexts(of: task))
    #expect(files.search(TextSearch("第四十二次反馈"), inPlans: [plan.id]).isEmpty)
    _ = try directory.apply(
      Change(planID: plan.id, .addNote(task: task.id, text: "第四十二次反馈")), by: "office",
      today: Day("2026-11-24")!, time: "2026-11-24T10:00:00+08:00")
    let read = try #require(files.texts(plan: plan.id, task: task.id))
    #expect(read.notes.last?.text == "第四十二次反馈")
    #expect(read.text == task.text)
    let found = files.search(TextSearch("第四十二次反馈"), inPlans: [plan.id])
    #expect(found == [plan.id: [task.id: .note]])
  }
}
