import Foundation
import HelpDeskCore

/// The floor on a PostgreSQL server: the same `FloorStore` as the data
/// directory, for consoles on several hosts (design in docs/storage.md).
///
/// Every change is one transaction: lock the one `helpdesk.head` row
/// (`SELECT … FOR UPDATE`), catch up on events other processes committed,
/// run `decide` on that state, insert the events (the server stamps each
/// with the role that wrote it and checks lead-only changes), move the
/// head, `NOTIFY`, `COMMIT` — and return only once that commit is on the
/// server's disk. The head row makes decisions serial, as the queue's head
/// is a policy over the whole queue, so no two processes can claim one
/// caller. Start-up reads the newest snapshot of the live state and the
/// events after it, never all history.
/// Thread-safe: one lock guards the state and the connections.
public final class PostgresStore: FloorStore, @unchecked Sendable {
    public struct Options: Sendable {
        /// Events between snapshots of the live state: start-up decodes at
        /// most this many events after the newest one.
        public var snapshotEvery: Int
        /// How often a console's wait checks the head itself, in case a
        /// notification was lost with a connection.
        public var safetyPoll: TimeInterval
        /// How long an agent whose presence lock vanished without being
        /// released still counts as present: time for a console whose
        /// connection broke (a server restart) to reconnect and take it back.
        public var presenceGrace: TimeInterval

        public init(snapshotEvery: Int = 2_000, safetyPoll: TimeInterval = 5, presenceGrace: TimeInterval = 10) {
            self.snapshotEvery = snapshotEvery
            self.safetyPoll = safetyPoll
            self.presenceGrace = presenceGrace
        }
    }

    /// The notification channel every commit signals.
    static let channel = "helpdesk_floor"

    /// The floor's URI with any password hidden.
    public let address: String
    /// The database role this process is connected as: the server stamps it
    /// on every event written here.
    public let user: String
    public var roster: Roster { mutex.withLock { loadedRoster } }
    public var state: LiveState { mutex.withLock { live } }

    let uri: String
    let clock: any Clock
    let options: Options
    let mutex = NSRecursiveLock()
    let conn: PGConnection
    let lineDecoder = EventLineDecoder()
    var listener: PGConnection?
    var lastListenAttempt = Date.distantPast
    var lastSafetyCheck = Date()
    var live = LiveState()
    /// The last event folded into `live`, to check after a reconnect that
    /// the server still has it (nil after reading a snapshot with nothing after it).
    var lastEvent: Event?
    var loadedRoster = Roster()
    /// The agents this process holds presence for, with their lock keys.
    var heldPresence: [String: String] = [:]

    /// Connects, makes the schema on an empty database (or refuses another
    /// program's, or one of another schema version), and loads what is live.
    public init(uri: String, clock: any Clock = SystemClock(), options: Options = Options()) throws {
        self.uri = uri
        self.clock = clock
        self.options = options
        conn = try PGConnection(uri: uri)
        address = conn.shown
        try FloorSchema.prepare(conn)
        let who = try conn.execute("""
            SELECT current_user, has_function_privilege('pg_logical_emit_message(boolean, text, text)', 'EXECUTE')
            """)
        user = who.string(0, 0) ?? ""
        // Refused here, not after a change's COMMIT, where it would fail a change already made.
        guard who.string(0, 1) == "t" else { throw PostgresError.cannotConfirmFlush(address: address, role: user) }
        try loadLive()
        loadedRoster = try loadRoster()
    }

    @discardableResult
    public func commit(agent: String?, _ decide: (LiveState, Date) throws -> [EventBody]) throws -> [Event] {
        try mutex.withLock {
            // One round trip: begin, wait for the head row (every decision
            // after the one before), then read what others committed meanwhile.
            let missed = try retryingOnce {
                try conn.execute("""
                    BEGIN; SET LOCAL synchronous_commit TO off; SELECT 1 FROM helpdesk.head WHERE id = 1 FOR UPDATE;
                    SELECT event::text FROM helpdesk.events WHERE seq > \(live.lastSeq) ORDER BY seq
                    """)
            }
            do {
                try fold(missed)
                let now = Self.asStored(clock.now())
                let bodies = try decide(live, now)
                guard !bodies.isEmpty else {
                    try conn.execute("ROLLBACK")
                    return []
                }
                let events = bodies.enumerated().map { index, body in
                    Event(seq: live.lastSeq + 1 + index, at: now, agent: agent, user: user, body: body)
                }
                return try writeAndCommit(events)
            } catch {
                _ = try? conn.execute("ROLLBACK")
                throw error
            }
        }
    }

