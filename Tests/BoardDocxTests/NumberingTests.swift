import Testing

@testable import BoardDocx

/// Word's number formats as a reader sees them.
@Suite struct NumberingTests {
  @Test(arguments: [
    (1, "chineseCounting", "一"), (10, "chineseCountingThousand", "十"),
    (12, "chineseCounting", "十二"),
    (20, "chineseCounting", "二十"), (3, "decimal", "3"), (2, "decimalEnclosedCircle", "②"),
    (4, "lowerLetter", "d"), (9, "upperRoman", "IX"), (5, "decimalFullWidth", "５"),
  ])
  func formats(_ value: Int, _ format: String, _ shown: String) {
    #expect(Numbering.format(value, format) == shown)
  }
}
