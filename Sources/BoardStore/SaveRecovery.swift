import BoardCore

extension BoardDirectory {
  /// Takes the lock and finishes or undoes a save that a killed writer left half done.
  ///
  /// Every save does this first; tests may too.
  public func recover() throws(StoreError) {
    let folder = try BoardFolder(path)
    let lock = try FileLock(in: folder, timeout: lockTimeout, holder: "")
    defer { withExtendedLifetime(lock) {} }
    try recoverInterruptedSave(folder)
  }

  /// Finishes or undoes a save that a writer left half done (see `LoggedSave`). Call it
  /// under the lock: every writer holds the lock from before it creates its temporary files
  /// until after its renames, so under the lock every temporary file is a leftover.
  ///
  /// A leftover is trusted only when everything matches a save the log announced: its save
  /// is the one the log ends with (whole), its file is one that save's records name, and
  /// the files of that save (leftovers, or files already renamed) have the digest in the
  /// save's name. Then it is renamed into place. Any other leftover is removed, and log
  /// bytes after its save's offset are cut only when they are that save's records, half
  /// written: never a whole record, never another save's. Entries that are not regular
  /// files, or whose names stand for no board file, are left alone and never read.
  func recoverInterruptedSave(_ folder: BoardFolder) throws(StoreError) {
    var groups: [String: [(name: String, target: String)]] = [:]
    for name in try folder.list() {
      guard let parts = FileSystem.temporaryParts(name), isBoardFileName(parts.target),
        folder.isRegularFile(name)
      else { continue }
      groups[parts.save, default: []].append((name, parts.target))
    }
    guard !groups.isEmpty else { return }
    let log = try AppendOnlyFile(AuditLog.fileName, in: folder)
    var bytes = try log.contents()
    for save in groups.keys.sorted() {
      let leftovers = groups[save] ?? []
      if try SaveRecovery.vouches(bytes, for: save, leftovers, in: folder) {
        for leftover in leftovers { try folder.rename(leftover.name, over: leftover.target) }
        try folder.sync()
        continue
      }
      for leftover in leftovers { folder.remove(leftover.name) }
      if let offset = SaveRecovery.halfWritten(bytes, by: save) {
        try log.truncate(to: offset)
        bytes.removeSubrange(offset...)
      }
    }
  }

  /// `roster.rec` or `ID.rec` for a valid plan id: the only files a save writes.
  func isBoardFileName(_ name: String) -> Bool {
    guard name.hasSuffix(".rec") else { return false }
    let id = String(name.dropLast(4))
    return name == RosterFile.fileName
      || (Unit.isValidID(id) && !BoardDirectory.reservedIDs.contains(id))
  }
}

/// The rules by which recovery trusts the log and a leftover, on the log's bytes.
enum SaveRecovery {
  /// `PID-OFFSET-RANDOM-DIGEST` -> OFFSET, when the name has that form and the offset is a
  /// number that fits.
  static func parts(_ save: String) -> (offset: Int, digest: String)? {
    let parts = save.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[1].count <= 18,
      parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
      let offset = Int(parts[1]), parts[3].count == 32
    else { return nil }
    return (offset, String(parts[3]))
  }

  /// Whether the log ends with the whole records of `save`, they name the leftovers' files,
  /// and the save's files hold the bytes its digest names.
  static func vouches(
    _ log: [UInt8], for save: String, _ leftovers: [(name: String, target: String)],
    in folder: BoardFolder
  ) throws(StoreError) -> Bool {
    guard let (offset, digest) = parts(save), offset <= log.count,
      log.count >= 2, log.suffix(AuditLog.end(of: save).count) == AuditLog.end(of: save)[...]
    else { return false }
    let (document, _) = RecParser.parse(Array(log[offset...]), file: "")
    var targets: Set<String> = []
    var count = 0
    for record in document.records where !record.isDescriptor {
      let fields = record.fields
      guard fields.last?.name == "Save", fields.last?.value == save,
        let plan = fields.first(where: { $0.name == "Plan" })?.value
      else { return false }
      targets.insert(plan == "roster" ? RosterFile.fileName : plan + ".rec")
      count += 1
    }
    guard leftovers.allSatisfy({ targets.contains($0.target) }) else { return false }
    var files: [(name: String, bytes: [UInt8])] = []
    for target in targets {
      let leftover = leftovers.first { $0.target == target }
      guard let bytes = try folder.read(leftover?.name ?? target) else { return false }
      files.append((target, bytes))
    }
    return LoggedSave.digest(files, records: count) == digest
  }

  /// Where to cut the log back to when `save` half wrote its records at its end: its offset,
  /// when the bytes after it are records of this save only and not all of them whole; else
  /// nil (nothing of this save is there to cut, or the bytes are not its to cut).
  static func halfWritten(_ log: [UInt8], by save: String) -> Int? {
    guard let (offset, _) = parts(save), offset < log.count,
      offset == 0 || log[offset - 1] == 0x0A
    else { return nil }
    let tail = Array(log[offset...])
    if tail.suffix(AuditLog.end(of: save).count) == AuditLog.end(of: save)[...] { return nil }
    let mark = Array(("Save: " + save).utf8)
    // Whole records (each followed by a blank line) must all be this save's, ending with its
    // Save line; the last, half-written one may hold no Save line but its own.
    let segments = split(tail)
    let endsWhole = tail.suffix(2) == [0x0A, 0x0A]
    for (index, segment) in segments.enumerated() {
      let lines = segment.split(separator: 0x0A)
      if lines.first?.starts(with: Array("%rec:".utf8)) == true && offset == 0 && index == 0 {
        continue  // the log's descriptor, written with the first records
      }
      let saves = lines.filter { $0.starts(with: Array("Save: ".utf8)) }
      guard saves.allSatisfy({ Array($0) == mark }) else { return nil }
      let whole = index < segments.count - 1 || endsWhole
      if whole && lines.last.map(Array.init) != mark { return nil }
    }
    return offset
  }

  /// The bytes split at blank lines: whole records, then what follows the last blank line.
  static func split(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var segments: [ArraySlice<UInt8>] = []
    var start = 0
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
        segments.append(bytes[start...index])
        start = index + 2
        index += 2
      } else {
        index += 1
      }
    }
    if start < bytes.count { segments.append(bytes[start...]) }
    return segments
  }
}
