/// A task named by its plan id and its id: what survives a reload, unlike an index.
public struct TaskKey: Hashable, Sendable {
  public var plan: String
  public var task: String

  public init(plan: String, task: String) {
    self.plan = plan
    self.task = task
  }
}

/// A task by its position in the loaded board, valid until the next reload.
struct TaskRef: Hashable, Sendable {
  var plan: Int
  var task: Int
}
