import BoardTestSupport
import Testing

/// The shipped ip-pilot-city-2026 names no jurisdiction: in the TUI its unit picker says why
/// it is empty and which commands fix it; once a unit of no jurisdiction is on the roster, it
/// is assigned from the picker.
@Suite struct PlanWithoutRegionTerminalTests {
  static let today = "2026-11-24"

  func boardCommand(_ boards: TemporaryDirectory) -> String {
    "\(Programs.board) --boards \(boards.path) --today \(Self.today) --unit office"
  }

  @Test func theEmptyPickerSaysWhyAndWhichCommandFixesIt() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    guard let tmux = Tmux(command: boardCommand(boards)) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("方案（5）").held)
    // The plans screen: 大足区 first, then ip-pilot-city-2026.
    tmux.send("j", "Enter")
    #expect(tmux.waitFor("关于全面创建国家知识产权强市建设试点城市工作方案（22）").held)
    tmux.send("a")
    let (screen, held) = tmux.waitFor("board plan edit ip-pilot-city-2026 --region")
    #expect(held)
    #expect(screen.contains("本方案未写明辖区"))
    #expect(screen.contains("board unit add ID --name 名称"))
    tmux.send("Escape")
    tmux.send("q", "q")
  }

  @Test func aUnitIsAssignedToATaskOfThePlanWithoutARegion() throws {
    let boards = TemporaryDirectory.copyOfBoards()
    let added = Programs.board([
      "unit", "add", "pc-kjj", "--name", "区科技局", "--unit", "office", "--boards", boards.path,
    ])
    #expect(added.status == 0, "\(added.stderr)")
    guard let tmux = Tmux(command: boardCommand(boards)) else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("方案（5）").held)
    tmux.send("j", "Enter")
    #expect(tmux.waitFor("关于全面创建国家知识产权强市建设试点城市工作方案（22）").held)
    tmux.send("a")
    #expect(tmux.waitFor("[ ] 区科技局  pc-kjj").held)
    tmux.send("Space")
    #expect(tmux.waitFor("[x] 区科技局  pc-kjj").held)
    tmux.send("Enter")
    #expect(tmux.waitFor("已保存").held)
    tmux.send("q", "q")
    let plan = boards.read("ip-pilot-city-2026.rec")
    #expect(plan.contains("Id: 1\n"))
    #expect(plan.contains("Lead: 区科技局"))
    let log = Programs.board(["log", "--format", "tsv", "--boards", boards.path]).stdout
    #expect(log.contains("ip-pilot-city-2026\t1\tlead"))
    #expect(Programs.board(["check", "--boards", boards.path]).status == 0)
  }
}
