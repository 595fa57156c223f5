import Synchronization

/// The newest warning logged in this process, for a screen to show.
///
/// A console user never reads stderr or a log file while working; a warning
/// raised after start-up (compaction postponed, live updates falling back
/// to polling, a damaged line met later) reaches them as a notice in the
/// status bar. The count tells a reader whether one is new since it looked.
public final class NoticeBoard: Sendable {
    public static let shared = NoticeBoard()

    public struct Notice: Equatable, Sendable {
        /// How many warnings were posted so far, this one included.
        public let count: Int
        public let text: String
    }

    private let latest = Mutex<Notice?>(nil)

    public init() {}

    public func post(_ text: String) {
        latest.withLock { $0 = Notice(count: ($0?.count ?? 0) + 1, text: text) }
    }

    public var current: Notice? { latest.withLock { $0 } }
}
