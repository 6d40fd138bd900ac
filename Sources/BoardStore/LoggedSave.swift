/// One logged save of one or more files of the board: the protocol of docs/format.md.
///
/// 1. name the save `PID-OFFSET-RANDOM-DIGEST` (the log's size, 64 random bits, and the
///    SHA-256 of the number of records and the new files' names and bytes);
/// 2. write each new file to `.NAME.tmp-SAVE` (`O_EXCL`, fsynced, its name too);
/// 3. append the log records, each ending with `Save: SAVE`, and fsync the log;
/// 4. rename each temporary file over its file, fsync the directory.
///
/// The commit point is the log record: once the records are whole in the log, the change
/// is saved, and a writer that cannot finish (killed, or a rename fails) leaves temporary
/// files whose name and content the log vouches for; the next writer finishes them
/// (`recoverInterruptedSave`). Before that point every failure is undone: the log is cut
/// back, the temporary files removed. When even the undo fails, what is left is exactly
/// what the next writer's recovery resolves, and the result says what it resolves to: a
/// thrown error means the old state, a return means the new one (with warnings).
struct LoggedSave {
  let folder: BoardFolder
  let files: [(name: String, bytes: [UInt8])]

  /// Saves the files with these records; returns the records as logged and any warnings.
  func run(_ entries: [AuditLog.Entry]) throws(StoreError) -> (
    [AuditLog.Entry], [StoreWarning]
  ) {
    let log = try AppendOnlyFile(AuditLog.fileName, in: folder)
    let offset = try log.size()
    var prefix: [UInt8] = []
    if offset == 0 {
      prefix = AuditLog.header
    } else {
      // A log cut short would glue the first new line to its last one.
      let tail = try log.tail(2)
      guard tail.last == 0x0A else {
        let bytes = try log.contents()
        throw .logNotWhole(path: log.path, line: bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) })
      }
      if tail != [0x0A, 0x0A] && tail.count == 2 { prefix = [0x0A] }
    }
    let save =
      FileSystem.saveName(offset: offset) + "-"
      + LoggedSave.digest(files, records: entries.count)
    let logged = entries.map { entry in
      var entry = entry
      entry.save = save
      return entry
    }
    var temporaries: [String] = []
    do throws(StoreError) {
      for file in files {
        temporaries.append(try folder.writeTemporary(for: file.name, file.bytes, save: save))
      }
    } catch {
      for name in temporaries { folder.remove(name) }
      throw error
    }
    var warnings: [StoreWarning] = []
    do throws(AppendOnlyFile.AppendFailure) {
      try log.append(prefix + AuditLog.encode(logged))
    } catch {
      switch error {
      case .write(let failure):
        // Not every byte is in the log, so the save is not made. What cannot be cut back
        // now, the next writer cuts (the temporary files stay to tell it where from).
        if (try? log.truncate(to: offset)) != nil {
          for name in temporaries { folder.remove(name) }
        }
        throw failure
      case .sync(let failure):
        if (try? log.truncate(to: offset)) != nil {
          for name in temporaries { folder.remove(name) }
          throw failure
        }
        // The records are whole and stay: the change is saved.
        warnings.append(LoggedSave.warning(failure, pending: false))
      }
    }
    for (index, file) in files.enumerated() {
      do throws(StoreError) {
        try folder.rename(temporaries[index], over: file.name)
      } catch {
        if index == 0 && warnings.isEmpty, (try? log.truncate(to: offset)) != nil {
          for name in temporaries { folder.remove(name) }
          throw error
        }
        // Logged whole and not taken back: the next writer finishes the renames.
        warnings.append(LoggedSave.warning(error, pending: true))
        return (logged, warnings)
      }
    }
    do throws(StoreError) {
      try folder.sync()
    } catch {
      warnings.append(LoggedSave.warning(error, pending: false))
    }
    return (logged, warnings)
  }

  static func warning(_ error: StoreError, pending: Bool) -> StoreWarning {
    if case .io(let path, let operation, let message) = error {
      return StoreWarning(path: path, operation: operation, message: message, pending: pending)
    }
    return StoreWarning(path: "", operation: "save", message: "\(error)", pending: pending)
  }

  /// The first 16 bytes of the SHA-256 of the number of records and the files' names and
  /// bytes (in name order), in hex: what recovery checks a leftover and the log against.
  static func digest(_ files: [(name: String, bytes: [UInt8])], records: Int) -> String {
    var hash = SHA256()
    var number = UInt64(records)
    hash.update(withUnsafeBytes(of: &number) { Array($0) })
    for file in files.sorted(by: { $0.name < $1.name }) {
      hash.update(Array(file.name.utf8) + [0])
      var count = UInt64(file.bytes.count)
      hash.update(withUnsafeBytes(of: &count) { Array($0) })
      hash.update(file.bytes)
    }
    return SHA256.hex(hash.finish(), bytes: 16)
  }
}
