import Foundation
import HelpDeskCore

/// The roster (`helpdesk.roster`, changed by the floor's administrator) and
/// the agents' drafts (`helpdesk.drafts`, each role sees only its own:
/// row-level security).
extension PostgresStore {
    /// Reads the roster, checked entry by entry as `roster.json` is: a row
    /// written by hand (`psql`) past `roster set`'s checks, with an id that
    /// could not be shown or passes for a path, refuses the whole roster.
    public func loadRoster() throws -> Roster {
        let rows = try conn.execute("SELECT entry::text FROM helpdesk.roster ORDER BY account")
        let decoder = JournalCoding.decoder()
        let entries = try (0..<rows.count).map {
            try decoder.decode(RosterEntry.self, from: Data((rows.string($0, 0) ?? "").utf8))
        }
        if let problem = Roster.problem(in: entries) {
            throw PostgresError.unreadable(address: conn.shown, table: "helpdesk.roster", reason: problem)
        }
        return Roster(entries: entries)
    }

    /// Replaces the roster in one transaction.
    public func saveRoster(_ roster: Roster) throws {
        try mutex.withLock {
            let encoder = JournalCoding.encoder()
            let entries = try roster.entries.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            try retryingOnce { try conn.execute("BEGIN") }
            do {
                try conn.execute("DELETE FROM helpdesk.roster")
                try conn.execute("""
                    INSERT INTO helpdesk.roster (account, entry)
                    SELECT e->>'user', e FROM jsonb_array_elements($1::jsonb) AS e
                    """, ["[" + entries.joined(separator: ",") + "]"])
                try conn.execute("COMMIT")
            } catch {
                _ = try? conn.execute("ROLLBACK")
                throw error
            }
            loadedRoster = roster
        }
    }

    /// Adds or changes one person's row (`helpdesk roster set`): on this
    /// floor the account is also the database role the server ties to the
    /// agent number. Only a lead role (or the owner) may; the server says so.
    public func setRosterEntry(_ entry: RosterEntry) throws {
        let row = String(decoding: try JournalCoding.encoder().encode(entry), as: UTF8.self)
        try mutex.withLock {
            _ = try retryingOnce {
                try conn.execute("""
                    INSERT INTO helpdesk.roster (account, entry) VALUES ($1, $2::jsonb)
                    ON CONFLICT (account) DO UPDATE SET entry = EXCLUDED.entry
                    """, [entry.user, row])
            }
            loadedRoster = try loadRoster()
        }
    }

    /// Removes one account's row; false when it had none.
    public func removeRosterEntry(account: String) throws -> Bool {
        try mutex.withLock {
            let removed = try retryingOnce {
                try conn.execute("DELETE FROM helpdesk.roster WHERE account = $1 RETURNING account", [account])
            }.count > 0
            loadedRoster = try loadRoster()
            return removed
        }
    }

    public func saveDraft(_ bytes: Data?, agent: String) throws {
        try mutex.withLock {
            _ = try retryingOnce {
                if let bytes {
                    try conn.execute("""
                        INSERT INTO helpdesk.drafts (agent, draft) VALUES ($1, $2)
                        ON CONFLICT (written_by, agent) DO UPDATE SET draft = EXCLUDED.draft
                        """, [agent, String(decoding: bytes, as: UTF8.self)])
                } else {
                    try conn.execute("DELETE FROM helpdesk.drafts WHERE agent = $1 AND written_by = current_user", [agent])
                }
            }
        }
    }

    public func loadDraft(agent: String) throws -> Data? {
        try mutex.withLock {
            let rows = try retryingOnce {
                try conn.execute("SELECT draft FROM helpdesk.drafts WHERE agent = $1 AND written_by = current_user", [agent])
            }
            return rows.string(0, 0).map { Data($0.utf8) }
        }
    }
}
