import Foundation
import HelpDeskCore
import Logging
import Synchronization

/// The floor's shared truth: a directory of JSON files that many agent
/// processes, a wallboard and scripts use at once (layout and guarantees in
/// docs/storage.md).
///
/// Every change runs `decide` on the caught-up state under an exclusive
/// `flock`, appends the resulting lines with one `write` on an `O_APPEND`
/// descriptor and `fdatasync`s before returning: so a change is durable when
/// acknowledged, and two agents can never claim the same caller.
/// Thread-safe: one internal lock guards the state and the descriptors.
public final class DataDirectoryStore: FloorStore, @unchecked Sendable {
    public struct Options: Sendable {
        /// Events per journal segment before compaction starts the next one.
        /// Start-up decodes at most this many events after the snapshot, and
        /// Foundation's JSONDecoder manages about 15–30 µs per event on
        /// Linux: 2,000 keeps the worst start-up near 50 ms, while a
        /// compaction (a snapshot and one history append per touched bucket)
        /// costs a few fsyncs per 2,000 events.
        public var segmentLimit: Int
        /// The Unix group of a shared floor; nil reads the directory's `group`
        /// file, and without one the files are the owner's alone.
        public var group: String?
        /// Called with each warning as it is raised (a damaged line, a
        /// compaction postponed), besides collecting it in `warnings`: a
        /// one-shot command prints them on stderr as they come.
        public var onWarning: (@Sendable (String) -> Void)?
        /// Opens even when a journal file or the snapshot is refused (a link,
        /// a FIFO, someone else's file), recording it as a problem instead of
        /// throwing, so `store check` can report it and `store repair` move it.
        /// Such a store refuses to append.
        public var inspecting: Bool

        public init(segmentLimit: Int = 2_000, group: String? = nil, inspecting: Bool = false,
                    onWarning: (@Sendable (String) -> Void)? = nil) {
            self.segmentLimit = segmentLimit
            self.group = group
            self.inspecting = inspecting
            self.onWarning = onWarning
        }
    }

    /// Where the next unread journal byte is.
    struct Cursor {
        var segment: Int
        var offset = 0
        /// Lines consumed in this segment, for line numbers and compaction.
        var line = 0
        /// Bytes seen after the last whole line (a write in progress or a
        /// torn one), so they do not count as news again and again.
        var pending = 0
    }

    public let path: String
    /// The Unix account stamped on every event this process writes.
    public let user: String
    /// Who is who, as `roster.json` said when the store opened (or as this
    /// process last saved it).
    public var roster: Roster { mutex.withLock { loadedRoster } }

    let layout: DataDirectoryLayout
    let clock: any Clock
    let options: Options
    let lockDescriptor: Int32
    let scanner = JournalLineScanner()
    let lineEncoder = JournalLineEncoder()
    /// Guards everything below; recursive so `decide` may read `state`.
    let mutex = NSRecursiveLock()

    var live = LiveState()
    var loadedRoster = Roster()
    var cursor: Cursor
    var closedSinceSnapshot: [ClosedCall] = []
    var readHandle: (segment: Int, fd: Int32)?
    var appendHandle: (segment: Int, fd: Int32)?
    var watcher: ChangeWatcher?
    /// `presence/`, opened (and checked) once it exists and then kept: a
    /// wallboard asks after every agent every second.
    let presenceFolder = Mutex<FloorDirectory?>(nil)
    var collectedWarnings: [String] = []
    var warningSet: Set<String> = []
    /// Journal inconsistencies found so far; while any is known, nothing is appended.
    var faults: [String] = []
    /// The file identity ("dev:inode") of each segment read, to notice one file under two names.
    var segmentsRead: [String: Int] = [:]

    /// Opens (creating if needed) the data directory at `path` and reads
    /// what is live: the snapshot and the journal segments after it.
    public init(path: String, clock: any Clock = SystemClock(), options: Options = Options()) throws {
        let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.path = root
        self.clock = clock
        self.options = options
        user = OSUser.current()
        try LocalFileSystemCheck.verify(root)
        layout = try DataDirectoryLayout(opening: root, group: options.group)
        lockDescriptor = try layout.root.openOrCreate(DataDirectoryLayout.lock, flags: O_RDWR).fd
        cursor = Cursor(segment: 1)
        // From here on the object is whole: a throw runs deinit, which closes the lock.
        try catchUpRecordingRefusals(loadingSnapshot: true)
        do {
            loadedRoster = try loadRoster()
        } catch {
            warn("\(error); agents are shown under their Unix names until it is fixed")
        }
    }

    deinit {
        if let readHandle { close(readHandle.fd) }
        if let appendHandle { close(appendHandle.fd) }
        close(lockDescriptor)
    }

    public var state: LiveState { mutex.withLock { live } }

    /// Problems met while reading (damaged lines, torn writes), each naming
    /// the file and line, in the order found. The data around them loaded.
    public var warnings: [String] { mutex.withLock { collectedWarnings } }

