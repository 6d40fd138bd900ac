/// Reads a file that is not part of a board: the document `board import` reads.
public enum InputFile {
  /// The file's bytes; `-` reads standard input.
  public static func read(_ path: String) throws(StoreError) -> [UInt8] {
    let file = path == "-" ? "/dev/stdin" : path
    guard FileSystem.isDirectory(file) == false else {
      throw .io(path: path, operation: "read", message: "is a directory")
    }
    guard let bytes = try FileSystem.read(file) else {
      throw .io(path: path, operation: "open", message: "No such file or directory")
    }
    return bytes
  }
}