    @discardableResult
    public func refresh() throws -> [Event] {
        try mutex.withLock {
            if let listener {
                do { _ = try listener.drainNotifications() } catch {
                    self.listener = nil
                    throw error
                }
            }
            return try retryingOnce { try catchUp() }
        }
    }

    /// The socket of a connection that `LISTEN`s for commits, for the UI's
    /// `poll`: readable when another process changed the floor. Made on
    /// first use (a one-shot `ring` never pays for it) and again, at most
    /// once a second, after the server went away; -1 meanwhile. Every few
    /// seconds it also compares the head with what this process has read,
    /// and wakes itself if a notification went missing.
    public var changeDescriptor: Int32 {
        mutex.withLock {
            let now = Date()
            if listener == nil, now.timeIntervalSince(lastListenAttempt) >= 1 {
                lastListenAttempt = now
                listener = try? makeListener()
            } else if listener != nil, now.timeIntervalSince(lastSafetyCheck) >= options.safetyPoll {
                lastSafetyCheck = now
                wakeIfBehind()
            }
            return listener?.socket ?? -1
        }
    }

    public func waitForChange(timeout: Duration) -> Bool {
        let fd = changeDescriptor
        let ms = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard fd >= 0 else {
            Thread.sleep(forTimeInterval: min(Double(ms) / 1000, 1))
            return mutex.withLock { ((try? headSeq()) ?? live.lastSeq) != live.lastSeq }
        }
        var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, ms) > 0 else { return false }
        return mutex.withLock {
            do { return try listener?.drainNotifications() ?? true } catch {
                listener = nil
                return true
            }
        }
    }

    // MARK: - Internals shared by the extensions

    /// `date` as the journal gives it back: whole milliseconds.
    static func asStored(_ date: Date) -> Date {
        JournalCoding.parseDate(JournalCoding.formatDate(date)) ?? date
    }

    /// Reads the events after the last one folded in and folds them.
    func catchUp() throws -> [Event] {
        try fold(try conn.execute("SELECT event::text FROM helpdesk.events WHERE seq > $1 ORDER BY seq", [String(live.lastSeq)]))
    }

    /// Folds rows of event text into the live state; returns the events.
    @discardableResult
    private func fold(_ rows: PGResult) throws -> [Event] {
        var fresh: [Event] = []
        fresh.reserveCapacity(rows.count)
        for row in 0..<rows.count {
            let event = try rows.withBytes(row, 0) { try lineDecoder.decode($0) }
            live.apply(event)
            fresh.append(event)
        }
        lastEvent = fresh.last ?? lastEvent
        return fresh
    }

    /// Inserts `events` with the calls they close, moves the head, keeps a
    /// snapshot when one is due, signals listeners, commits and waits for
    /// the commit to reach the disk: one script, one round trip (the server
    /// stops at the first statement that fails, and the caller rolls back).
    /// Folds the events into the live state once the server has them, as
    /// every reader will decode them from their lines (times keep
    /// milliseconds there, and every process must hold the same state to
    /// order the queue alike), and returns them so.
    ///
    /// The transaction commits with `synchronous_commit` off, so the head
    /// row is free for the next decision as soon as the commit is written,
    /// not after its flush: nobody waits for this change's flush but this
    /// process (the head row serialises every change of the floor). The script
    /// then commits one logical-decoding message as a transaction of its own
    /// with the usual synchronous commit; the write-ahead log reaches the
    /// disk in order, so when that flush returns the change before it is on
    /// disk too, and only then is the change acknowledged. Processes
    /// committing at once share one flush. Others may see a change just
    /// before it is on disk; a server that crashes in that instant comes
    /// back without it, which is why a reconnect checks what it still has.
    private func writeAndCommit(_ fresh: [Event]) throws -> [Event] {
        let encoder = JournalCoding.encoder()
        var lines = try fresh.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let events = try lines.indices.map { n in try lines[n].withUTF8 { try lineDecoder.decode(UnsafeRawBufferPointer($0)) } }
        let closed = try callsClosed(by: events).map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let head = live.lastSeq + events.count
        var script = """
            INSERT INTO helpdesk.events (seq, at, event)
            SELECT (e->>'seq')::bigint, (e->>'at')::timestamptz, e FROM json_array_elements(\(try conn.literal("[" + lines.joined(separator: ",") + "]"))::json) AS e;
            UPDATE helpdesk.head SET seq = \(head) WHERE id = 1;

            """
        if !closed.isEmpty { script += try closedCallsStatement(closed) + ";\n" }
        if live.lastSeq / options.snapshotEvery != head / options.snapshotEvery {
            var after = live
            events.forEach { after.apply($0) }
            let state = try conn.literal(String(decoding: try encoder.encode(after), as: UTF8.self))
            script += "INSERT INTO helpdesk.snapshots (seq, state) VALUES (\(head), \(state));\n"
        }
        try conn.execute(script + "NOTIFY \(Self.channel); COMMIT; SELECT pg_logical_emit_message(true, 'helpdesk', 'flush')")
        events.forEach { live.apply($0) }
        lastEvent = events.last
        return events
    }

    /// The calls `events` close, each judged on the state the events before
    /// it leave. One event (nearly every change) is judged on the live
    /// state itself: a copy of the whole state, made while the head is
    /// locked and everyone else waits, was about 45% of a claim's instructions.
    private func callsClosed(by events: [Event]) -> [Call] {
        guard events.count > 1 else { return events.compactMap { live.callClosed(by: $0) } }
        var state = live
        return events.compactMap { event in
            defer { state.apply(event) }
            return state.callClosed(by: event)
        }
    }

    /// Runs a statement that changes nothing (or `BEGIN`), and once more
    /// after reconnecting if the connection was found broken.
    @discardableResult
    func retryingOnce<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch PostgresError.lost(let address, let reason) {
            guard conn.reconnect() else { throw PostgresError.lost(address: address, reason: reason) }
            retakePresence()
            if try !serverHoldsWhatWasSeen() { try loadLive() }
            return try body()
        }
    }

    /// Reads the live state from the newest snapshot and the events after it.
    private func loadLive() throws {
        let snapshot = try conn.execute("SELECT state::text FROM helpdesk.snapshots ORDER BY seq DESC LIMIT 1")
        live = try snapshot.string(0, 0).map { try JournalCoding.decoder().decode(LiveState.self, from: Data($0.utf8)) } ?? LiveState()
        lastEvent = nil
        _ = try catchUp()
    }

    /// Whether the server still has the last event this process folded in.
    /// A server that crashed may come back without a change others saw an
    /// instant before its flush (see `writeAndCommit`), and number the next
    /// change in its place: following on from there would miss that one.
    private func serverHoldsWhatWasSeen() throws -> Bool {
        guard live.lastSeq > 0 else { return true }
        let rows = try conn.execute("SELECT event::text FROM helpdesk.events WHERE seq = $1", [String(live.lastSeq)])
        guard rows.count == 1 else { return false }
        guard let lastEvent else { return true }
        return try rows.withBytes(0, 0) { try lineDecoder.decode($0) } == lastEvent
    }

    func headSeq() throws -> Int {
        try retryingOnce { try conn.execute("SELECT seq FROM helpdesk.head WHERE id = 1").int(0, 0) ?? 0 }
    }

    private func makeListener() throws -> PGConnection {
        let made = try PGConnection(uri: uri)
        try made.execute("LISTEN \(Self.channel)")
        lastSafetyCheck = Date()
        listener = made
        wakeIfBehind()
        return made
    }

    /// Commits this process has not read (made while it was not listening,
    /// or whose notification was lost): a `NOTIFY` of its own makes the
    /// listening socket readable, so the UI's next `poll` refreshes.
    private func wakeIfBehind() {
        guard let head = try? headSeq(), head != live.lastSeq else { return }
        _ = try? conn.execute("NOTIFY \(Self.channel)")
    }
}