    @discardableResult
    public func commit(agent: String?, _ decide: (LiveState, Date) throws -> [EventBody]) throws -> [Event] {
        try mutex.withLock {
            try withFileLock {
                // A fault found earlier stands until a repair: catching up again could not undo it.
                guard faults.isEmpty else { throw StoreError.inconsistentJournal(problems: faults) }
                _ = try catchUp(repairing: true)
                try checkMark()
                guard faults.isEmpty else { throw StoreError.inconsistentJournal(problems: faults) }
                let now = Self.asStored(clock.now())
                let bodies = try decide(live, now)
                guard !bodies.isEmpty else { return [] }
                let fresh = bodies.enumerated().map { index, body in
                    Event(seq: live.lastSeq + 1 + index, at: now, agent: agent, user: user, body: body)
                }
                let (bytes, events) = try lineEncoder.lines(for: fresh)
                try append(bytes)
                cursor.offset += bytes.count
                cursor.line += events.count
                for event in events { fold(event) }
                try writeMark()
                if cursor.line >= options.segmentLimit {
                    do { try compact() } catch {
                        warn("compaction postponed (the change itself was saved): \(error); "
                             + "\(layout.relative(layout.segmentPath(cursor.segment))) keeps growing, and start-up slows, until one succeeds")
                    }
                }
                return events
            }
        }
    }

    @discardableResult
    public func refresh() throws -> [Event] {
        try mutex.withLock {
            watcher?.drain()
            return try catchUp(repairing: false)
        }
    }

    /// The inotify descriptor that becomes readable when the journal
    /// changes: poll it together with the terminal, then call `refresh()`
    /// (which also drains it). Made on first use, and readable at once if
    /// changes arrived since the last read. -1 if the kernel refuses a watch.
    public var changeDescriptor: Int32 {
        mutex.withLock { (try? ensureWatcher())?.descriptor ?? -1 }
    }

    /// Blocks until the journal changes (or has unread lines already), or
    /// `timeout` passes. Returns true on a change; then call `refresh()`.
    /// Without inotify (the per-user limit of instances reached) it falls
    /// back to looking every 50 ms, and says so once in `warnings`.
    public func waitForChange(timeout: Duration) -> Bool {
        let (watcher, unread): (ChangeWatcher?, Bool) = mutex.withLock {
            let watcher: ChangeWatcher?
            do { watcher = try ensureWatcher() } catch {
                warn("live updates fall back to looking every 50 ms: \(error)")
                watcher = nil
            }
            return (watcher, hasUnreadBytes())
        }
        if unread { return true }
        if let watcher { return watcher.wait(timeout: timeout) }
        var waited = Duration.zero
        while waited < timeout {
            let step = min(.milliseconds(50), timeout - waited)
            Thread.sleep(forTimeInterval: Double(step.components.seconds) + Double(step.components.attoseconds) / 1e18)
            waited += step
            if mutex.withLock({ hasUnreadBytes() }) { return true }
        }
        return false
    }

    // MARK: - Internals shared by the extensions

    /// `date` as the journal will give it back: whole milliseconds.
    static func asStored(_ date: Date) -> Date {
        JournalCoding.parseDate(JournalCoding.formatDate(date)) ?? date
    }

    /// Runs `body` holding the directory's exclusive lock. `flock` belongs to
    /// the open file description, so it also excludes other stores in this
    /// process, and unlike `fcntl` locks it is not dropped when some other
    /// descriptor of the file is closed.
    func withFileLock<T>(_ body: () throws -> T) throws -> T {
        while flock(lockDescriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreError.io(operation: "lock", file: layout.root.file(DataDirectoryLayout.lock), errno: errno) }
        }
        defer { flock(lockDescriptor, LOCK_UN) }
        return try body()
    }

    /// Loads the snapshot (at start-up) and catches up. A refused file throws,
    /// unless the store was opened for inspection: then it is a fault.
    func catchUpRecordingRefusals(loadingSnapshot: Bool = false) throws {
        do {
            if loadingSnapshot { try loadSnapshot() }
            _ = try catchUp(repairing: false)
            if loadingSnapshot { checkNothingBeyondTheEnd() }
        } catch let error as StoreError {
            guard options.inspecting, case .refused = error else { throw error }
            fault("\(error)")
        }
    }

    /// Folds one event into the live state, keeping the call it closes.
    func fold(_ event: Event) {
        if let call = live.callClosed(by: event) {
            closedSinceSnapshot.append(ClosedCall(segment: cursor.segment, call: call))
        }
        live.apply(event)
    }

    /// Keeps a warning for `warnings`, logs it once, so one raised after
    /// start-up reaches the log file and the console's status bar too, and
    /// hands it to `Options.onWarning` (a one-shot command prints it on stderr).
    func warn(_ message: String) {
        guard warningSet.insert(message).inserted else { return }
        collectedWarnings.append(message)
        Self.logger.warning("\(layout.path): \(message)")
        options.onWarning?(message)
    }

    private static let logger = Logger(label: "helpdesk.store")

    /// The watch is made on first use, not at open: closing an inotify
    /// descriptor costs the kernel 5–15 ms, which every one-shot command
    /// (a PBX `ring`) would pay at exit. Changes that arrived before it
    /// existed are signalled on it at once.
    private func ensureWatcher() throws -> ChangeWatcher {
        if let watcher { return watcher }
        let made = try ChangeWatcher(directory: layout.journal)
        watcher = made
        if hasUnreadBytes() { made.nudge() }
        return made
    }
}
