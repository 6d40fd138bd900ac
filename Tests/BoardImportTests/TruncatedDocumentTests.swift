import BoardCore
import BoardImport
import BoardTestSupport
import Foundation
import Testing

/// Text pasted by people is often cut short or begins in the middle: every such piece of a
/// real document is either read or refused with an ImportError, and never stops the program.
@Suite struct TruncatedDocumentTests {
  static let documents =
    ((try? FileManager.default.contentsOfDirectory(atPath: Repository.seeds)) ?? []).map {
      Repository.seeds + "/" + $0
    }
    + ((try? FileManager.default.contentsOfDirectory(atPath: Repository.importFixtures)) ?? []).map
  {
    Repository.importFixtures + "/" + $0
  }

  @Test(arguments: documents)
  func everyCutIsReadOrRefused(_ path: String) {
    let lines = Repository.read(path).split(separator: "\n", omittingEmptySubsequences: false)
    var read = 0
    for cut in stride(from: 0, through: lines.count, by: 5) {
      for piece in [lines[..<cut], lines[cut...]] {
        do {
          let result = try PlanImporter(roster: Roster()).run(
            Array(piece.joined(separator: "\n").utf8))
          #expect(!result.plan.tasks.isEmpty)
          read += 1
        } catch {
          // Refused with a reason; nothing else may happen.
        }
      }
    }
    #expect(read > 0 || lines.count < 5)
  }

  /// A long text with brackets that never close is read in time, not scanned again and again.
  @Test func unclosedBracketsInALongTextAreReadInTime() throws {
    let text = "一、重点任务\n1.测试任务。" + String(repeating: "（区科技局牵头的工作", count: 3000) + "。"
    let result = try PlanImporter(roster: Roster()).run(Array(text.utf8))
    #expect(result.plan.tasks.map(\.title) == ["测试任务"])
  }
}
