import Foundation

/// Shared by every test target: where the repository is, temporary copies of the shipped
/// boards, running the real `board` binary and other programs.
public enum Repository {
  /// The package's root directory.
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The shipped `boards/` directory.
  public static var boards: String { root + "/boards" }

  /// The five seed documents (copies of ../shared/seeds/, so a clone is self-contained).
  public static var seeds: String { root + "/Tests/Fixtures/seeds" }

  /// Documents written for the importer's tests, in styles the seeds do not show.
  public static var importFixtures: String { root + "/Tests/Fixtures/import" }

  /// The five seed plan ids.
  public static let seedPlans = [
    "dazu-patent-2025", "ip-pilot-city-2026", "luzhou-patent-2024", "qianjiang-patent-2022",
    "xiangzhou-patent-2023",
  ]

  public static func read(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }

  public static func bytes(_ path: String) -> [UInt8] {
    (FileManager.default.contents(atPath: path)).map { [UInt8]($0) } ?? []
  }
}

/// A directory that exists for one test and is removed afterwards.
public final class TemporaryDirectory {
  public let path: String

  public init(_ label: String = "board") {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// A fresh copy of the shipped boards, for tests that change files.
  public static func copyOfBoards() -> TemporaryDirectory {
    let directory = TemporaryDirectory("boards")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: Repository.boards)) ?? []
    where name.hasSuffix(".rec") {
      try? FileManager.default.copyItem(
        atPath: Repository.boards + "/" + name, toPath: directory.path + "/" + name)
    }
    return directory
  }

  public func file(_ name: String) -> String { path + "/" + name }

  public func write(_ name: String, _ text: String) {
    _ = FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8))
  }

  public func write(_ name: String, bytes: [UInt8]) {
    _ = FileManager.default.createFile(atPath: file(name), contents: Data(bytes))
  }

  public func read(_ name: String) -> String { Repository.read(file(name)) }

  /// Every file's bytes by name, but the lock file (which a writer may create) and the derived
  /// cache (which a reader may write, docs/format.md): compare two
  /// snapshots to show that nothing was written.
  public func snapshot() -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    where name != ".lock" && name != ".cache" {  // the lock and the derived cache are no data
      files[name] = Repository.bytes(file(name))
    }
    return files
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// What a finished process said.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

public enum Programs {
  /// The `board` binary built next to the test bundle.
  public static let board: String = {
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    // On Linux the test runner is `.build/<triple>/debug/<package>PackageTests.xctest`, an
    // executable file in the same directory as the products.
    return URL(fileURLWithPath: executable).deletingLastPathComponent().path + "/board"
  }()

  /// Runs `board` with these arguments.
  @discardableResult
  public static func board(
    _ arguments: [String], environment: [String: String] = [:], input: String? = nil
  ) -> ProcessResult {
    run(Programs.board, arguments, environment: environment, input: input)
  }

  /// Runs a program to completion, capturing its output.
  @discardableResult
  public static func run(
    _ path: String, _ arguments: [String], environment: [String: String] = [:],
    input: String? = nil
  ) -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "BOARD_DIR")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    let inPipe = Pipe()
    process.standardInput = inPipe
    do {
      try process.run()
    } catch {
      return ProcessResult(status: -1, stdout: "", stderr: "cannot run \(path): \(error)")
    }
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try? inPipe.fileHandleForWriting.close()
    // Read both pipes while the process runs so a large output cannot block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = outPipe.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    errData = errPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Starts a program without waiting for it; its output goes to the files named (or is
  /// dropped). The caller waits for it or kills it.
  public static func start(
    _ path: String, _ arguments: [String], environment: [String: String] = [:],
    stdout: String? = nil, stderr: String? = nil
  ) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "BOARD_DIR")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    func sink(_ file: String?) -> FileHandle {
      guard let file, FileManager.default.createFile(atPath: file, contents: nil),
        let handle = FileHandle(forWritingAtPath: file)
      else { return FileHandle.nullDevice }
      return handle
    }
    process.standardOutput = sink(stdout)
    process.standardError = sink(stderr)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// A path made absolute with symbolic links resolved, as `realpath` gives it.
  public static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
  }

  /// The name of the operating-system user the tests run as.
  public static var userName: String? {
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }

  /// The full path of a program on PATH, or nil.
  public static func which(_ name: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    {
      let path = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    for directory in ["/usr/sbin", "/sbin"]
    where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
      return "\(directory)/\(name)"
    }
    return nil
  }
}
