extension BoardDirectory {
  /// Takes the lock and finishes or undoes a save that a killed writer left half done.
  ///
  /// Every save does this first; tests and `board check --repair`-style callers may too.
  public func recover() throws(StoreError) {
    let lock = try FileLock(path: lockPath, timeout: lockTimeout, holder: "")
    defer { withExtendedLifetime(lock) {} }
    try recoverInterruptedSave()
  }

  /// Finishes or undoes a save that a killed writer left half done. Call it under the lock:
  /// every writer holds the lock from before it creates its temporary file until after its
  /// rename, so under the lock every temporary file is a leftover.
  ///
  /// A save writes `.ID.rec.tmp-SAVE` (fsynced, its name too), then its log records ending
  /// with `Save: SAVE`, then renames. So a leftover whose save ends the log was logged whole
  /// and is finished by renaming it; any other leftover is removed, and log bytes its writer
  /// half appended after the offset in its save's name are cut away.
  func recoverInterruptedSave() throws(StoreError) {
    let leftovers = try FileSystem.list(path).compactMap { name in
      FileSystem.temporaryParts(name).map { (name: name, target: $0.target, save: $0.save) }
    }
    guard !leftovers.isEmpty else { return }
    let log = try AppendOnlyFile(path: logPath)
    for leftover in leftovers {
      let temporary = path + "/" + leftover.name
      if try log.ends(with: AuditLog.end(of: leftover.save)) {
        try FileSystem.commit(temporary, over: path + "/" + leftover.target)
        continue
      }
      // `PID-OFFSET`: the log's size before this save appended to it.
      if let offset = leftover.save.split(separator: "-").last.flatMap({ Int($0) }),
        leftover.save.contains("-"), try log.size() > offset
      {
        try log.truncate(to: offset)
      }
      FileSystem.remove(temporary)
    }
  }
}
