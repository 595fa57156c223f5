import Foundation
import HelpDeskCore

/// Reads beyond the live state: events over a period, one caller's history.
extension PostgresStore {
    /// Streams the period through a cursor on a connection of its own, a
    /// batch of rows at a time, so memory stays flat over a month of a busy
    /// floor and this process's commits are not held up; the server
    /// prepares each batch while the one before is folded.
    public func forEachEvent(from: Date?, to: Date?, _ body: (Event) throws -> Void) throws {
        let reader = try PGConnection(uri: uri)
        try reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try reader.execute("""
            DECLARE period NO SCROLL CURSOR FOR SELECT event::text FROM helpdesk.events
            WHERE ($1::timestamptz IS NULL OR at >= $1::timestamptz) AND ($2::timestamptz IS NULL OR at < $2::timestamptz)
            ORDER BY seq
            """, [from.map(JournalCoding.formatDate), to.map(JournalCoding.formatDate)])
        try reader.send("FETCH 20000 FROM period")
        while true {
            let rows = try reader.receive()
            guard rows.count > 0 else { break }
            // The next batch is asked for before this one is decoded: the server
            // reads it (each event's line as written: nothing to convert) while this process folds.
            try reader.send("FETCH 20000 FROM period")
            for row in 0..<rows.count { try body(try rows.withBytes(row, 0) { try lineDecoder.decode($0) }) }
        }
        try reader.execute("COMMIT")
    }

    public func history(phone: String, limit: Int) throws -> [Call] {
        try mutex.withLock {
            let rows = try retryingOnce {
                try conn.execute("SELECT call::text FROM helpdesk.closed_calls WHERE phone = $1 ORDER BY enqueued_at DESC LIMIT $2",
                                 [phone, String(max(0, limit))])
            }
            let decoder = JournalCoding.decoder()
            var byID: [String: Call] = [:]
            for row in 0..<rows.count {
                let call = try decoder.decode(Call.self, from: Data((rows.string(row, 0) ?? "").utf8))
                byID[call.id] = call
            }
            for call in live.calls.values where call.customer.phone == phone { byID[call.id] = call }
            return Array(byID.values.newestFirst().prefix(max(0, limit)))
        }
    }
}
