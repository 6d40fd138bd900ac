import Foundation

/// A tmux server of its own (a private socket, no user configuration) running one session of
/// a given size: for driving the real TUI in tests. Always killed at the end.
public final class Tmux {
  public let socket: String
  public let session = "board"
  public let tmux: String

  /// Starts `command` (run by `sh -c`) in a detached session of `width` x `height`; nil when
  /// tmux is missing or the session does not start.
  public init?(
    width: Int = 120, height: Int = 40, command: String, environment: [String: String] = [:]
  ) {
    guard let tmux = Programs.which("tmux") else { return nil }
    self.tmux = tmux
    socket = "board-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    var arguments = [
      "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width),
      "-y", String(height),
    ]
    // As `env` words in the command: tmux's own `-e` does not reach the first session's
    // command when the same call starts the server.
    let assignments = environment.sorted { $0.key < $1.key }.map {
      Tmux.quoted("\($0.key)=\($0.value)")
    }
    arguments.append(
      assignments.isEmpty ? command : "env " + assignments.joined(separator: " ") + " " + command)
    guard Tmux.spawnAndWait(tmux, ["-L", socket] + arguments) == 0 else { return nil }
    // Keep the pane after its command ends, so a test can still read what it left.
    run(["set-option", "-t", session, "remain-on-exit", "on"])
  }

  deinit {
    run(["kill-server"])
  }

  @discardableResult
  public func run(_ arguments: [String]) -> ProcessResult {
    Programs.run(tmux, ["-L", socket] + arguments, environment: ["TMUX": ""])
  }

  /// The pane as text, one line per row.
  public func capture() -> String {
    run(["capture-pane", "-p", "-t", session]).stdout
  }

  /// The pane with its colours and attributes as escape sequences.
  public func captureWithAttributes() -> String {
    run(["capture-pane", "-p", "-e", "-t", session]).stdout
  }

  /// Sends keys by tmux name (`Enter`, `Escape`, `C-c`, `j`).
  public func send(_ keys: String...) {
    run(["send-keys", "-t", session] + keys)
  }

  /// Sends text as it is (UTF-8 Chinese included), as typed or committed by an input method.
  public func type(_ text: String) {
    run(["send-keys", "-t", session, "-l", text])
  }

  /// The value of a tmux format (`#{pane_pid}`, `#{pane_title}`).
  public func format(_ format: String) -> String {
    run(["display-message", "-p", "-t", session, format]).stdout.trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// Polls the pane until `condition` holds or `timeout` seconds pass; returns the last
  /// capture and whether the condition held.
  @discardableResult
  public func waitFor(
    timeout: Double = 20, _ condition: (String) -> Bool
  ) -> (screen: String, held: Bool) {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = capture()
    while !condition(screen) {
      if Date() > deadline { return (screen, false) }
      Thread.sleep(forTimeInterval: 0.05)
      screen = capture()
    }
    return (screen, true)
  }

  @discardableResult
  public func waitFor(_ text: String, timeout: Double = 20) -> (screen: String, held: Bool) {
    waitFor(timeout: timeout) { $0.contains(text) }
  }

  /// A word for `sh`, in single quotes.
  public static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Runs a program with no inherited descriptors but /dev/null on 0, 1 and 2, and waits.
  ///
  /// Not `Process`: Foundation learns that a child ended when a socket it gave the child
  /// closes, and the tmux server that `new-session` leaves behind would keep it open forever.
  static func spawnAndWait(_ path: String, _ arguments: [String]) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // glibc's posix_spawn_file_actions_addclosefrom_np, which its Swift module leaves out.
    typealias CloseFrom =
      @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32)
      -> Int32
    if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
    }
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    // A clean signal state, as a login shell would have: the test runner's threads block
    // signals, and a child inherits that mask.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status
  }

  /// The processes under `pid`, children first (Linux `/proc`).
  public static func descendants(of pid: Int32) -> [Int32] {
    let children = procFile("/proc/\(pid)/task/\(pid)/children").split(separator: " ")
      .compactMap { Int32($0) }
    return children + children.flatMap { descendants(of: $0) }
  }

  /// A process's arguments, the program first.
  public static func commandLine(of pid: Int32) -> [String] {
    procFile("/proc/\(pid)/cmdline").split(separator: "\0").map(String.init)
  }

  /// A `/proc` file, read to its end (they claim a size of 0).
  private static func procFile(_ path: String) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
  }
}
