/// A government unit that can lead or cooperate on tasks, or the joint-meeting office.
///
/// Units belong to one jurisdiction: the 区市场监管局 of 黔江区 and that of 大足区 are two units
/// with two ids, never counted or permitted together.
public struct Unit: Hashable, Sendable {
  /// What a unit may do on the board; see `Permissions`.
  public enum Role: String, CaseIterable, Hashable, Sendable {
    /// The joint-meeting office: may change everything.
    case office
    /// A lead or cooperating unit: may change only its own tasks.
    case unit
  }

  /// ASCII id, used on command lines and in SSH forced commands (`qj-kjj`).
  public var id: String
  /// The name as the plan writes it (区科技局).
  public var name: String
  /// Jurisdiction as the documents name it (黔江区); empty when no document names one.
  public var region: String
  public var role: Role
  /// Other names documents use for the same unit.
  public var aliases: [String]
  /// Operating-system user names that act as this unit when no `--unit` is given.
  public var logins: [String]

  public init(
    id: String, name: String, region: String = "", role: Role = .unit,
    aliases: [String] = [], logins: [String] = []
  ) {
    self.id = id
    self.name = name
    self.region = region
    self.role = role
    self.aliases = aliases
    self.logins = logins
  }

  /// Whether an id can be used on command lines and in file names: ASCII letters, digits,
  /// `-`, `_` and `.`, starting with a letter or digit.
  public static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, isIDStart(first) else { return false }
    return id.utf8.allSatisfy {
      isIDStart($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
    }
  }

  private static func isIDStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }
}
