// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "board",
  targets: [
    // Model and rules: plans, tasks, units, deadlines, permissions. No I/O, no clock.
    .target(name: "BoardCore"),
    // The board directory on disk: recfile parser and writer, locking, atomic saves, audit log.
    .target(name: "BoardStore", dependencies: ["BoardCore"]),
    // Keys -> state -> a grid of cells, and text layout. No ncurses.
    .target(name: "BoardUI", dependencies: ["BoardCore"]),
    // The system's ncursesw, imported only by BoardTerminal.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The thin ncurses edge: paints a grid, reads keys.
    .target(name: "BoardTerminal", dependencies: ["BoardUI", "CNcursesw"]),
    .executableTarget(
      name: "board",
      dependencies: ["BoardCore", "BoardStore", "BoardUI", "BoardTerminal"]
    ),
    .testTarget(name: "BoardCoreTests", dependencies: ["BoardCore"]),
    .testTarget(name: "BoardStoreTests", dependencies: ["BoardCore", "BoardStore"]),
    .testTarget(name: "BoardUITests", dependencies: ["BoardCore", "BoardStore", "BoardUI"]),
    .testTarget(
      name: "BoardEndToEndTests",
      dependencies: ["board", "BoardCore", "BoardStore"]
    ),
  ]
)
