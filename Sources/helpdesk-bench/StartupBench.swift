import Foundation
import HelpDeskCore
import HelpDeskStore

/// Start-up time of a floor with `live` open calls, with no history and
/// with `history` closed calls behind it. Start-up means what a console
/// does before its first screen: open the store and hold the live calls.
struct StartupBench {
    let history: Int
    let live = 200
    let scratch: ScratchRoot

    /// Median milliseconds of several opens (the first warms the cache).
    static func median(_ runs: Int = 7, _ open: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0...runs {
            let started = DispatchTime.now().uptimeNanoseconds
            try open()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
        }
        return times.dropFirst().sorted()[runs / 2]
    }

    // MARK: JSON data directory

    func jsonNone() throws -> Double {
        let path = scratch.fresh("startup-json-none")
        try ringLive(JSONBenchFloor(path: path))
        return try Self.median { _ = try openJSON(path) }
    }

    func jsonHistory() throws -> Double {
        let path = scratch.fresh("startup-json-history")
        let store = try DataDirectoryStore(path: path)
        let batch = 5_000
        var filed = 0
        while filed < history {
            let size = min(batch, history - filed)
            try store.commit(agent: nil) { state, now in closedCalls(size, after: state.callCounter, at: now) }
            filed += size
        }
        try ringLive(JSONBenchFloor(path: path))
        return try Self.median { _ = try openJSON(path) }
    }

    /// The worst moment: the current segment one event short of compaction,
    /// so start-up decodes a whole segment after the snapshot.
    func jsonFullSegment(limit: Int) throws -> Double {
        let path = scratch.fresh("startup-json-full")
        let store = try DataDirectoryStore(path: path, options: .init(segmentLimit: limit))
        try ringLive(JSONBenchFloor(path: path))
        var events = live
        while events < limit - 1 {
            let calls = min(2_000, (limit - 1 - events) / 2)
            guard calls > 0 else { break }
            try store.commit(agent: nil) { state, now in closedCalls(calls, after: state.callCounter, at: now) }
            events += 2 * calls
        }
        return try Self.median { _ = try openJSON(path, limit: limit) }
    }

    private func openJSON(_ path: String, limit: Int = DataDirectoryStore.Options().segmentLimit) throws -> Int {
        let store = try DataDirectoryStore(path: path, options: .init(segmentLimit: limit))
        guard store.warnings.isEmpty, store.state.calls.count >= live else {
            throw BenchError("JSON start-up read \(store.state.calls.count) live calls, warnings \(store.warnings)")
        }
        return store.state.calls.count
    }

    // MARK: SQLite

    func sqliteNone() throws -> Double {
        let path = scratch.fresh("startup-sqlite-none")
        try ringLive(SQLiteFloor(path: path))
        return try Self.median { _ = try openSQLite(path) }
    }

    func sqliteHistory() throws -> Double {
        let path = scratch.fresh("startup-sqlite-history")
        let floor = try SQLiteFloor(path: path)
        let start = Date()
        try floor.transaction {
            for (index, body) in closedCalls(history, after: 0, at: start).enumerated() {
                switch body {
                case .callRung(let rung):
                    var call = rung.call
                    call.state = .abandoned
                    call.endedAt = start
                    try floor.insert(call, number: index / 2 + 1)
                    try floor.appendEvent(body, at: start, agent: nil)
                default:
                    try floor.appendEvent(body, at: start, agent: nil)
                }
            }
        }
        try ringLive(floor)
        return try Self.median { _ = try openSQLite(path) }
    }

    private func openSQLite(_ path: String) throws -> Int {
        let count = try SQLiteFloor(path: path).liveCalls().count
        guard count >= live else { throw BenchError("SQLite start-up read \(count) live calls") }
        return count
    }

    // MARK: Shared

    private func ringLive(_ floor: any BenchFloor) throws {
        for n in 0..<live { try floor.ring(name: "live \(n)", phone: "live-\(n)") }
    }

    /// `count` callers who rang and hung up while waiting: two events each.
    private func closedCalls(_ count: Int, after counter: Int, at now: Date) -> [EventBody] {
        (0..<count).flatMap { n -> [EventBody] in
            let id = "C\(counter + n + 1)"
            let call = Call(id: id, customer: Customer(name: "history \(counter + n)", phone: "1380\((counter + n) % 100_000)"),
                            enqueuedAt: now)
            return [.callRung(CallRung(call: call)), .callAbandoned(CallRef(call: id))]
        }
    }
}
