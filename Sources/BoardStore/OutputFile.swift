#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files a command writes for people (a report, chase letters): written whole and atomically,
/// so a reader never opens half a report.
public enum OutputFile {
  public static func write(_ path: String, _ text: String) throws(StoreError) {
    try FileSystem.replaceAtomically(path, with: Array(text.utf8))
  }

  /// Whether something is at `path` already (a file `write` would replace).
  public static func exists(_ path: String) -> Bool {
    FileSystem.exists(path)
  }

  /// Makes the directory (and its parents) unless it exists.
  public static func makeDirectory(_ path: String) throws(StoreError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += part
      if !FileSystem.isDirectory(prefix), mkdir(prefix, 0o755) != 0, errno != EEXIST {
        throw .io(path: prefix, operation: "create directory", message: FileSystem.errorText(errno))
      }
      prefix += "/"
    }
  }
}
