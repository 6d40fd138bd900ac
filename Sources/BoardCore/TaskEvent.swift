/// One step of the supervision cycle (督办) recorded on a task: who, when, what.
///
/// A task's events are its history: completion requested (申请办结), signed off (已办结) or
/// sent back (退回); an extension requested (申请延期), approved or refused; a chase (催办).
/// Where a task stands (awaiting sign-off, an extension pending, its chase level) is derived
/// from them (`Supervision`), never stored beside them.
public struct TaskEvent: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// A lead unit reports the task done and asks the office to sign it off.
    case requestDone = "request-done"
    /// The office accepts the completion: the task is done (已办结).
    case signOff = "signoff"
    /// The office sends the completion back with a reason: the task is in progress again.
    case sendBack = "sendback"
    /// A lead unit asks for a later deadline, with a reason.
    case requestExtension = "request-extension"
    /// The office grants it: the deadline changes; the event keeps the old one.
    case approveExtension = "approve-extension"
    /// The office refuses it, with a reason.
    case refuseExtension = "refuse-extension"
    /// The office chases the lead unit.
    case chase

    /// 申请办结, 已办结, 退回, …
    public var chineseName: String {
      switch self {
      case .requestDone: return "申请办结"
      case .signOff: return "已办结"
      case .sendBack: return "退回"
      case .requestExtension: return "申请延期"
      case .approveExtension: return "批准延期"
      case .refuseExtension: return "不予延期"
      case .chase: return "催办"
      }
    }

    public var englishName: String {
      switch self {
      case .requestDone: return "completion requested"
      case .signOff: return "signed off"
      case .sendBack: return "sent back"
      case .requestExtension: return "extension requested"
      case .approveExtension: return "extension approved"
      case .refuseExtension: return "extension refused"
      case .chase: return "chased"
      }
    }

    /// Whether the event must carry a text (a note, a reason).
    var needsText: Bool {
      switch self {
      case .requestDone, .sendBack, .requestExtension, .refuseExtension: return true
      case .signOff, .approveExtension, .chase: return false
      }
    }
  }

  public var date: Day
  /// The id of the unit that acted.
  public var unit: String
  public var kind: Kind
  /// The deadline asked for (`requestExtension`) or granted (`approveExtension`).
  public var deadline: Day?
  /// The deadline before an approved extension: the task's history keeps it.
  public var previousDeadline: Day?
  /// How urgent a chase was when it was made.
  public var level: ChaseLevel?
  /// The note, reason or message; may be empty where the kind needs none.
  public var text: String

  public init(
    date: Day, unit: String, kind: Kind, deadline: Day? = nil, previousDeadline: Day? = nil,
    level: ChaseLevel? = nil, text: String = ""
  ) {
    self.date = date
    self.unit = unit
    self.kind = kind
    self.deadline = deadline
    self.previousDeadline = previousDeadline
    self.level = level
    self.text = text
  }

  /// What follows the kind in the file and in the log: the kind's own values, then the text.
  ///
  /// `request-extension NEW reason`, `approve-extension OLD NEW`, `chase LEVEL message`.
  public var detail: String {
    var words: [String] = []
    switch kind {
    case .requestExtension:
      words.append(deadline?.description ?? "")
    case .approveExtension:
      words.append(previousDeadline?.description ?? "-")
      words.append(deadline?.description ?? "")
    case .chase:
      words.append(level?.rawValue ?? ChaseLevel.blue.rawValue)
    default:
      break
    }
    if !text.isEmpty { words.append(text) }
    return words.joined(separator: " ")
  }

  /// The value of an `Event:` field: `DATE UNIT KIND DETAIL`.
  public var value: String {
    let head = "\(date) \(unit) \(kind.rawValue)"
    let detail = self.detail
    return detail.isEmpty ? head : head + " " + detail
  }

  /// Reads the value of an `Event:` field; nil when it is not of that form.
  public init?(value: String) {
    let parts = value.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count >= 3, let date = Day(parts[0]), Unit.isValidID(String(parts[1])),
      let kind = Kind(rawValue: String(parts[2]))
    else { return nil }
    let rest = parts.count == 4 ? String(parts[3]) : ""
    guard
      let event = TaskEvent(date: date, unit: String(parts[1]), kind: kind, detail: rest)
    else { return nil }
    self = event
  }

  /// Reads the detail of an event of this kind; nil when it is not of its form.
  public init?(date: Day, unit: String, kind: Kind, detail: String) {
    var rest = detail[...]
    func word() -> Substring {
      let word = rest.prefix { $0 != " " }
      rest = rest.dropFirst(word.count).drop { $0 == " " }
      return word
    }
    var deadline: Day?
    var previous: Day?
    var level: ChaseLevel?
    switch kind {
    case .requestExtension:
      guard let day = Day(word()) else { return nil }
      deadline = day
    case .approveExtension:
      let old = word()
      if old != "-" {
        guard let day = Day(old) else { return nil }
        previous = day
      }
      guard let day = Day(word()) else { return nil }
      deadline = day
    case .chase:
      guard let parsed = ChaseLevel(rawValue: String(word())) else { return nil }
      level = parsed
    default:
      break
    }
    let text = String(rest)
    if kind.needsText && text.trimmingWhitespace().isEmpty { return nil }
    self.init(
      date: date, unit: unit, kind: kind, deadline: deadline, previousDeadline: previous,
      level: level, text: text)
  }

  /// The form `init?(value:)` reads, for messages about a field that is not of it.
  public static let form = "YYYY-MM-DD UNIT-ID KIND …"
}

/// How urgently a task was chased (催办), the usual ladder: blue while it is not yet
/// overdue, yellow at the first chase once it is, red when it is still overdue a number of
/// days (`BoardSettings.redChaseDays`) after such a chase.
public enum ChaseLevel: String, CaseIterable, Comparable, Hashable, Sendable {
  case blue
  case yellow
  case red

  public static func < (lhs: ChaseLevel, rhs: ChaseLevel) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .blue: return 0
    case .yellow: return 1
    case .red: return 2
    }
  }

  /// 蓝色, 黄色, 红色.
  public var chineseName: String {
    switch self {
    case .blue: return "蓝色"
    case .yellow: return "黄色"
    case .red: return "红色"
    }
  }
}
