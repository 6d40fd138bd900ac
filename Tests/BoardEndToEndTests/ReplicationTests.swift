import BoardTestSupport
import Foundation
import Testing

/// docs/replication.md's cycle on one machine: three districts' boards are git repositories
/// pushed to bare repositories (`file://`); the city clones and pulls them and opens them
/// together with `--boards` given three times.
@Suite struct ReplicationTests {
  static let git = "/usr/bin/git"
  static let identity = [
    "GIT_AUTHOR_NAME": "board", "GIT_AUTHOR_EMAIL": "board@localhost",
    "GIT_COMMITTER_NAME": "board", "GIT_COMMITTER_EMAIL": "board@localhost",
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
  ]
  static let districts = ["qianjiang", "dazu", "luzhou"]
  static let today = "2026-11-24"

  /// Runs a shell line (the documentation's own commands), failing the test when it fails.
  @discardableResult
  func sh(_ line: String) -> ProcessResult {
    let result = Programs.run("/bin/bash", ["-c", line], environment: ReplicationTests.identity)
    #expect(result.status == 0, "\(line): \(result.stderr)")
    return result
  }

  func board(_ arguments: [String], _ paths: [String]) -> ProcessResult {
    Programs.board(
      arguments + paths.flatMap { ["--boards", $0] } + ["--today", ReplicationTests.today])
  }

  /// The rows of a TSV listing, without its header.
  func rows(_ result: ProcessResult) -> [[String]] {
    result.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// The district's cron line of docs/replication.md.
  func commitAndPush(_ boards: String) {
    sh(
      "cd \(boards) && flock -w 30 .lock git add -A && { git diff --cached --quiet || "
        + "git commit -qm \"board $(date -Iseconds)\"; } && git push -q origin main")
  }

  @Test func threeDistrictsPushedAndPulledAddUp() throws {
    let root = TemporaryDirectory("replication")
    var city: [String] = []
    var districtsKept: [TemporaryDirectory] = []
    for (index, name) in ReplicationTests.districts.enumerated() {
      let district = TemporaryDirectory.copyOfBoards()
      let boards = district.path
      // The boards differ: one has a task done, one lacks a plan.
      if index == 1 {
        #expect(
          Programs.board([
            "set", "luzhou-patent-2024", "1", "--status", "done", "--unit", "office",
            "--boards", boards, "--today", ReplicationTests.today,
          ]).status == 0)
      }
      if index == 2 { try FileManager.default.removeItem(atPath: boards + "/dazu-patent-2025.rec") }
      let bare = root.path + "/git/\(name).git"
      sh("git init --bare -q -b main \(bare)")
      sh(
        "cd \(boards) && printf '.lock\\n.*.tmp-*\\n' > .gitignore && git init -q -b main && "
          + "git add -A && git commit -qm 'board: first commit' && "
          + "git remote add origin file://\(bare) && git push -q -u origin main")
      let clone = root.path + "/districts/\(name)/boards"
      sh("git clone -q file://\(bare) \(clone)")
      city.append(clone)
      // Kept to the end: the later push comes from it.
      districtsKept.append(district)
    }
    // A district changes its board and its cron line commits and pushes it.
    let dazu = districtsKept[1].path
    #expect(
      Programs.board([
        "set", "qianjiang-patent-2022", "1.1", "--status", "done", "--unit", "office",
        "--boards", dazu, "--today", ReplicationTests.today,
      ]).status == 0)
    commitAndPush(dazu)
    // The city pulls.
    sh("for d in \(root.path)/districts/*/boards; do git -C \"$d\" pull -q --ff-only; done")

    // Plans: every board's plans, labelled, and the counts add up.
    let combined = rows(board(["plans", "--format", "tsv"], city))
    let separate = city.map { rows(board(["plans", "--format", "tsv"], [$0])) }
    #expect(combined.count == separate.map(\.count).reduce(0, +))
    #expect(combined.count == 14)
    for column in 3...7 {
      let sum = separate.flatMap { $0 }.map { Int($0[column]) ?? 0 }.reduce(0, +)
      #expect(combined.map { Int($0[column]) ?? 0 }.reduce(0, +) == sum, "column \(column)")
    }
    #expect(combined.filter { $0[1].hasPrefix("[dazu] ") }.count == 5)
    #expect(combined.contains { $0[0] == "dazu/qianjiang-patent-2022" })
    #expect(combined.contains { $0[0] == "qianjiang-patent-2022" })

