import BoardCore

/// The language of labels: Chinese by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable {
  case zh
  case en

  /// Picks the Chinese or the English form.
  public func pick(_ chinese: String, _ english: String) -> String {
    self == .zh ? chinese : english
  }

  public func name(of status: Status) -> String {
    self == .zh ? status.chineseName : status.englishName
  }

  public func name(of light: Light) -> String {
    switch light {
    case .green: return pick("绿", "green")
    case .yellow: return pick("黄", "yellow")
    case .red: return pick("红", "red")
    }
  }

  /// A step of the supervision cycle: 申请办结, 已办结, 退回, …
  public func name(of kind: TaskEvent.Kind) -> String {
    self == .zh ? kind.chineseName : kind.englishName
  }

  /// A chase level: 蓝色, 黄色, 红色.
  public func name(of level: ChaseLevel) -> String {
    self == .zh ? level.chineseName : level.rawValue
  }

  /// One event of a task's time line as a person reads it, without date and unit:
  /// 申请延期至 2027-06-30：设备延迟到货, 催办（红色）：请尽快.
  public func describe(_ event: TaskEvent) -> String {
    var head = name(of: event.kind)
    switch event.kind {
    case .requestExtension:
      head += pick("至 ", " to ") + (event.deadline?.description ?? "")
    case .approveExtension:
      head +=
        pick("：", ": ") + deadline(event.previousDeadline) + " → "
        + (event.deadline?.description ?? "")
    case .chase:
      head += pick("（\(name(of: event.level ?? .blue))）", " (\(name(of: event.level ?? .blue)))")
    default:
      break
    }
    guard !event.text.isEmpty else { return head }
    let separator = event.kind == .approveExtension ? pick("；", "; ") : pick("：", ": ")
    return head + separator + event.text
  }

  public func name(of role: Unit.Role) -> String {
    switch role {
    case .office: return pick("办公室", "office")
    case .unit: return pick("单位", "unit")
    }
  }

  /// A deadline as shown: the date, or 长期 for an ongoing task.
  public func deadline(_ due: Day?) -> String {
    due?.description ?? pick("长期", "ongoing")
  }

  /// How a list of units is joined for people: 、 in Chinese.
  public var listSeparator: String { pick("、", ", ") }

  /// The jurisdiction as shown beside a unit's name; the office and plans without one say so.
  public func region(_ region: String) -> String {
    region.isEmpty ? pick("（未注明）", "(none)") : region
  }

  public func message(for error: ChangeError) -> String {
    self == .zh ? error.chineseDescription : error.description
  }
}

extension Localized {
  /// The text in `language`.
  public func text(_ language: Language) -> String { language.pick(zh, en) }
}
