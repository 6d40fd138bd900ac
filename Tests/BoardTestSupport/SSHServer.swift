import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real OpenSSH `sshd` on 127.0.0.1, for one test: host key, config and authorized_keys
/// in a temporary directory, a free port, and stopped when the test lets go of it (also when
/// the test fails). Also the client side: keys and `ssh` command lines.
///
/// The account is the one the tests run as. For root the config allows root logins only with
/// a forced command (`PermitRootLogin forced-commands-only`), which is all the board's keys
/// have; no account is created, so none is left behind. sshd runs under `timeout`, so even a
/// test runner that crashes leaves no server running for long.
public final class SSHServer {
  public let directory: TemporaryDirectory
  public let port: Int
  public let user: String
  private let process: Process

  /// Why the server cannot run here, or nil when it can.
  public static var missing: String? {
    for program in ["sshd", "ssh", "ssh-keygen", "timeout"] where Programs.which(program) == nil {
      return
        "\(program) is missing: apt-get install openssh-server openssh-client (bash .ci/install)"
    }
    return Programs.userName == nil ? "the test user has no name" : nil
  }

  /// Whether the SSH tests run: where sshd can run, and always in CI (`CI=true`), where a
  /// missing sshd is a failure, not a reason to skip.
  public static var shouldRun: Bool {
    missing == nil || ProcessInfo.processInfo.environment["CI"] == "true"
  }

  public var authorizedKeysPath: String { directory.file("authorized_keys") }
  public var logPath: String { directory.file("sshd.log") }
  /// What sshd said so far (`-e`: its log on stderr).
  public var log: String { directory.read("sshd.log") }

  /// Starts sshd with these authorized_keys lines and waits until it listens.
  public init(authorizedKeys: [String]) throws {
    if let missing = SSHServer.missing { throw SSHError(missing) }
    directory = TemporaryDirectory("sshd")
    user = Programs.userName ?? "root"
    // The privilege separation directory sshd needs when it runs as root.
    if geteuid() == 0 && !FileManager.default.fileExists(atPath: "/run/sshd") {
      try? FileManager.default.createDirectory(
        atPath: "/run/sshd", withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o755])
    }
    let keygen = Programs.which("ssh-keygen") ?? "ssh-keygen"
    let hostKey = directory.file("host_ed25519")
    let made = Programs.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "", "-f", hostKey])
    guard made.status == 0 else { throw SSHError("ssh-keygen: \(made.stderr)") }
    directory.write(
      "known_hosts_key", directory.read("host_ed25519.pub").trimmingCharacters(in: .newlines))
    directory.write("authorized_keys", authorizedKeys.map { $0 + "\n" }.joined())

    var lastLog = ""
    // A port found free can be taken before sshd binds it: then try another.
    for _ in 0..<3 {
      let port = try SSHServer.freePort()
      directory.write(
        "sshd_config",
        SSHServer.config(
          port: port, hostKey: hostKey, authorizedKeys: directory.file("authorized_keys"),
          user: user, pidFile: directory.file("sshd.pid")))
      let process = try Programs.start(
        Programs.which("timeout") ?? "/usr/bin/timeout",
        [
          "600", Programs.which("sshd") ?? "/usr/sbin/sshd", "-D", "-e", "-f",
          directory.file("sshd_config"),
        ],
        stderr: directory.file("sshd.log"))
      let deadline = Date().addingTimeInterval(20)
      while process.isRunning && Date() < deadline
        && !directory.read("sshd.log").contains("Server listening")
      {
        usleep(20_000)
      }
      if process.isRunning && directory.read("sshd.log").contains("Server listening") {
        self.port = port
        self.process = process
        directory.write(
          "known_hosts", "[127.0.0.1]:\(port) " + directory.read("known_hosts_key") + "\n")
        return
      }
      lastLog = directory.read("sshd.log")
      SSHServer.halt(process, pidFile: directory.file("sshd.pid"))
    }
    throw SSHError("sshd did not start: \(lastLog)")
  }

  private static func config(
    port: Int, hostKey: String, authorizedKeys: String, user: String, pidFile: String
  ) -> String {
    """
    ListenAddress 127.0.0.1
    Port \(port)
    HostKey \(hostKey)
    PidFile \(pidFile)
    AuthorizedKeysFile \(authorizedKeys)
    # The temporary directory is not the user's home: do not check its modes.
    StrictModes no
    UsePAM no
    PubkeyAuthentication yes
    PasswordAuthentication no
    KbdInteractiveAuthentication no
    PermitRootLogin forced-commands-only
    AllowUsers \(user)
    # As docs/ssh.md sets it up: the client's environment is not taken, but its locale is.
    PermitUserEnvironment no
    AcceptEnv LANG LC_*
    LogLevel VERBOSE

    """
  }

  /// Replaces the authorized_keys lines; sshd reads the file at each login.
  public func setAuthorizedKeys(_ lines: [String]) {
    directory.write("authorized_keys", lines.map { $0 + "\n" }.joined())
  }

  /// The `ssh` command line that logs in with `key` and asks for `remote` (which a forced
  /// command ignores). `tty`: `-tt`, a terminal even without one here (for tmux).
  public func clientArguments(
    key: SSHKey, remote: [String] = [], tty: Bool = false, options: [String] = []
  ) -> [String] {
    var arguments = [
      "-F", "/dev/null", "-i", key.privatePath, "-p", String(port),
      "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
      "-o", "UserKnownHostsFile=\(directory.file("known_hosts"))",
      "-o", "GlobalKnownHostsFile=/dev/null", "-o", "ConnectTimeout=20", "-o", "LogLevel=ERROR",
    ]
    arguments += options
    if tty { arguments.append("-tt") }
    arguments.append("\(user)@127.0.0.1")
    return arguments + remote
  }

  /// Logs in with `key`, asks for `remote`, and returns what came back.
  public func run(key: SSHKey, remote: [String] = [], options: [String] = []) -> ProcessResult {
    Programs.run(
      Programs.which("ssh") ?? "/usr/bin/ssh",
      clientArguments(key: key, remote: remote, options: options))
  }

  /// Stops sshd and waits for it.
  public func stop() {
    SSHServer.halt(process, pidFile: directory.file("sshd.pid"))
  }

  /// The signal goes to sshd itself (its pid file), not to `timeout`: a process started from
  /// a test thread inherits that thread's blocked signals, so `timeout` may have SIGTERM
  /// blocked; sshd resets its mask.
  private static func halt(_ process: Process, pidFile: String) {
    guard process.isRunning else { return }
    let pid = Int32(Repository.read(pidFile).trimmingCharacters(in: .whitespacesAndNewlines))
    if let pid { kill(pid, SIGTERM) }
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning {
      if let pid { kill(pid, SIGKILL) }
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
  }

  deinit { stop() }

  /// A TCP port on 127.0.0.1 that nothing listens on now.
  static func freePort() throws -> Int {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw SSHError("socket: \(errno)") }
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
    }
    guard bound == 0 else { throw SSHError("bind: \(errno)") }
    let named = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
    }
    guard named == 0 else { throw SSHError("getsockname: \(errno)") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}

/// A user key pair made for one test.
public struct SSHKey: Sendable {
  public let privatePath: String
  public var publicPath: String { privatePath + ".pub" }

  public init(in directory: TemporaryDirectory, name: String, comment: String) throws {
    privatePath = directory.file(name)
    let made = Programs.run(
      Programs.which("ssh-keygen") ?? "ssh-keygen",
      ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", privatePath])
    guard made.status == 0 else { throw SSHError("ssh-keygen: \(made.stderr)") }
  }
}

public struct SSHError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
