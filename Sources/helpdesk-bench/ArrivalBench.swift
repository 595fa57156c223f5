import CSQLite
import Foundation
import HelpDeskStore

/// The delay from a change committed in one process to its arrival in the
/// state of another. The sender (a child) stamps its wall-clock time just
/// before committing; this process waits the way a console would and
/// subtracts on arrival. JSON: inotify via `waitForChange` + `refresh`.
/// SQLite has no cross-process notification, so the receiver polls
/// `PRAGMA data_version` every `pollMilliseconds`, as an application would.
struct ArrivalBench {
    let changes: Int
    let scratch: ScratchRoot
    static let pollMilliseconds = 10

    struct Delays {
        var p50: Double
        var p99: Double

        init(_ seconds: [Double]) {
            let milliseconds = seconds.map { $0 * 1000 }
            p50 = percentile(milliseconds, 0.5)
            p99 = percentile(milliseconds, 0.99)
        }
    }

    func json() throws -> Delays { try live(.json) }

    /// A floor that wakes its readers (the JSON directory by inotify, the
    /// PostgreSQL floor by LISTEN/NOTIFY), waited on as a console does.
    func live(_ kind: StoreKind) throws -> Delays {
        let path = try kind.fresh("arrival-\(kind.rawValue)", in: scratch)
        guard let store = (try kind.open(path) as? JSONBenchFloor)?.store else { throw BenchError("\(kind.title) has no live feed") }
        _ = store.changeDescriptor
        let sender = try ProcessFleet.spawn(["child", "send", kind.rawValue, path, String(changes), String(Date().timeIntervalSince1970)])
        var delays: [Double] = []
        while delays.count < changes {
            guard store.waitForChange(timeout: .seconds(10)) else { throw BenchError("no change arrived within 10 s") }
            let fresh = try store.refresh()
            let arrived = Date().timeIntervalSince1970
            for event in fresh {
                if case .callRung(let rung) = event.body, let sent = Self.sentTime(rung.call.customer.name) {
                    delays.append(arrived - sent)
                }
            }
        }
        sender.0.waitUntilExit()
        return Delays(delays)
    }

    func sqlite() throws -> Delays {
        let path = scratch.fresh("arrival-sqlite")
        let floor = try SQLiteFloor(path: path)
        let sender = try ProcessFleet.spawn(["child", "send", "sqlite", path, String(changes), String(Date().timeIntervalSince1970)])
        var delays: [Double] = []
        var version = try floor.scalarInt("PRAGMA data_version")
        var seen = 0
        let deadline = Date().addingTimeInterval(60)
        while delays.count < changes, Date() < deadline {
            usleep(UInt32(Self.pollMilliseconds * 1000))
            let now = try floor.scalarInt("PRAGMA data_version")
            guard now != version else { continue }
            version = now
            let rows = try floor.query("SELECT n, name FROM calls WHERE n > ? ORDER BY n", [seen]) {
                (Int(sqlite3_column_int64($0, 0)), String(cString: sqlite3_column_text($0, 1)))
            }
            let arrived = Date().timeIntervalSince1970
            for (number, name) in rows {
                seen = max(seen, number)
                if let sent = Self.sentTime(name) { delays.append(arrived - sent) }
            }
        }
        sender.0.waitUntilExit()
        return Delays(delays)
    }

    /// The send time a child stamped into a caller's name (`t=…`).
    static func sentTime(_ name: String) -> Double? {
        name.hasPrefix("t=") ? Double(name.dropFirst(2)) : nil
    }
}
