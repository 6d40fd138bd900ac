import BoardCore

/// Reads a board once, then only the files that changed: a city's board is hundreds of plan
/// files, and a session that read them all again for every saved change spent most of a
/// processor on it (docs/performance.md).
///
/// Each file's stamp (inode, size, modification time: what git's index keeps) is taken just
/// before the file is read; a file whose stamp differs from the one read is read again, so a
/// change made while a file was being read is read at the next refresh, never missed. The
/// files are the truth: nothing is kept that a stamp has not vouched for.
public struct BoardReader {
  public let directory: BoardDirectory
  public let keepingTexts: Bool
  /// The stamps of the files as last read, by file name.
  public private(set) var stamps: [String: FileStamp] = [:]
  /// Every file read so far.
  public private(set) var filesRead = 0
  private var roster = Roster()
  /// Set when a refresh failed: the next one looks at every file, since the events that named
  /// the files it did not finish are gone.
  private var lookAtEverything = false

  public init(directory: BoardDirectory, keepingTexts: Bool = true) {
    self.directory = directory
    self.keepingTexts = keepingTexts
  }

  /// The whole board, every file read.
  public mutating func load() throws(StoreError) -> Board {
    var stamps: [String: FileStamp] = [:]
    for name in try FileSystem.list(directory.path) where BoardWatcher.isBoardFile(name) {
      stamps[name] = FileSystem.stamp(directory.path + "/" + name)
    }
    let board = try directory.load(keepingTexts: keepingTexts)
    // Plans that appeared after the stamps were taken have no stamp yet: the next refresh
    // reads them again, which is harmless.
    self.stamps = stamps.filter { name, _ in
      name == RosterFile.fileName || board.plan(id: String(name.dropLast(4))) != nil
    }
    roster = board.roster
    filesRead += board.plans.count + 1
    lookAtEverything = false
    return board
  }

  /// What changed among the files `hint` names (all of them for `.everything`); an empty
  /// delta when no stamp differs. A broken file is reported as by `load`, and nothing of the
  /// refresh is kept.
  public mutating func refresh(_ hint: BoardWatcher.Hint) throws(StoreError) -> BoardDelta {
    let names: Set<String>
    if case .files(let files) = hint, !lookAtEverything {
      names = files
    } else {
      var all = Set(stamps.keys)
      for name in try FileSystem.list(directory.path) where BoardWatcher.isBoardFile(name) {
        all.insert(name)
      }
      names = all
    }
    lookAtEverything = true
    var stamps = self.stamps
    var delta = BoardDelta()
    var roster = self.roster
    if names.contains(RosterFile.fileName) {
      let stamp = FileSystem.stamp(directory.rosterPath)
      if stamp != stamps[RosterFile.fileName] {
        let (newRoster, settings) = try directory.loadRoster()
        delta.filesRead.append(RosterFile.fileName)
        filesRead += 1
        guard newRoster.resolvesLike(roster) else {
          // Names in the plan files may now mean other units: read the whole board.
          delta.board = try load()
          return delta
        }
        stamps[RosterFile.fileName] = stamp
        roster = newRoster
        delta.roster = newRoster
        delta.settings = settings
      }
    }
    let index = RosterIndex(roster: roster)
    var bytes: [UInt8] = []
    var storage = RecScanner.Storage()
    for name in names.sorted() where name != RosterFile.fileName {
      let id = String(name.dropLast(4))
      let path = directory.path + "/" + name
      let stamp = FileSystem.stamp(path)
      guard stamp != stamps[name] else { continue }
      guard let stamp, let count = try FileSystem.read(path, reusing: &bytes) else {
        if stamps.removeValue(forKey: name) != nil { delta.removed.append(id) }
        continue
      }
      delta.filesRead.append(name)
      filesRead += 1
      let decoded = bytes.withUnsafeBufferPointer { buffer in
        PlanFile.decode(
          UnsafeBufferPointer(rebasing: buffer[0..<count]), file: path, expectedID: id,
          index: index, keepingTexts: keepingTexts, keepingRanges: false, storage: &storage)
      }
      guard decoded.problems.isEmpty else { throw .problems(decoded.problems) }
      stamps[name] = stamp
      if let plan = decoded.plan {
        delta.plans.append(plan)
      } else if self.stamps[name] != nil {
        delta.removed.append(id)
      }
    }
    self.stamps = stamps
    self.roster = roster
    lookAtEverything = false
    return delta
  }
}
