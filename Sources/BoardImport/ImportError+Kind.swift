import BoardCore

extension ImportError: BoardError {
  /// A document that cannot become a plan is a data error.
  public var kind: ErrorKind { .data }
}
