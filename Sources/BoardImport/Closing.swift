/// The end matter of a document: general provisions after the last measure (本意见自印发之日起
/// 实施…), the signature and date. They belong to no task.
enum Closing {
  static let provisionFragments = [
    "自印发之日起", "从印发之日起", "自发布之日起", "自公布之日起", "有效期至", "有效期为", "负责解释", "进行解释",
  ]

  /// A paragraph of general provisions for the whole document.
  static func isClosing(_ text: String) -> Bool {
    provisionFragments.contains { text.contains($0) }
  }

  /// A signature (an office's name alone) or a date alone, as a document ends.
  static func isSignature(_ text: String) -> Bool {
    let line = text.trimmingWhitespace()
    if DocumentDate.standalone(line) != nil { return true }
    if line == "（此件公开发布）" || line == "（此件主动公开）" || line == "（此件不予公开）" { return true }
    guard line.count <= 30, !line.contains(where: { Scan.paragraphEnds.contains($0) || $0 == "，" })
    else { return false }
    return Issuer.officeSuffixes.contains { line.hasSuffix($0) }
  }
}
