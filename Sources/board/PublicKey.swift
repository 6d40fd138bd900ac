/// An OpenSSH public key as a `.pub` file holds it: `TYPE BASE64 [COMMENT]`.
///
/// Checked before it goes into `authorized_keys`: the type is one sshd accepts for user keys,
/// and the base64 blob decodes and names the same type inside (so a truncated or pasted-wrong
/// key is caught here, not at the unit's first failed login). Errors never quote the file:
/// someone may have given the private key by mistake.
struct PublicKey: Equatable {
  var type: String
  /// The base64 text, as written.
  var key: String
  var comment: String

  static let types = [
    "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com", "ssh-rsa",
  ]

  /// Why a file is not one public key.
  enum Problem: Error, Equatable, CustomStringConvertible {
    case privateKey
    case rfc4716
    case empty
    case severalKeys(Int)
    case notAKeyLine
    case unknownType(String)
    case badKeyData
    case controlCharacters

    var description: String {
      switch self {
      case .privateKey:
        return "holds a private key; give the unit's public key (the .pub file) instead"
      case .rfc4716:
        return "holds an SSH2 (RFC 4716) public key; convert it first: ssh-keygen -i -f FILE"
      case .empty:
        return "holds no public key"
      case .severalKeys(let count):
        return "holds \(count) keys; give one key per unit key line"
      case .notAKeyLine:
        return "is not an OpenSSH public key (expected one line \"TYPE BASE64 [COMMENT]\")"
      case .unknownType(let type):
        return "holds a key of type \"\(type)\"; expected one of "
          + PublicKey.types.joined(separator: ", ")
      case .badKeyData:
        return "holds a damaged key: its base64 data does not decode to a key of its type"
      case .controlCharacters:
        return "holds control characters; it is not a public key file"
      }
    }

    var chineseDescription: String {
      switch self {
      case .privateKey:
        return "是私钥；请给出该单位的公钥（.pub 文件）"
      case .rfc4716:
        return "是 SSH2（RFC 4716）格式的公钥；请先转换：ssh-keygen -i -f FILE"
      case .empty:
        return "没有公钥"
      case .severalKeys(let count):
        return "有 \(count) 个密钥；每行只给一个单位的密钥"
      case .notAKeyLine:
        return "不是 OpenSSH 公钥（应为一行“TYPE BASE64 [COMMENT]”）"
      case .unknownType(let type):
        return "密钥类型为“\(type)”；应为以下之一：" + PublicKey.types.joined(separator: "、")
      case .badKeyData:
        return "密钥已损坏：其 base64 数据无法解码为该类型的密钥"
      case .controlCharacters:
        return "含有控制字符，不是公钥文件"
      }
    }
  }

  static func parse(_ bytes: [UInt8]) throws(Problem) -> PublicKey {
    let text = String(decoding: bytes, as: UTF8.self)
    if text.contains("PRIVATE KEY") || text.hasPrefix("PuTTY-User-Key-File") {
      throw .privateKey
    }
    if text.contains("---- BEGIN SSH2 PUBLIC KEY ----") { throw .rfc4716 }
    let lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" }
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    guard let line = lines.first else { throw .empty }
    guard lines.count == 1 else { throw .severalKeys(lines.count) }
    guard !line.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      throw .controlCharacters
    }
    let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
    guard words.count >= 2 else { throw .notAKeyLine }
    let type = String(words[0])
    guard types.contains(type) else {
      // An authorized_keys line with options, or some other text.
      if type.contains("=") || type.contains(",") || !type.allSatisfy(\.isASCII) {
        throw .notAKeyLine
      }
      throw .unknownType(type)
    }
    let key = String(words[1])
    guard let blob = Base64.decode(key), PublicKey.isWellFormed(blob, type: type) else {
      throw .badKeyData
    }
    let comment = words.count == 3 ? words[2].trimmingWhitespace() : ""
    return PublicKey(type: type, key: key, comment: comment)
  }

  /// Whether the blob is the key type's fields and nothing more: SSH strings (a 32-bit
  /// big-endian length, then that many bytes), the first of them the type itself. A key cut
  /// short or pasted into the wrong line fails this.
  private static func isWellFormed(_ blob: [UInt8], type: String) -> Bool {
    var fields: [ArraySlice<UInt8>] = []
    var index = 0
    while index < blob.count {
      guard blob.count - index >= 4 else { return false }
      let length = blob[index..<(index + 4)].reduce(0) { $0 << 8 | Int($1) }
      index += 4
      guard length <= blob.count - index else { return false }
      fields.append(blob[index..<(index + length)])
      index += length
    }
    guard let first = fields.first, String(decoding: first, as: UTF8.self) == type else {
      return false
    }
    switch type {
    case "ssh-ed25519": return fields.count == 2 && fields[1].count == 32
    case "sk-ssh-ed25519@openssh.com": return fields.count == 3 && fields[1].count == 32
    case "sk-ecdsa-sha2-nistp256@openssh.com": return fields.count == 4
    default: return fields.count == 3  // ecdsa: curve and point; rsa: exponent and modulus
    }
  }
}
