import Foundation
import HelpDeskCore
import HelpDeskStore

/// Start-up time of a floor with `live` open calls, with no history and
/// with `history` closed calls behind it. Start-up means what a console
/// does before its first screen: open the store and hold the live calls.
/// All directories are built first; then the opens take turns, so a burst
/// of load elsewhere on the machine falls on every column alike.
struct StartupBench {
    let history: Int
    let live = 200
    let scratch: ScratchRoot

    struct Figures {
        var jsonNone = 0.0, jsonHistory = 0.0, jsonFullSegment = 0.0
        var sqliteNone = 0.0, sqliteHistory = 0.0
        /// Open the store and paint the console's first frame (issue 3).
        var consoleNone = 0.0, consoleHistory = 0.0
    }

    func run(segmentLimit: Int, rounds: Int = 15) throws -> Figures {
        let paths = (jsonNone: scratch.fresh("startup-json-none"), jsonHistory: scratch.fresh("startup-json-history"),
                     jsonFull: scratch.fresh("startup-json-full"), sqliteNone: scratch.fresh("startup-sqlite-none"),
                     sqliteHistory: scratch.fresh("startup-sqlite-history"))
        try ringLive(JSONBenchFloor(path: paths.jsonNone))
        try buildJSONHistory(paths.jsonHistory)
        try buildJSONFullSegment(paths.jsonFull, limit: segmentLimit)
        try ringLive(SQLiteFloor(path: paths.sqliteNone))
        try buildSQLiteHistory(paths.sqliteHistory)

        let opens: [() throws -> Void] = [
            { _ = try openJSON(paths.jsonNone) },
            { _ = try openJSON(paths.jsonHistory) },
            { _ = try openJSON(paths.jsonFull, limit: segmentLimit) },
            { _ = try openSQLite(paths.sqliteNone) },
            { _ = try openSQLite(paths.sqliteHistory) },
            { _ = try ConsoleBench().firstFrame(path: paths.jsonNone) },
            { _ = try ConsoleBench().firstFrame(path: paths.jsonHistory) },
        ]
        let ms = try medians(rounds: rounds, of: opens)
        return Figures(jsonNone: ms[0], jsonHistory: ms[1], jsonFullSegment: ms[2],
                       sqliteNone: ms[3], sqliteHistory: ms[4], consoleNone: ms[5], consoleHistory: ms[6])
    }

    // MARK: JSON data directory

    private func buildJSONHistory(_ path: String) throws {
        let store = try DataDirectoryStore(path: path)
        let batch = 5_000
        var filed = 0
        while filed < history {
            let size = min(batch, history - filed)
            try store.commit(agent: nil) { state, now in closedCalls(size, after: state.callCounter, at: now) }
            filed += size
        }
        try ringLive(JSONBenchFloor(path: path))
    }

    /// The worst moment: the current segment one event short of compaction,
    /// so start-up decodes a whole segment after the snapshot.
    private func buildJSONFullSegment(_ path: String, limit: Int) throws {
        let store = try DataDirectoryStore(path: path, options: .init(segmentLimit: limit))
        try ringLive(JSONBenchFloor(path: path))
        var events = live
        while events < limit - 1 {
            let calls = min(2_000, (limit - 1 - events) / 2)
            guard calls > 0 else { break }
            try store.commit(agent: nil) { state, now in closedCalls(calls, after: state.callCounter, at: now) }
            events += 2 * calls
        }
    }

    private func openJSON(_ path: String, limit: Int = DataDirectoryStore.Options().segmentLimit) throws -> Int {
        let store = try DataDirectoryStore(path: path, options: .init(segmentLimit: limit))
        guard store.warnings.isEmpty, store.state.calls.count >= live else {
            throw BenchError("JSON start-up read \(store.state.calls.count) live calls, warnings \(store.warnings)")
        }
        return store.state.calls.count
    }

    // MARK: SQLite

    private func buildSQLiteHistory(_ path: String) throws {
        let floor = try SQLiteFloor(path: path)
        let start = Date()
        try floor.transaction {
            for (index, body) in closedCalls(history, after: 0, at: start).enumerated() {
                if case .callRung(let rung) = body {
                    var call = rung.call
                    call.state = .abandoned
                    call.endedAt = start
                    try floor.insert(call, number: index / 2 + 1)
                }
                try floor.appendEvent(body, at: start, agent: nil)
            }
        }
        try ringLive(floor)
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
