import BoardCore

#if canImport(Glibc)
  import Glibc
#endif

/// The synthetic board's tasks as Taskwarrior 2.6 import JSON, one object a line, so that
/// Taskwarrior answers the same overdue question over the same tasks.
///
/// A deadline day D becomes `due` at 23:59:59 local time on D: Taskwarrior calls a task
/// overdue when its due moment is before now, the board when its day is before today, and the
/// two agree for every day but today only with the end-of-day time. Done tasks are
/// `completed`, the others `pending` (`doing` also gets `start`, `blocked` the tag
/// `blocked`); the text and the notes are annotations, the lead and cooperating units and the
/// task's place user-defined attributes, so each Taskwarrior task carries about the bytes of
/// the board's record.
enum TaskwarriorExport {
  /// The rc settings the benchmark's Taskwarrior runs with: a data directory of its own, no
  /// garbage collection, hooks, recurrence, confirmations, colours or chatter, and the UDAs the
  /// export uses.
  static func taskrc(dataLocation: String) -> String {
    """
    # Taskwarrior settings for the board benchmark (board-bench generate --taskwarrior).
    data.location=\(dataLocation)
    gc=off
    hooks=off
    recurrence=off
    confirmation=off
    verbose=nothing
    color=off
    detection=off
    json.array=on
    news.version=2.6.0
    uda.board.type=string
    uda.lead.type=string
    uda.coop.type=string

    """
  }

  static func lines(of plans: [Plan], today: Day, seed: UInt64) -> [UInt8] {
    var random = SeededRandom(seed: seed ^ 0x5441_534B)
    var output: [UInt8] = []
    output.reserveCapacity(plans.reduce(0) { $0 + $1.tasks.count } * 1200)
    let entry = timestamp(today.adding(days: -400), hour: 9)
    for plan in plans {
      for task in plan.tasks {
        var members: [(String, String)] = [
          ("uuid", uuid(&random)),
          ("status", task.status == .done ? "completed" : "pending"),
          ("entry", entry),
          ("description", task.title),
          ("project", plan.id),
          ("board", plan.id + "/" + task.id),
        ]
        if let due = task.due {
          members.append(("due", timestamp(due, hour: 23, minute: 59, second: 59)))
        }
        if task.status == .done {
          members.append(("end", timestamp(today.adding(days: -1), hour: 9)))
        }
        if task.status == .doing {
          members.append(("start", timestamp(today.adding(days: -30), hour: 9)))
        }
        if !task.lead.isEmpty { members.append(("lead", task.lead.joined(separator: ","))) }
        if !task.coop.isEmpty { members.append(("coop", task.coop.joined(separator: ","))) }
        output.append(UInt8(ascii: "{"))
        for (index, (name, value)) in members.enumerated() {
          if index > 0 { output.append(UInt8(ascii: ",")) }
          quote(name, to: &output)
          output.append(UInt8(ascii: ":"))
          quote(value, to: &output)
        }
        if task.status == .blocked {
          output.append(contentsOf: Array(",\"tags\":[\"blocked\"]".utf8))
        }
        var annotations: [(String, String)] = []
        if !task.text.isEmpty { annotations.append((entry, task.text)) }
        for note in task.notes {
          annotations.append((timestamp(note.date, hour: 9), note.author + " " + note.text))
        }
        if !annotations.isEmpty {
          output.append(contentsOf: Array(",\"annotations\":[".utf8))
          for (index, (time, text)) in annotations.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(contentsOf: Array("{\"entry\":".utf8))
            quote(time, to: &output)
            output.append(contentsOf: Array(",\"description\":".utf8))
            quote(text, to: &output)
            output.append(UInt8(ascii: "}"))
          }
          output.append(UInt8(ascii: "]"))
        }
        output.append(contentsOf: Array("}\n".utf8))
      }
    }
    return output
  }

  /// Taskwarrior's UTC form `20261125T155959Z` of a local time on `day`.
  static func timestamp(_ day: Day, hour: Int32, minute: Int32 = 0, second: Int32 = 0) -> String {
    let (year, month, date) = day.components
    var local = tm()
    local.tm_year = Int32(year - 1900)
    local.tm_mon = Int32(month - 1)
    local.tm_mday = Int32(date)
    local.tm_hour = hour
    local.tm_min = minute
    local.tm_sec = second
    local.tm_isdst = -1
    var seconds = mktime(&local)
    var utc = tm()
    gmtime_r(&seconds, &utc)
    return pad(Int(utc.tm_year) + 1900, 4) + pad(Int(utc.tm_mon) + 1, 2) + pad(Int(utc.tm_mday), 2)
      + "T" + pad(Int(utc.tm_hour), 2) + pad(Int(utc.tm_min), 2) + pad(Int(utc.tm_sec), 2) + "Z"
  }

  static func uuid(_ random: inout SeededRandom) -> String {
    let hex = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    for position in 0..<32 {
      if [8, 12, 16, 20].contains(position) { bytes.append(UInt8(ascii: "-")) }
      var digit = Int(random.next() & 0xF)
      if position == 12 { digit = 4 }  // version 4
      if position == 16 { digit = 8 | (digit & 3) }  // variant 10xx
      bytes.append(hex[digit])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func quote(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        output.append(contentsOf: Array("\\u00".utf8))
        output.append(hex[Int(byte >> 4)])
        output.append(hex[Int(byte & 0xF)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  static func pad(_ number: Int, _ width: Int) -> String {
    SyntheticBoard.pad(number, width)
  }
}
