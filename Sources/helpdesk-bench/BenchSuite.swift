import Foundation
import HelpDeskStore

/// Runs every measurement once and prints the side-by-side table, with the
/// targets of issue 2 checked underneath.
struct BenchSuite {
    let quick: Bool

    var operations: Int { quick ? 300 : 600 }
    var history: Int { quick ? 100_000 : 1_000_000 }
    var changes: Int { quick ? 60 : 300 }

    func run() throws {
        let scratch = try ScratchRoot()
        defer { scratch.remove() }
        var table = ResultTable(columns: [StoreKind.json, .sqlite].map(\.title))
        note("scratch \(scratch.path); \(operations) operations per throughput row, \(history) closed calls of history")

        let throughput = ThroughputBench(operations: operations, rounds: quick ? 1 : 2, scratch: scratch)
        for processes in [1, 16] {
            for work in ["ring", "claim"] {
                let row = "durable \(work), \(processes) process\(processes == 1 ? "" : "es") (ops/s)"
                note(row)
                table.add(row, try throughput.measure(work, processes: processes), digits: 0)
            }
        }

        let startup = StartupBench(history: history, scratch: scratch)
        let limit = DataDirectoryStore.Options().segmentLimit
        note("start-up (building \(history) closed calls in each store)")
        let figures = try startup.run(segmentLimit: limit)
        table.add("start-up, no history (ms)", [figures.jsonNone, figures.sqliteNone], digits: 2)
        table.add("start-up, \(history) closed calls (ms)", [figures.jsonHistory, figures.sqliteHistory], digits: 2)
        table.add("start-up, current segment full (\(limit) events) (ms)", [figures.jsonFullSegment, .nan], digits: 2)
        table.add("console first frame, no history (ms)", [figures.consoleNone, .nan], digits: 2)
        table.add("console first frame, \(history) closed calls (ms)", [figures.consoleHistory, .nan], digits: 2)

        let arrival = ArrivalBench(changes: changes, scratch: scratch)
        note("change-to-arrival delay, \(changes) changes")
        let json = try arrival.json(), sqlite = try arrival.sqlite()
        table.add("change-to-arrival p50 (ms)", [json.p50, sqlite.p50], digits: 2)
        table.add("change-to-arrival p99 (ms)", [json.p99, sqlite.p99], digits: 2)

        print(table.render())
        print("SQLite arrival polls PRAGMA data_version every \(ArrivalBench.pollMilliseconds) ms; the JSON store wakes on inotify.")
        print(table.targets(history: history))
    }

    private func note(_ text: String) {
        FileHandle.standardError.write(Data("… \(text)\n".utf8))
    }
}