    // The pulled change is there.
    let show = board(["show", "dazu/qianjiang-patent-2022", "1.1", "--lang", "en"], city)
    #expect(show.stdout.contains("done"), "\(show.stdout)\(show.stderr)")

    // Overdue: the sum of the three.
    let overdue = rows(board(["list", "--overdue", "--format", "tsv"], city)).count
    let overdueEach = city.map {
      rows(board(["list", "--overdue", "--format", "tsv"], [$0])).count
    }
    #expect(overdue == overdueEach.reduce(0, +))

    // Units: the same name in three boards is three units, each with its own board's counts.
    let units = rows(board(["units", "--format", "tsv"], city))
    let kjj = units.filter { $0[1] == "区科技局" && $0[2].hasSuffix("黔江区") }
    #expect(kjj.map(\.[0]).sorted() == ["dazu/qj-kjj", "luzhou/qj-kjj", "qj-kjj"])
    for (index, path) in city.enumerated() {
      let own = rows(board(["units", "--format", "tsv"], [path])).first { $0[0] == "qj-kjj" }
      let label = ["", "dazu/", "luzhou/"][index]
      #expect(kjj.first { $0[0] == label + "qj-kjj" }?.dropFirst(3) == own?.dropFirst(3))
    }

    // Reports run over the view.
    #expect(board(["report"], city).status == 0)

    // A change to a pulled board is refused, and nothing is written.
    let before = Repository.read(city[1] + "/luzhou-patent-2024.rec")
    let refused = board(
      ["set", "dazu/luzhou-patent-2024", "2", "--status", "done", "--unit", "office"], city)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("只读"), "\(refused.stderr)")
    #expect(Repository.read(city[1] + "/luzhou-patent-2024.rec") == before)
    let english = board(
      ["note", "luzhou/luzhou-patent-2024", "2", "x", "--unit", "office", "--lang", "en"], city)
    #expect(english.stderr.contains("read-only copy"), "\(english.stderr)")
    // The first board is still the office's own.
    #expect(
      board(["set", "luzhou-patent-2024", "2", "--status", "doing", "--unit", "office"], city)
        .status == 0)
  }

  @Test func anOpenSessionShowsWhatThePullBrought() throws {
    let root = TemporaryDirectory("replication")
    let own = TemporaryDirectory.copyOfBoards()
    let district = TemporaryDirectory.copyOfBoards()
    let bare = root.path + "/git/dazu.git"
    let clone = root.path + "/districts/dazu/boards"
    sh("git init --bare -q -b main \(bare)")
    sh(
      "cd \(district.path) && printf '.lock\\n.*.tmp-*\\n' > .gitignore && git init -q -b main && "
        + "git add -A && git commit -qm 'board: first commit' && "
        + "git remote add origin file://\(bare) && git push -q -u origin main")
    sh("git clone -q file://\(bare) \(clone)")
    let paths = [own.path, clone]
    let overdue = rows(board(["list", "--overdue", "--format", "tsv"], paths))
    let pulled = try #require(overdue.first { $0[0].hasPrefix("dazu/") })
    let command =
      "\(Programs.board) " + paths.map { "--boards \($0)" }.joined(separator: " ")
      + " --today \(ReplicationTests.today) --unit office"
    let tmux = try #require(Tmux(command: command, environment: ["LANG": "C.UTF-8"]))
    #expect(tmux.waitFor("方案（10）").held)
    #expect(tmux.waitFor("[dazu]").held)
    #expect(tmux.waitFor("逾期 \(overdue.count) ").held)
    // The district marks one of its overdue tasks done, commits and pushes; the city pulls.
    let local = String(pulled[0].dropFirst("dazu/".count))
    #expect(
      Programs.board([
        "set", local, pulled[1], "--status", "done", "--unit", "office", "--boards",
        district.path, "--today", ReplicationTests.today,
      ]).status == 0)
    commitAndPush(district.path)
    sh("git -C \(clone) pull -q --ff-only")
    #expect(tmux.waitFor("逾期 \(overdue.count - 1) ").held, "\(tmux.capture())")
  }
}
