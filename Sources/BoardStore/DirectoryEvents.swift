#if canImport(Glibc)
  import Glibc
#endif

/// The kernel's word that files in one directory changed (Linux inotify), so a reader waits
/// for it instead of looking at the files again and again. The libc side of `BoardWatcher`.
///
/// Watched: a file renamed into or out of the directory (every save ends with a rename), a
/// file closed after writing (an editor writing in place), a file removed, and the directory
/// itself removed or moved.
public final class DirectoryEvents {
  /// The descriptor to wait on (`poll`): readable when events are pending.
  public let descriptor: Int32
  private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

  /// Why inotify cannot be used here: the call that failed and its error text.
  public struct Refusal: Error, CustomStringConvertible {
    public var call: String
    public var message: String
    public var description: String { "\(call): \(message)" }

    public init(call: String, message: String) {
      self.call = call
      self.message = message
    }
  }

  /// What was read from the descriptor.
  public enum Batch: Equatable, Sendable {
    /// These entries of the directory changed.
    case names(Set<String>)
    /// The kernel's queue overflowed or the directory itself went: anything may have changed.
    case everything
  }

  private static let mask = UInt32(
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)

  /// Starts watching `path`; throws when the kernel refuses (no inotify, too many instances
  /// or watches for this user, a file system without it).
  public init(path: String) throws(Refusal) {
    let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard fd >= 0 else {
      throw Refusal(call: "inotify_init1", message: FileSystem.errorText(errno))
    }
    guard inotify_add_watch(fd, path, DirectoryEvents.mask) >= 0 else {
      let message = FileSystem.errorText(errno)
      close(fd)
      throw Refusal(call: "inotify_add_watch \(path)", message: message)
    }
    descriptor = fd
  }

  /// Watches one more directory on the same descriptor; its events come in the same batches.
  public func watch(_ path: String) throws(Refusal) {
    guard inotify_add_watch(descriptor, path, DirectoryEvents.mask) >= 0 else {
      throw Refusal(call: "inotify_add_watch \(path)", message: FileSystem.errorText(errno))
    }
  }

  /// Every pending event, without waiting; nil when none is pending.
  public func drain() -> Batch? {
    var names = Set<String>()
    var everything = false
    while true {
      let count = buffer.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress, raw.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      buffer.withUnsafeBytes { raw in
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
          let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
          let length = Int(event.len)
          if event.mask & UInt32(IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
            everything = true
          }
          if length > 0 {
            let start = offset + header
            let bytes = raw[start..<min(start + length, count)]
            let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
            names.insert(String(decoding: raw[start..<end], as: UTF8.self))
          }
          offset += header + length
        }
      }
    }
    if everything { return .everything }
    return names.isEmpty ? nil : .names(names)
  }

  deinit { close(descriptor) }
}
