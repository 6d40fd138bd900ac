import BoardCore
import BoardUI

/// A chase letter (催办通知) to one lead unit: the tasks it leads that are overdue or due
/// soon, by core's rules, and the day it is asked to reply by. `text(_:)` is the letter as
/// it can be sent.
public struct Reminder: Hashable, Sendable {
  public var unit: Unit
  /// Overdue tasks, longest overdue first.
  public var overdue: [Item]
  /// Tasks due soon, the nearest deadline first.
  public var dueSoon: [Item]
  public var today: Day
  public var replyBy: Day
  /// Who sends it: the roster's office, else the board's name.
  public var sender: String
  public var boardName: String

  /// One task of the letter. `days` is days overdue for an overdue task, days left (0 on
  /// the deadline itself) for one due soon.
  public struct Item: Hashable, Sendable {
    public var plan: Report.PlanRef
    public var taskID: String
    public var title: String
    public var due: Day
    public var days: Int
  }

  /// The default reply-by day: three working days after `today` (docs/reports.md).
  public static func defaultReplyBy(today: Day) -> Day { today.adding(workingDays: 3) }

  /// One letter per lead unit with at least one overdue or due-soon task, in roster order.
  ///
  /// - Parameters:
  ///   - plan: only this plan's tasks, when given.
  ///   - lead: only this unit's letter, when given (none when it has nothing to chase).
  public static func letters(
    board: Board, rules: Rules, plan: String? = nil, lead: String? = nil, replyBy: Day
  ) -> [Reminder] {
    var overdue: [String: [Item]] = [:]
    var dueSoon: [String: [Item]] = [:]
    for candidate in board.plans where plan == nil || candidate.id == plan {
      let ref = Report.PlanRef(candidate)
      for task in candidate.tasks {
        guard let due = task.due else { continue }
        let daysOverdue = rules.daysOverdue(task)
        let daysLeft = rules.daysLeft(task)
        guard let days = daysOverdue ?? daysLeft else { continue }
        let item = Item(plan: ref, taskID: task.id, title: task.title, due: due, days: days)
        // Each lead unit once, however often the task names it.
        for (index, id) in task.lead.enumerated() where !task.lead[..<index].contains(id) {
          if daysOverdue != nil {
            overdue[id, default: []].append(item)
          } else {
            dueSoon[id, default: []].append(item)
          }
        }
      }
    }
    let sender =
      board.roster.units.first { $0.role == .office }?.name ?? board.settings.name
    return board.roster.units.compactMap { unit in
      guard lead == nil || unit.id == lead else { return nil }
      let late = overdue[unit.id] ?? []
      let soon = dueSoon[unit.id] ?? []
      guard !late.isEmpty || !soon.isEmpty else { return nil }
      return Reminder(
        unit: unit, overdue: stable(late) { $0.days > $1.days },
        dueSoon: stable(soon) { $0.days < $1.days }, today: rules.today, replyBy: replyBy,
        sender: sender, boardName: board.settings.name)
    }
  }

  /// Sorted by `before`, the board's order breaking ties.
  private static func stable(_ items: [Item], _ before: (Item, Item) -> Bool) -> [Item] {
    items.enumerated().sorted { a, b in
      before(a.element, b.element) || (!before(b.element, a.element) && a.offset < b.offset)
    }.map(\.element)
  }

  /// The letter, ready to send: addressee, the tasks in two numbered lists, the reply-by
  /// day, the sender and the date.
  public func text(_ language: Language) -> String {
    language == .zh ? chinese : english
  }

  private var chinese: String {
    var lines = ["关于督办逾期和即将到期任务的通知", "", "\(unit.name)："]
    let count = overdue.count + dueSoon.count
    lines.append(
      "　　根据\(boardName.isEmpty ? "任务看板" : boardName)记录，截至\(Reminder.chinese(today))，"
        + "贵单位牵头的 \(count) 项任务已逾期或即将到期，请抓紧办理：")
    func list(_ heading: String, _ items: [Item], _ days: (Int) -> String) {
      guard !items.isEmpty else { return }
      lines.append("")
      lines.append("\(heading)（\(items.count) 项）")
      for (index, item) in items.enumerated() {
        lines.append(
          "\(index + 1). 《\(item.plan.title)》第 \(item.taskID) 项“\(item.title)”，"
            + "期限 \(Reminder.chinese(item.due))，\(days(item.days))。")
      }
    }
    let numbers = ReportText.number
    list(numbers(0, .zh) + "已逾期任务", overdue) { "已逾期 \($0) 天" }
    list(numbers(overdue.isEmpty ? 0 : 1, .zh) + "即将到期任务", dueSoon) {
      $0 == 0 ? "今日到期" : "剩余 \($0) 天"
    }
    lines += [
      "",
      "　　请于 \(Reminder.chinese(replyBy)) 前将办理进展（已完成的请注明完成情况，未完成的请说明原因和计划完成时间）"
        + "反馈\(sender)。",
      "", sender, Reminder.chinese(today),
    ]
    return Reminder.joined(lines)
  }

  private var english: String {
    var lines = ["Reminder: overdue tasks and tasks due soon", "", "To: \(unit.name)", ""]
    let count = overdue.count + dueSoon.count
    let source = boardName.isEmpty ? "the task board" : boardName
    lines.append(
      "According to \(source), as of \(today), \(count) task\(count == 1 ? "" : "s") your unit "
        + "leads \(count == 1 ? "is" : "are") overdue or due soon:")
    func list(_ heading: String, _ items: [Item], _ days: (Int) -> String) {
      guard !items.isEmpty else { return }
      lines.append("")
      lines.append("\(heading) (\(items.count))")
      for (index, item) in items.enumerated() {
        lines.append(
          "\(index + 1). \(item.plan.title), task \(item.taskID) \"\(item.title)\": "
            + "deadline \(item.due), \(days(item.days)).")
      }
    }
    list("Overdue", overdue) { "\($0) day\($0 == 1 ? "" : "s") overdue" }
    list("Due soon", dueSoon) {
      $0 == 0 ? "due today" : "\($0) day\($0 == 1 ? "" : "s") left"
    }
    lines += [
      "",
      "Please report your progress to \(sender) by \(replyBy) (for a task done, what was done; "
        + "for one not done, why, and when it will be).",
      "", sender, today.description,
    ]
    return Reminder.joined(lines)
  }

  /// `2026年11月24日`.
  static func chinese(_ day: Day) -> String {
    let (year, month, date) = day.components
    return "\(year)年\(month)月\(date)日"
  }

  /// Lines with line breaks inside a title shown as text, so the letter's layout holds.
  private static func joined(_ lines: [String]) -> String {
    lines.map { VisibleText.line($0) }.joined(separator: "\n") + "\n"
  }
}
