import BoardTestSupport
import Foundation
import Testing

/// Lead units work over slow SSH links: moving the cursor must send a few dozen bytes, not a
/// screenful. The board runs under `script`, which logs every byte it writes to its terminal,
/// inside a 120x40 tmux pane.
@Suite struct BytesOnWireTests {
  /// The log's size once it has stopped growing for a while.
  func settledSize(of path: String) -> Int {
    var last = -1
    var stableSince = Date()
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      if size != last {
        last = size
        stableSince = Date()
      } else if Date().timeIntervalSince(stableSince) > 0.4 {
        break
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return last
  }

  @Test func aCursorStepSendsFewBytesComparedWithAFullScreen() throws {
    guard let script = Programs.which("script") else {
      Issue.record("script (util-linux) is missing")
      return
    }
    let boards = TemporaryDirectory.copyOfBoards()
    let log = TemporaryDirectory("wire")
    let typescript = log.file("typescript")
    let board = "\(Programs.board) --boards \(boards.path) --today 2026-11-24 --unit office"
    guard
      let tmux = Tmux(
        command: "\(script) -q -f -O \(typescript) -c \(Tmux.quoted(board))",
        environment: ["LANG": "C.UTF-8"])
    else {
      Issue.record("tmux did not start")
      return
    }
    #expect(tmux.waitFor("方案（5）").held)
    // `script` starts its log with one line of its own.
    let header =
      (Repository.bytes(typescript).firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? 0
    let firstScreen = settledSize(of: typescript) - header
    tmux.send("Enter")
    #expect(tmux.waitFor("（16）").held)
    let beforeStep = settledSize(of: typescript)
    tmux.send("j")
    #expect(tmux.waitFor("2/16").held)
    let step = settledSize(of: typescript) - beforeStep
    tmux.send("C-l")
    let repaint = settledSize(of: typescript) - beforeStep - step
    tmux.send("q", "q")
    print(
      "bytes on the wire at 120x40: first screen \(firstScreen), full repaint of the tasks screen \(repaint), one step down \(step)"
    )
    #expect(step > 0)
    #expect(step < 1000)
    #expect(step * 10 < firstScreen)
    #expect(step * 10 < repaint)
  }
}
