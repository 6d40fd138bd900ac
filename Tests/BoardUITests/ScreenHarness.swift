import BoardCore
import BoardStore
import BoardTestSupport
import Foundation
import Testing

@testable import BoardUI

/// Drives the UI model as the terminal would: a board, a session, a size, a script of keys;
/// then the screen as text. Saves are applied to the in-memory board the way the store
/// applies them to the file, so scripts can edit without a disk.
struct ScreenHarness {
  static let today = Day("2026-11-24")!
  static let seedBoard: Board = try! BoardDirectory(path: Repository.boards).load()

  var model: Model
  var board: Board
  /// The changes the model asked to save, in order.
  var saved: [Change] = []

  init(
    unit: String? = "office", language: Language = .zh, size: Size = Size(width: 120, height: 40),
    board: Board = ScreenHarness.seedBoard
  ) {
    self.board = board
    let actor = unit.flatMap { board.roster.unit(id: $0) }
    model = Model(
      board: board, session: Session(actor: actor, language: language, today: ScreenHarness.today),
      size: size)
  }

  var text: String { model.view(size: model.size).text }
  var grid: Grid { model.view(size: model.size) }

  /// Sends keys; a save is applied in memory (or refused by the core) and answered as the
  /// loop would answer it.
  mutating func press(_ keys: [Key]) {
    for key in keys { send(.key(key)) }
  }

  mutating func type(_ text: String) {
    press(text.map { .character($0) })
  }

  mutating func send(_ msg: Msg) {
    var queue = [msg]
    while !queue.isEmpty {
      guard let effect = model.update(queue.removeFirst()) else { continue }
      switch effect {
      case .save(let change):
        saved.append(change)
        queue.append(.saveFinished(apply(change)))
      case .reload:
        queue.append(.reloaded(board))
      case .quit, .redraw, .mouse, .suspend:
        break
      }
    }
  }

  private mutating func apply(_ change: Change) -> SaveOutcome {
    guard let index = board.plans.firstIndex(where: { $0.id == change.planID }) else {
      return .failed("no plan \(change.planID)")
    }
    do {
      let fields = try board.plans[index].apply(
        change, by: model.session.actor, roster: board.roster, today: ScreenHarness.today)
      return .saved(fields: fields)
    } catch {
      return .refused(error)
    }
  }
}

/// Screens compared with text kept in `Tests/BoardUITests/Golden` (`GoldenFiles`;
/// `BOARD_RECORD_GOLDEN=1` re-records).
enum Golden {
  static let files = GoldenFiles(
    directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Golden")

  static func check(
    _ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if let difference = files.difference(name, text) {
      Issue.record("screen \(difference)", sourceLocation: sourceLocation)
    }
  }
}
