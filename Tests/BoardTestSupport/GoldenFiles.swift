import Foundation

/// Text kept in files beside the tests (screens, help pages). `BOARD_RECORD_GOLDEN=1` writes
/// the files instead of comparing; a missing file is a difference.
public struct GoldenFiles: Sendable {
  public let directory: String

  public init(directory: String) {
    self.directory = directory
  }

  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["BOARD_RECORD_GOLDEN"] == "1"
  }

  /// Nil when `text` is what `name` holds (or was just recorded); else what differs.
  public func difference(_ name: String, _ text: String) -> String? {
    let path = directory + "/" + name + ".txt"
    let actual = text + "\n"
    if GoldenFiles.isRecording {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try? actual.write(toFile: path, atomically: true, encoding: .utf8)
      return nil
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
      return "no golden file \(path); run with BOARD_RECORD_GOLDEN=1 to record it"
    }
    guard expected != actual else { return nil }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    func line(_ lines: [Substring]) -> String {
      firstDifference < lines.count ? String(lines[firstDifference]) : "(end)"
    }
    return """
      \(name) differs from \(path) at line \(firstDifference + 1):
      expected: \(line(expectedLines))
      actual:   \(line(actualLines))
      (BOARD_RECORD_GOLDEN=1 re-records)
      """
  }
}
