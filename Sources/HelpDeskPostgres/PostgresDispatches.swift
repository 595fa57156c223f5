import Foundation
import HelpDeskCore

/// `helpdesk.dispatches`: the dispatch volumes per branch and month.
extension PostgresStore {
    public func loadDispatches() throws -> DispatchVolumes {
        try mutex.withLock {
            let rows = try retryingOnce {
                try conn.execute("SELECT branch, month, dispatches FROM helpdesk.dispatches ORDER BY position")
            }
            return DispatchVolumes(volumes: (0..<rows.count).map {
                DispatchVolume(branch: rows.string($0, 0) ?? "", month: rows.string($0, 1) ?? "", dispatches: rows.int($0, 2) ?? 0)
            })
        }
    }

    /// Reads, changes and replaces the volumes in one transaction that
    /// holds the table's lock, so two imports at once never lose each other's rows.
    public func updateDispatches(_ change: (inout DispatchVolumes) throws -> Void) throws {
        try mutex.withLock {
            try retryingOnce { try conn.execute("BEGIN") }
            do {
                try conn.execute("LOCK TABLE helpdesk.dispatches IN SHARE ROW EXCLUSIVE MODE")
                var volumes = try loadDispatches()
                try change(&volumes)
                let rows = try JournalCoding.encoder().encode(volumes.volumes)
                try conn.execute("DELETE FROM helpdesk.dispatches")
                try conn.execute("""
                    INSERT INTO helpdesk.dispatches (branch, month, dispatches, position)
                    SELECT v->>'branch', v->>'month', (v->>'dispatches')::integer, n::integer
                    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(v, n)
                    """, [String(decoding: rows, as: UTF8.self)])
                try conn.execute("COMMIT")
            } catch {
                _ = try? conn.execute("ROLLBACK")
                throw error
            }
        }
    }
}
