import Glibc
import Logging
import Synchronization

/// A swift-log handler that appends one line per message to a file of the
/// user's own, and posts warnings and worse to a `NoticeBoard`.
///
/// The file is opened on the first message, so a command that logs nothing
/// (the PBX's `ring`) never touches it; with `O_NOFOLLOW` and owner-only
/// permissions, since it may name customers' call ids. Lines are written
/// whole with `O_APPEND`, so two processes of one user share a file safely.
public struct FileLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let sink: LogFile
    private let board: NoticeBoard

    public init(label: String, sink: LogFile, board: NoticeBoard = .shared) {
        self.label = label
        self.sink = sink
        self.board = board
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let text = "\(event.message)"
        if event.level >= .warning { board.post(text) }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        sink.append("\(now.tv_sec) \(event.level) \(label): \(text)\n")
    }
}

/// The log file, opened at most once per process and shared by every
/// handler. A file that cannot be opened is given up on quietly: logging
/// must never stop the floor.
public final class LogFile: Sendable {
    /// Where the file is, worked out on the first message: a hook that logs
    /// nothing never reads the environment or the passwd entry for it.
    private let locate: @Sendable () -> String
    private let descriptor = Mutex<Int32?>(nil)

    public init(path: @escaping @Sendable () -> String) { locate = path }

    public convenience init(path: String) { self.init(path: { path }) }

    func append(_ line: String) {
        descriptor.withLock { fd in
            if fd == nil { fd = Self.open(locate()) }
            guard let open = fd, open >= 0 else { return }
            _ = Array(line.utf8).withUnsafeBytes { write(open, $0.baseAddress, $0.count) }
        }
    }

    private static func open(_ path: String) -> Int32 {
        // Make the missing folders on the way (~/.local/state may not exist yet).
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += "/" + part
            _ = mkdir(folder, 0o700)
        }
        return Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    }

    /// `$XDG_STATE_HOME/helpdesk/helpdesk.log`, else
    /// `~/.local/state/helpdesk/helpdesk.log`: the user's own state, never
    /// the shared data directory that other members of the floor can read.
    public static func defaultPath(environment: [String: String], home: String) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        return base + "/helpdesk/helpdesk.log"
    }
}
