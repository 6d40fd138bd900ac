/// Why a Word file could not be read. The wording is fixed here, in both languages.
public enum DocxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Not a zip at all (and not a format named below).
  case notZip
  /// Starts as a zip but its directory at the end is missing or cut.
  case truncated(detail: String)
  /// A zip without `word/document.xml`: not a Word document.
  case notWord
  /// Password-protected: Word keeps such a file in an encrypted container.
  case encrypted
  /// An entry inflates past the bound.
  case tooLarge(entry: String, limit: Int)
  /// An entry is stored in a way the reader does not know, or its data is damaged.
  case damaged(entry: String, detail: String)
  /// The XML of an entry is malformed.
  case badXML(entry: String, offset: Int, detail: String)
  /// Another format: a conversion makes it readable.
  case otherFormat(kind: String, conversion: String)

  public var description: String {
    switch self {
    case .notZip:
      return "not a Word document (.docx): the file is not a zip archive"
    case .truncated(let detail):
      return "the .docx file is incomplete (\(detail)): it was cut off; copy it again"
    case .notWord:
      return "not a Word document: the zip has no word/document.xml"
    case .encrypted:
      return
        "the Word document is password-protected: open it in Word, remove the password, save and try again"
    case .tooLarge(let entry, let limit):
      return "\(entry) inflates past \(limit / (1 << 20)) MB: not a plan document"
    case .damaged(let entry, let detail):
      return "\(entry) in the .docx is damaged (\(detail))"
    case .badXML(let entry, let offset, let detail):
      return "\(entry): byte \(offset): \(detail)"
    case .otherFormat(let kind, let conversion):
      return "a \(kind) file cannot be read directly; convert it first: \(conversion)"
    }
  }

  public var chineseDescription: String {
    switch self {
    case .notZip:
      return "不是 Word 文档（.docx）：文件不是 zip 压缩包"
    case .truncated(let detail):
      return ".docx 文件不完整（\(detail)），可能被截断，请重新复制"
    case .notWord:
      return "不是 Word 文档：压缩包中没有 word/document.xml"
    case .encrypted:
      return "Word 文档设有密码：请在 Word 中取消密码后另存，再导入"
    case .tooLarge(let entry, let limit):
      return "\(entry) 解压后超过 \(limit / (1 << 20)) MB，不是方案文档"
    case .damaged(let entry, let detail):
      return ".docx 中的 \(entry) 已损坏（\(detail)）"
    case .badXML(let entry, let offset, let detail):
      return "\(entry)：第\(offset)字节：\(detail)"
    case .otherFormat(let kind, let conversion):
      return "无法直接读取 \(kind) 文件，请先转换：\(conversion)"
    }
  }
}

/// A `DocxError` with the file it is about, as the command line reports it.
public struct DocxFileError: Error, Hashable, Sendable, CustomStringConvertible {
  public var path: String
  public var error: DocxError

  public init(path: String, error: DocxError) {
    self.path = path
    self.error = error
  }

  public var description: String { "\(path): \(error.description)" }
  public var chineseDescription: String { "\(path)：\(error.chineseDescription)" }
}
