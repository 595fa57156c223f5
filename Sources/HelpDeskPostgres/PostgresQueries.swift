import Foundation
import HelpDeskCore

/// Reads beyond the live state: events over a period, one caller's history.
extension PostgresStore {
    /// Streams the period through a cursor on a connection of its own, a
    /// batch of rows at a time, so memory stays flat over a month of a busy
    /// floor and this process's commits are not held up. While one batch
    /// is decoded (on every core, as a data directory's segments are) and
    /// folded, the next ones are read off the socket (`CursorPrefetch`):
    /// each event's line as written, nothing for the server to convert.
    public func forEachEvent(from: Date?, to: Date?, _ body: (Event) throws -> Void) throws {
        let reader = try PGConnection(uri: uri)
        try reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try reader.execute("""
            DECLARE period NO SCROLL CURSOR FOR SELECT event::text FROM helpdesk.events
            WHERE ($1::timestamptz IS NULL OR at >= $1::timestamptz) AND ($2::timestamptz IS NULL OR at < $2::timestamptz)
            ORDER BY seq
            """, [from.map(JournalCoding.formatDate), to.map(JournalCoding.formatDate)])
        let batches = CursorPrefetch(reader, fetch: "FETCH 20000 FROM period")
        defer { batches.abandon() }
        let decoder = lineDecoder
        while let rows = try batches.next() {
            let decoded = ParallelChunks.map(count: rows.count) { range in
                range.map { row in Result { try rows.withBytes(row, 0) { try decoder.decode($0) } } }
            }
            for chunk in decoded {
                for event in chunk { try body(try event.get()) }
            }
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
