import BoardCore
import BoardStore

#if canImport(Glibc)
  import Glibc
#endif

/// What `board --version` says: the release number, kept here and nowhere else, and the git
/// commit of the checkout the running binary was built in (`.build/…/board` inside it).
enum Version {
  static let number = "0.5.0"

  /// `board 0.5.0 (git 1a2b3c4d5e6f)`, or `board 0.5.0` outside a checkout.
  static var text: String {
    guard let commit = checkoutCommit() else { return "board \(number)" }
    return "board \(number) (git \(commit.prefix(12)))"
  }

  /// The commit HEAD names in the nearest checkout above the executable, or nil.
  static func checkoutCommit() -> String? {
    var directory = executablePath().map(parent) ?? ""
    while !directory.isEmpty {
      if let gitDirectory = gitDirectory(at: directory + "/.git") {
        return head(gitDirectory)
      }
      directory = directory == "/" ? "" : parent(directory)
    }
    return nil
  }

  private static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `.git` is the directory itself, or (in a worktree) a file saying `gitdir: PATH`.
  private static func gitDirectory(at path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    if info.st_mode & S_IFMT == S_IFDIR { return path }
    guard let line = text(path), line.hasPrefix("gitdir: ") else { return nil }
    let target = String(line.dropFirst("gitdir: ".count))
    return target.hasPrefix("/") ? target : parent(path) + "/" + target
  }

  /// HEAD's commit: detached, or through its branch's ref (loose or packed; in a worktree,
  /// refs live in the common directory).
  private static func head(_ gitDirectory: String) -> String? {
    guard let head = text(gitDirectory + "/HEAD") else { return nil }
    guard head.hasPrefix("ref: ") else { return isCommit(head) ? head : nil }
    let ref = String(head.dropFirst("ref: ".count))
    var directories = [gitDirectory]
    if let common = text(gitDirectory + "/commondir") {
      directories.append(common.hasPrefix("/") ? common : gitDirectory + "/" + common)
    }
    for directory in directories {
      if let commit = text(directory + "/" + ref), isCommit(commit) { return commit }
      let packed = text(directory + "/packed-refs", wholeFile: true) ?? ""
      for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
        let commit = String(line.prefix { $0 != " " })
        if isCommit(commit) { return commit }
      }
    }
    return nil
  }

  private static func isCommit(_ text: String) -> Bool {
    text.count >= 40 && text.allSatisfy(\.isHexDigit)
  }

  /// A small file's first line (or whole text), trimmed; nil when it cannot be read.
  private static func text(_ path: String, wholeFile: Bool = false) -> String? {
    guard let bytes = try? FileSystem.read(path), bytes.count < 1 << 20 else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    let chosen = wholeFile ? text : String(text.prefix { $0 != "\n" })
    return chosen.trimmingWhitespace()
  }
}
