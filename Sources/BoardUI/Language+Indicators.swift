import BoardCore

extension Language {
  /// How an indicator's year stands, in words: 达标, 未达标, 未报送.
  public func name(of state: IndicatorYear.State) -> String {
    switch state {
    case .met: return pick("达标", "met")
    case .behind: return pick("未达标", "behind")
    case .missing: return pick("未报送", "missing")
    case .pending: return pick("待报送", "pending")
    case .reported: return pick("已报送", "reported")
    }
  }
}
