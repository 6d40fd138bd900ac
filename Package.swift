// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "board",
  targets: [
    // Model and rules: plans, tasks, units, deadlines, permissions. No I/O, no clock.
    .target(name: "BoardCore"),
    // The board directory on disk: recfile parser and writer, locking, atomic saves, audit log.
    .target(name: "BoardStore", dependencies: ["BoardCore"]),
    // A plan document's plain text -> a plan, the units it needs and a report. Pure.
    .target(name: "BoardImport", dependencies: ["BoardCore"]),
    // Keys -> state -> a grid of cells, and text layout. No ncurses.
    .target(name: "BoardUI", dependencies: ["BoardCore"]),
    .executableTarget(
      name: "board",
      dependencies: ["BoardCore", "BoardStore", "BoardUI", "BoardImport"]
    ),
    // Synthetic boards of any size, and the benchmarks of docs/performance.md (.ci/bench).
    .executableTarget(
      name: "board-bench",
      dependencies: ["BoardCore", "BoardStore"]
    ),
    // Helpers shared by the test targets: temporary boards, running programs.
    .target(name: "BoardTestSupport", path: "Tests/BoardTestSupport"),
    .testTarget(name: "BoardCoreTests", dependencies: ["BoardCore"]),
    .testTarget(
      name: "BoardImportTests",
      dependencies: ["BoardCore", "BoardImport", "BoardStore", "BoardTestSupport"]
    ),
    .testTarget(
      name: "BoardStoreTests",
      dependencies: ["BoardCore", "BoardStore", "BoardTestSupport"]
    ),
    // Drive the real `board` binary: command line, tmux, sshd, concurrent processes.
    .testTarget(
      name: "BoardEndToEndTests",
      dependencies: ["board", "BoardCore", "BoardStore", "BoardTestSupport"]
    ),
  ]
)
