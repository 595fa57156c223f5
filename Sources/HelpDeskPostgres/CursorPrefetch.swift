import Foundation

/// The batches of a cursor, fetched on a thread of their own. The server
/// sends rows only as fast as the client reads its socket, and stops
/// preparing them once the socket's buffers are full: read between batches
/// only, it waited while a report decoded and folded each one. Here the
/// next batches are read off the socket meanwhile. At most `ahead` of them
/// wait, so memory stays bounded however long the period.
final class CursorPrefetch: @unchecked Sendable {
    private let conn: PGConnection
    private let fetch: String
    private let ahead: Int
    private let condition = NSCondition()
    private var waiting: [PGResult] = []
    private var failure: (any Error)?
    private var finished = false
    private var abandoned = false

    /// Starts running `fetch` (a `FETCH` from an open cursor) again and
    /// again on `conn`, which is this object's thread's until `next()`
    /// returns nil or throws: the caller must not use it before then.
    init(_ conn: PGConnection, fetch: String, ahead: Int = 2) {
        self.conn = conn
        self.fetch = fetch
        self.ahead = ahead
        Thread.detachNewThread { [self] in run() }
    }

    /// The next batch of rows; nil after the last. Throws what the fetching
    /// met (a lost connection, the server's refusal), once the batches
    /// before it are taken.
    func next() throws -> PGResult? {
        try condition.withLock {
            while waiting.isEmpty && !finished { condition.wait() }
            if !waiting.isEmpty {
                condition.broadcast()
                return waiting.removeFirst()
            }
            if let failure { throw failure }
            return nil
        }
    }

    /// Stops fetching (the caller gave up halfway); the thread lets go of
    /// the connection once the batch it is reading has arrived.
    func abandon() {
        condition.withLock {
            abandoned = true
            condition.broadcast()
        }
    }

    private func run() {
        do {
            try conn.send(fetch)
            while true {
                let rows = try conn.receive()
                guard rows.count > 0 else { break }
                try conn.send(fetch)
                guard keep(rows) else { return }
            }
        } catch {
            condition.withLock { failure = error }
        }
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    /// Queues a batch once there is room; false when the caller gave up.
    private func keep(_ rows: PGResult) -> Bool {
        condition.withLock {
            while waiting.count >= ahead && !abandoned { condition.wait() }
            guard !abandoned else { return false }
            waiting.append(rows)
            condition.broadcast()
            return true
        }
    }
}
