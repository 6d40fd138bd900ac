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
    // The system's ncursesw (apt: libncurses-dev). Not through pkg-config: its flags
    // (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are prohibited by SwiftPM, which then warns on
    // every fresh build; the module map's `link "ncursesw"` and shim.h's include suffice.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    // The joint meeting's report as one value built by core's rules, and its formats
    // (Markdown, CSV, HTML); chase letters (催办通知). Pure: no I/O, no clock.
    .target(name: "BoardReport", dependencies: ["BoardCore", "BoardUI"]),
    // The thin ncurses edge: starts and restores the terminal, reads keys, paints grids.
    // The only target that imports CNcursesw.
    .target(name: "BoardTerminal", dependencies: ["BoardUI", "CNcursesw"]),
    // The system's zlib (apt: zlib1g-dev): inflates the entries of a .docx (a zip).
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    // A Word file (.docx) -> the plain text the importer reads: the zip container, a small
    // XML reader, paragraphs with Word's numbering, tables, tracked changes. The only target
    // that imports CZlib.
    .target(name: "BoardDocx", dependencies: ["CZlib"]),
    .executableTarget(
      name: "board",
      dependencies: [
        "BoardCore", "BoardStore", "BoardUI", "BoardImport", "BoardDocx", "BoardTerminal",
        "BoardReport",
      ]
    ),
    // Synthetic boards of any size, and the benchmarks of docs/performance.md (.ci/bench).
    .executableTarget(
      name: "board-bench",
      dependencies: ["BoardCore", "BoardStore", "BoardUI"]
    ),
    // Helpers shared by the test targets: temporary boards, running programs, tmux.
    .target(name: "BoardTestSupport", path: "Tests/BoardTestSupport"),
    .testTarget(name: "BoardCoreTests", dependencies: ["BoardCore"]),
    .testTarget(
      name: "BoardImportTests",
      dependencies: ["BoardCore", "BoardImport", "BoardStore", "BoardTestSupport"]
    ),
    .testTarget(
      name: "BoardDocxTests",
      dependencies: ["BoardCore", "BoardDocx", "BoardImport", "BoardTestSupport"]
    ),
    .testTarget(
      name: "BoardStoreTests",
      dependencies: ["BoardCore", "BoardStore", "BoardTestSupport"]
    ),
    // The report's numbers against hand counts, its formats parsed back.
    .testTarget(
      name: "BoardReportTests",
      dependencies: ["BoardCore", "BoardReport", "BoardStore", "BoardUI", "BoardTestSupport"]
    ),
    // Screens as text against golden files, keys -> state, display width.
    .testTarget(
      name: "BoardUITests",
      dependencies: ["BoardCore", "BoardStore", "BoardUI", "BoardTestSupport"],
      exclude: ["Golden"]
    ),
    // Drive the real `board` binary: command line, tmux, sshd, concurrent processes.
    .testTarget(
      name: "BoardEndToEndTests",
      dependencies: ["board", "BoardCore", "BoardStore", "BoardTestSupport"],
      exclude: ["Golden"]
    ),
  ]
)
