import BoardCore
import BoardStore

#if canImport(Glibc)
  import Glibc
#endif

/// `board ssh-line ID PUBKEY-FILE`: the `authorized_keys` line that makes a unit's key log in
/// as that unit and nothing else (see docs/ssh.md).
///
/// The forced command fixes the identity: sshd runs it whatever the client asks for, and
/// `restrict` turns off forwarding of ports, agents and X11 and `~/.ssh/rc`; `pty` gives back
/// the terminal the board needs.
enum SSHLineCommand: Command {
  static let id = Positional<String>("ID", help: Message("单位编号", "the unit's id"))
  static let keyFile = Positional<String>(
    "PUBKEY-FILE",
    help: Message(
      "该单位的 SSH 公钥文件（*.pub；- 表示标准输入）", "the unit's SSH public key (*.pub; - for standard input)"))

  static let declaration = CommandDeclaration(
    "ssh-line",
    summary: Message(
      "打印 authorized_keys 行，使单位的 SSH 密钥只能以该单位身份使用 board",
      "print the authorized_keys line that forces a unit's SSH key to board"),
    arguments: [id, keyFile])

  static func run(_ input: Input, _ context: Context) throws -> ExitStatus {
    let names = [input[id], input[keyFile]]
    let directory = context.directory
    let (roster, _) = try directory.loadRoster()
    guard let unit = roster.unit(id: names[0]) else {
      let byName = roster.units(named: names[0]).map(\.id)
      let hint =
        byName.isEmpty ? "see board units" : "its id is " + byName.joined(separator: " or ")
      throw CommandError.notFound("no unit with the id \"\(names[0])\" in the roster (\(hint))")
    }
    let file = names[1] == "-" ? "/dev/stdin" : names[1]
    guard let bytes = try FileSystem.read(file) else {
      throw CommandError.notFound("\(names[1]): no such file (the unit's public key, *.pub)")
    }
    let key: PublicKey
    do {
      key = try PublicKey.parse(bytes)
    } catch {
      throw CommandError.invalid("\(names[1]) \(error)")
    }
    let program = try executablePath()
    let boards = try absolutePath(directory.path)
    let command = [program, "--unit", unit.id, "--boards", boards].map(shellQuoted)
      .joined(separator: " ")
    let comment = key.comment.isEmpty ? "board-" + unit.id : key.comment
    context.output.line(
      "command=\"\(command.replacing("\"", with: "\\\""))\",restrict,pty "
        + "\(key.type) \(key.key) \(comment)")
    return .success
  }

  /// The running `board` program's absolute path: sshd runs the forced command with a bare
  /// PATH, so the line names the program exactly.
  static func executablePath() throws(CommandError) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if count > 0 {
      return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    let argument = CommandLine.arguments.first ?? ""
    if argument.contains("/"), let path = try? absolutePath(argument) { return path }
    throw .invalid("cannot find the board program's own path; run it by its full path")
  }

  static func absolutePath(_ path: String) throws(CommandError) -> String {
    guard let resolved = realpath(path, nil) else {
      throw .notFound("\(path): \(String(cString: strerror(errno)))")
    }
    defer { free(resolved) }
    let text = String(cString: resolved)
    guard !text.contains("\n") else { throw .invalid("\(path): a path with a line break") }
    return text
  }

  /// A word for the shell that sshd runs the forced command with: as it is when it is plain,
  /// else in single quotes.
  static func shellQuoted(_ word: String) -> String {
    let plain = word.utf8.allSatisfy { byte in
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || "/._+,:@%=-".utf8.contains(byte)
    }
    if plain && !word.isEmpty { return word }
    return "'" + word.replacing("'", with: "'\\''") + "'"
  }
}
