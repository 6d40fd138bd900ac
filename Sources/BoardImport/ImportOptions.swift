/// What the person importing says about the document.
public struct ImportOptions: Hashable, Sendable {
  /// The plan id; derived from the document when nil.
  public var id: String?
  /// The jurisdiction, when the document does not name it (or names it otherwise).
  public var region: String?
  /// Where the text came from (the file name), kept in the plan's `Source`.
  public var source: String

  public init(id: String? = nil, region: String? = nil, source: String = "") {
    self.id = id
    self.region = region
    self.source = source
  }
}
