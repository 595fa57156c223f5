import Foundation
import HelpDeskCore
@testable import HelpDeskPostgres
import Testing
import TestSupport

/// A report reads its period through a cursor, 20,000 rows a fetch, the
/// next batches read on a thread of their own while one is folded
/// (`CursorPrefetch`): every event arrives once and in order, a reader
/// that gives up halfway lets the store read again, and a connection lost
/// halfway fails the read rather than ending it short.
@Suite("PostgreSQL floor: reading a period in batches")
struct PostgresPeriodReadTests {
    private struct Stop: Error {}

    /// A floor of `callers` callers who rang and hung up (two events each).
    private func floor(callers: Int) throws -> (uri: String, store: PostgresStore) {
        let uri = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore(uri: uri)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        try store.importJournal { put in
            for n in 0..<callers {
                let at = start.addingTimeInterval(Double(n)), id = "C\(n + 1)"
                let call = Call(id: id, customer: Customer(name: "caller \(n)", phone: "1380\(n)"), enqueuedAt: at)
                try put(Event(seq: 2 * n + 1, at: at, agent: nil, user: "test", body: .callRung(CallRung(call: call))))
                try put(Event(seq: 2 * n + 2, at: at.addingTimeInterval(0.5), agent: nil, user: "test", body: .callAbandoned(CallRef(call: id))))
            }
        }
        return (uri, store)
    }

    @Test func everyEventOfSeveralBatchesArrivesOnceInOrderAndAReaderMayGiveUp() throws {
        let (_, store) = try floor(callers: 25_000)
        var seen: [Int] = []
        try store.forEachEvent(from: nil, to: nil) { seen.append($0.seq) }
        #expect(seen == Array(1...50_000))

        var stoppedAt = 0
        #expect(throws: Stop.self) {
            try store.forEachEvent(from: nil, to: nil) { event in
                stoppedAt = event.seq
                if event.seq == 25_000 { throw Stop() }
            }
        }
        #expect(stoppedAt == 25_000)
        var again = 0
        try store.forEachEvent(from: nil, to: nil) { _ in again += 1 }
        #expect(again == 50_000, "a reader that gave up leaves nothing in the way")
    }

    /// Five full batches: while the first is folded, the prefetching can
    /// hold at most the next three, so the connection dies before the rest.
    @Test func aReaderWhoseConnectionIsLostHalfwayFailsRatherThanEndingShort() throws {
        let (uri, store) = try floor(callers: 50_000)
        let admin = try PGConnection(uri: uri)
        var read = 0
        let failure = #expect(throws: PostgresError.self) {
            try store.forEachEvent(from: nil, to: nil) { event in
                read += 1
                guard event.seq == 1 else { return }
                let killed = try admin.execute("""
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE datname = current_database() AND query LIKE 'FETCH%' AND pid <> pg_backend_pid()
                    """)
                #expect(killed.int(0, 0) == 1)
            }
        }
        #expect(read < 100_000, "\(String(describing: failure))")
        var again = 0
        try store.forEachEvent(from: nil, to: nil) { _ in again += 1 }
        #expect(again == 100_000)
    }
}
