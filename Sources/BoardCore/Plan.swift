/// A policy action plan (实施方案, 行动计划) and its key tasks.
public struct Plan: Hashable, Sendable {
  /// ASCII slug, also the file name (`qianjiang-patent-2022` -> `qianjiang-patent-2022.rec`).
  public var id: String
  public var title: String
  /// Jurisdiction as the document names it (黔江区); empty when the document does not say.
  public var region: String
  /// The issuing office as written (重庆市黔江区人民政府办公室).
  public var issuer: String
  /// Document number (文号), e.g. 黔江府办发〔2022〕80号.
  public var number: String
  public var issued: Day?
  public var start: Day?
  public var end: Day?
  /// Where the text came from (a file name or an address).
  public var source: String
  public var tasks: [PlanTask]
  public var indicators: [Indicator]

  public init(
    id: String, title: String, region: String = "", issuer: String = "", number: String = "",
    issued: Day? = nil, start: Day? = nil, end: Day? = nil, source: String = "",
    tasks: [PlanTask] = [], indicators: [Indicator] = []
  ) {
    self.id = id
    self.title = title
    self.region = region
    self.issuer = issuer
    self.number = number
    self.issued = issued
    self.start = start
    self.end = end
    self.source = source
    self.tasks = tasks
    self.indicators = indicators
  }

  public func task(id: String) -> PlanTask? {
    tasks.first { $0.id == id }
  }

  public func taskIndex(id: String) -> Int? {
    tasks.firstIndex { $0.id == id }
  }

  public func indicator(id: String) -> Indicator? {
    indicators.first { $0.id == id }
  }
}
