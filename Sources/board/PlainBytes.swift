/// Whether text can be written as it is, decided on its UTF-8 bytes: the command line's
/// output passes every line through `VisibleText.terminalSafe` (and TSV cells through
/// `TSV.escape`), which look at each Unicode scalar of a `String`; a 100,000-task listing
/// spent nearly half its time there although nearly no cell needs either. A cell these
/// functions would leave as it is is copied straight; any other goes the checked way.
enum PlainBytes {
  /// Whether `VisibleText.terminalSafe` leaves `bytes` (valid UTF-8) as they are, and with
  /// `tsv` also `TSV.escape`. False for any C0 control (in a TSV cell also tab and line
  /// break; elsewhere those two are kept), DEL, a C1 control (C2 80 to C2 9F), in a TSV cell a
  /// backslash, and the characters `VisibleText` shows by code point: U+061C (D8 9C),
  /// U+200B–U+200F (E2 80 8B–8F), U+2028–U+202E (E2 80 A8–AE), U+2060–U+2069 (E2 81 A0–A9)
  /// and U+FEFF (EF BB BF). Exact: true only where both functions change nothing.
  static func areUnchanged(_ bytes: UnsafeBufferPointer<UInt8>, tsv: Bool) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    let mark = tsv ? tsvMark : lineMark
    return marks.withUnsafeBufferPointer { marks in
      var index = 0
      while index < count {
        // Most bytes are none of those to look at, four at a time.
        if index + 4 <= count {
          let any =
            marks[Int(base[index])] | marks[Int(base[index + 1])] | marks[Int(base[index + 2])]
            | marks[Int(base[index + 3])]
          if any & mark == 0 {
            index += 4
            continue
          }
        }
        let byte = base[index]
        guard marks[Int(byte)] & mark != 0 else {
          index += 1
          continue
        }
        if byte < 0x80 { return false }
        // A lead byte of a character above; what follows decides. Continuation bytes
        // (80–BF) are never marked, so stepping one byte at a time is safe.
        switch byte {
        case 0xC2:
          guard index + 1 < count, base[index + 1] > 0x9F else { return false }
        case 0xD8:
          guard index + 1 < count, base[index + 1] != 0x9C else { return false }
        case 0xE2:
          guard index + 2 < count else { return false }
          let second = base[index + 1]
          let third = base[index + 2]
          if second == 0x80 && ((0x8B...0x8F).contains(third) || (0xA8...0xAE).contains(third)) {
            return false
          }
          if second == 0x81 && (0xA0...0xA9).contains(third) { return false }
        default:  // 0xEF
          guard index + 2 < count else { return false }
          if base[index + 1] == 0xBB && base[index + 2] == 0xBF { return false }
        }
        index += 1
      }
      return true
    }
  }

  /// Per byte value, whether it is refused outright (ASCII) or decides with what follows
  /// (the lead bytes C2, D8, E2, EF): `tsvMark` in a TSV cell, `lineMark` elsewhere.
  private static let tsvMark: UInt8 = 1
  private static let lineMark: UInt8 = 2
  private static let marks: [UInt8] = (0...255).map { byte -> UInt8 in
    switch byte {
    case 0x09, 0x0A: return tsvMark
    case 0x5C: return tsvMark
    case 0..<0x20, 0x7F, 0xC2, 0xD8, 0xE2, 0xEF: return tsvMark | lineMark
    default: return 0
    }
  }
}
