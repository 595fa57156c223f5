import Foundation
import HelpDeskCore

/// The PostgreSQL floor as the source or target of `helpdesk store copy`
/// (`CopyableFloor`).
extension PostgresStore: CopyableFloor {
    /// Events per `INSERT` of an import: large enough that a million
    /// events take a few hundred statements, small enough to stay a few MB.
    static let importBatch = 5_000

    /// Appends the events as given in ONE transaction: a copy that fails
    /// halfway leaves the database as empty as it was. The trigger that
    /// stamps the writing role is switched off inside that transaction
    /// (the events keep the writer they had), which only the table's owner
    /// may do: copy into a floor as the database's owner. One snapshot of
    /// the live state at the end, so start-up reads no journal at all.
    public func importJournal(_ feed: (_ put: (Event) throws -> Void) throws -> Void) throws {
        try mutex.withLock {
            try retryingOnce { try conn.execute("BEGIN") }
            do {
                let head = try conn.execute("SELECT seq FROM helpdesk.head WHERE id = 1 FOR UPDATE").int(0, 0) ?? 0
                if head != live.lastSeq { _ = try catchUp() }
                try conn.execute("ALTER TABLE helpdesk.events DISABLE TRIGGER USER")
                let encoder = JournalCoding.encoder()
                var after = live
                var last = lastEvent
                var lines: [String] = [], closed: [String] = []
                func flush() throws {
                    try insertVerbatim(lines, closed: closed)
                    lines.removeAll(keepingCapacity: true)
                    closed.removeAll(keepingCapacity: true)
                }
                try feed { event in
                    guard event.seq == after.lastSeq + 1 else { throw JournalImportError(expected: after.lastSeq + 1, found: event.seq) }
                    lines.append(String(decoding: try encoder.encode(event), as: UTF8.self))
                    if let call = after.callClosed(by: event) { closed.append(String(decoding: try encoder.encode(call), as: UTF8.self)) }
                    after.apply(event)
                    last = event
                    if lines.count >= Self.importBatch { try flush() }
                }
                try flush()
                try conn.execute("ALTER TABLE helpdesk.events ENABLE TRIGGER USER")
                if after.lastSeq != live.lastSeq {
                    try conn.execute("UPDATE helpdesk.head SET seq = $1 WHERE id = 1", [String(after.lastSeq)])
                    try conn.execute("INSERT INTO helpdesk.snapshots (seq, state) VALUES ($1, $2)",
                                     [String(after.lastSeq), String(decoding: try encoder.encode(after), as: UTF8.self)])
                    try conn.execute("NOTIFY \(Self.channel)")
                }
                try conn.execute("COMMIT")
                live = after
                lastEvent = last
            } catch {
                _ = try? conn.execute("ROLLBACK")
                throw error
            }
            // Fresh statistics at once, not whenever autovacuum comes by: without
            // them the planner guesses a third of a million-row journal is "after
            // the snapshot" and scans it all at every start-up (300 ms, not 10).
            try conn.execute("ANALYZE helpdesk.events, helpdesk.closed_calls, helpdesk.snapshots")
        }
    }

    /// Inserts encoded events with the writer they name and the calls they close.
    private func insertVerbatim(_ lines: [String], closed: [String]) throws {
        guard !lines.isEmpty else { return }
        try conn.execute("""
            INSERT INTO helpdesk.events (seq, at, written_by, event)
            SELECT (e->>'seq')::bigint, (e->>'at')::timestamptz, e->>'user', e FROM json_array_elements($1::json) AS e
            """, ["[" + lines.joined(separator: ",") + "]"])
        if !closed.isEmpty { try conn.execute(try closedCallsStatement(closed)) }
    }

    /// The statement that files closed calls (encoded) for callers'
    /// history; one filed twice is kept once.
    func closedCallsStatement(_ closed: [String]) throws -> String {
        """
        INSERT INTO helpdesk.closed_calls (id, phone, enqueued_at, call)
        SELECT c->>'id', c->'customer'->>'phone', (c->>'enqueuedAt')::timestamptz, c
        FROM jsonb_array_elements(\(try conn.literal("[" + closed.joined(separator: ",") + "]"))::jsonb) AS c ON CONFLICT (id) DO NOTHING
        """
    }

    /// Every row of `helpdesk.overrides`.
    public func overrideFiles() throws -> [OverrideFile] {
        try mutex.withLock {
            let rows = try retryingOnce { try conn.execute("SELECT folder, name, body FROM helpdesk.overrides ORDER BY folder, name") }
            return (0..<rows.count).compactMap { row in
                FloorOverrides.Folder(rawValue: rows.string(row, 0) ?? "").map {
                    OverrideFile(folder: $0, name: rows.string(row, 1) ?? "", data: Data((rows.string(row, 2) ?? "").utf8))
                }
            }
        }
    }

    public func restoreOverrideFiles(_ files: [OverrideFile]) throws {
        for file in files { try saveOverride(file.data, name: file.name, in: file.folder) }
    }

    /// Every draft this role may read: the owner of the database reads all
    /// (row-level security binds only the agents' roles).
    public func allDrafts() throws -> [FloorDraft] {
        try mutex.withLock {
            let rows = try retryingOnce { try conn.execute("SELECT agent, written_by, draft FROM helpdesk.drafts ORDER BY agent, written_by") }
            return (0..<rows.count).map {
                FloorDraft(agent: rows.string($0, 0) ?? "", owner: rows.string($0, 1), bytes: Data((rows.string($0, 2) ?? "").utf8))
            }
        }
    }

    /// Each draft under its owner: the role it had, else the roster's
    /// account for its agent (a draft from a data directory), else this role.
    public func restoreDrafts(_ drafts: [FloorDraft]) throws {
        let accounts = Dictionary(roster.entries.map { ($0.agent, $0.user) }, uniquingKeysWith: { first, _ in first })
        try mutex.withLock {
            for draft in drafts {
                _ = try retryingOnce {
                    try conn.execute("""
                        INSERT INTO helpdesk.drafts (written_by, agent, draft) VALUES (COALESCE($1, current_user), $2, $3)
                        ON CONFLICT (written_by, agent) DO UPDATE SET draft = EXCLUDED.draft
                        """, [draft.owner ?? accounts[draft.agent], draft.agent, String(decoding: draft.bytes, as: UTF8.self)])
                }
            }
        }
    }
}
