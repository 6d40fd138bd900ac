import BoardTestSupport
import Foundation
import Testing

@testable import BoardUI

#if canImport(Glibc)
  import Glibc
#endif

/// Columns line up only if every character's width is what the terminal gives it.
@Suite struct DisplayWidthTests {
  struct Width: CustomStringConvertible, Sendable {
    var text: String
    var columns: Int
    var description: String { text.debugDescription }
  }

  static let widths: [Width] = [
    Width(text: "abc", columns: 3),
    Width(text: "区科技局", columns: 8),
    Width(text: "ab中文cd", columns: 8),
    Width(text: "（一）促进", columns: 10),
    Width(text: "，。、；：", columns: 10),
    Width(text: "ＡＢ１", columns: 6),
    Width(text: "e\u{301}", columns: 1),
    Width(text: "中\u{301}", columns: 2),
    Width(text: "“专利”", columns: 6),
    Width(text: "2022—2024年", columns: 11),
    Width(text: "", columns: 0),
  ]

  @Test(arguments: widths)
  func textTakesItsColumns(_ width: Width) {
    #expect(width.text.displayWidth == width.columns)
  }

  struct Cut: CustomStringConvertible, Sendable {
    var text: String
    var width: Int
    var expected: String
    var description: String { "\(text.debugDescription) to \(width)" }
  }

  static let cuts: [Cut] = [
    Cut(text: "区科技局", width: 8, expected: "区科技局"),
    Cut(text: "区科技局", width: 7, expected: "区科技…"),
    // The wide character that would straddle the edge is left out whole.
    Cut(text: "区科技局", width: 6, expected: "区科…"),
    Cut(text: "区科技局", width: 4, expected: "区…"),
    Cut(text: "区科技局", width: 1, expected: "…"),
    Cut(text: "区科技局", width: 0, expected: ""),
    Cut(text: "ab中文cd", width: 5, expected: "ab中…"),
    Cut(text: "ab中文cd", width: 4, expected: "ab…"),
    Cut(text: "e\u{301}e\u{301}e\u{301}e\u{301}", width: 3, expected: "e\u{301}e\u{301}…"),
    Cut(text: "（一）促进", width: 5, expected: "（一…"),
  ]

  @Test(arguments: cuts)
  func longTextIsCutWithAnEllipsisAtACharacterBoundary(_ cut: Cut) {
    let result = cut.text.truncated(toWidth: cut.width)
    #expect(result == cut.expected)
    #expect(result.displayWidth <= cut.width)
  }

  @Test func paddingFillsExactlyTheWidthEvenWhenAWideCharacterIsLeftOut() {
    #expect("区科技局".padded(toWidth: 6) == "区科… ")
    #expect("区科技局".padded(toWidth: 6).displayWidth == 6)
    #expect("ab".padded(toWidth: 4) == "ab  ")
  }

  /// ncurses and tmux place characters by glibc's `wcwidth`; the board must agree with it
  /// on every character it ships.
  @Test func agreesWithGlibcWcwidthOnEveryCharacterOfTheSeedBoards() throws {
    // Glibc's module map leaves wcwidth out (it needs _XOPEN_SOURCE); take it from libc.
    typealias WidthFunction = @convention(c) (wchar_t) -> Int32
    guard let symbol = dlsym(nil, "wcwidth") else {
      Issue.record("no wcwidth in libc")
      return
    }
    let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
    let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    guard setlocale(LC_CTYPE, "C.UTF-8") != nil else {
      Issue.record("no C.UTF-8 locale")
      return
    }
    defer { setlocale(LC_CTYPE, previous) }
    var scalars = Set<Unicode.Scalar>()
    for name in try FileManager.default.contentsOfDirectory(atPath: Repository.boards)
    where name.hasSuffix(".rec") {
      scalars.formUnion(Repository.read(Repository.boards + "/" + name).unicodeScalars)
    }
    let extra = "“”‘’—…·（）【】《》〔〕、。，；：！？ＡＺ０９é\u{301}"
    scalars.formUnion(extra.unicodeScalars)
    var disagreements: [String] = []
    for scalar in scalars where scalar.value >= 0x20 && scalar.value != 0x7F {
      let glibc = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
      if glibc != DisplayWidth.of(scalar) {
        disagreements.append(
          "U+\(String(scalar.value, radix: 16)) board \(DisplayWidth.of(scalar)) glibc \(glibc)")
      }
    }
    #expect(scalars.count > 500)
    #expect(disagreements.isEmpty, "\(disagreements)")
  }
}
