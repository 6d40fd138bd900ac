/// What a file given to `board import` is, by its first bytes and its name: a Word file, a
/// format that needs converting first (with the command that converts it), or text.
public enum DocumentFormat: Hashable, Sendable {
  case text
  case docx

  /// The format of `bytes` read from `path`; a format the importer cannot read is an error
  /// naming the conversion.
  public static func of(path: String, bytes: [UInt8]) throws(DocxError) -> DocumentFormat {
    let name = path.lowercased()
    let file = path.isEmpty || path == "-" ? "FILE" : path
    // Word 97–2003 and WPS files, and a password-protected .docx, are OLE compound files.
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      if contains(bytes, marker) { throw .encrypted }
      return try converting(name.hasSuffix(".wps") ? ".wps" : ".doc", file)
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || name.hasSuffix(".docx") { return .docx }
    if bytes.starts(with: Array("%PDF".utf8)) || name.hasSuffix(".pdf") {
      throw .otherFormat(kind: ".pdf", conversion: "pdftotext -layout \(file) \(stem(file)).txt")
    }
    if name.hasSuffix(".doc") { return try converting(".doc", file) }
    if name.hasSuffix(".wps") { return try converting(".wps", file) }
    return .text
  }

  private static func converting(_ kind: String, _ file: String) throws(DocxError) -> DocumentFormat
  {
    throw .otherFormat(
      kind: kind,
      conversion:
        "soffice --headless --convert-to docx \(file), then board import \(stem(file)).docx")
  }

  private static func stem(_ file: String) -> String {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
    guard bytes.count >= pattern.count, let first = pattern.first else { return false }
    var index = 0
    while index + pattern.count <= bytes.count {
      if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
        return true
      }
      index += 1
    }
    return false
  }
}
