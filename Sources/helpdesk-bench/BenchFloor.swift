import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore

/// The two operations the benchmark times, on either store, each one
/// durable before it returns.
protocol BenchFloor: AnyObject {
    /// A caller joins the queue.
    func ring(name: String, phone: String) throws
    /// Takes the head of the queue for a fresh agent; false when it is empty.
    func claim(agent: String) throws -> Bool
    /// Puts `count` callers in the queue in one transaction (set-up, not timed).
    func prefill(_ count: Int) throws
}

/// Which store a run measures, as named on a child's command line: the
/// `store` section sets the JSON directory beside SQLite, `floors` beside
/// the PostgreSQL floor (a URI in place of a directory).
enum StoreKind: String, CaseIterable {
    case json
    case sqlite
    case postgres

    var title: String {
        switch self {
        case .json: "JSON dir"
        case .sqlite: "SQLite WAL"
        case .postgres: "PostgreSQL"
        }
    }

    func open(_ path: String) throws -> any BenchFloor {
        switch self {
        case .json: try JSONBenchFloor(path: path)
        case .sqlite: try SQLiteFloor(path: path)
        case .postgres: JSONBenchFloor(store: try PostgresStore(uri: path))
        }
    }

    /// A fresh floor for one measurement: a directory under `scratch`, or a
    /// new database on the bench's PostgreSQL server.
    func fresh(_ name: String, in scratch: ScratchRoot) throws -> String {
        self == .postgres ? try BenchPostgres.shared().freshDatabase() : scratch.fresh(name)
    }
}

/// A `FloorStore` (the JSON data directory, or the PostgreSQL floor) driven
/// through the same `Floor` decisions the CLI and the console use.
final class JSONBenchFloor: BenchFloor {
    let store: any FloorStore

    init(path: String) throws { store = try DataDirectoryStore(path: path) }

    init(store: any FloorStore) { self.store = store }

    func ring(name: String, phone: String) throws {
        try store.commit(agent: nil) { state, now in
            try Floor.ring(state, customer: Customer(name: name, phone: phone), at: now)
        }
    }

    func prefill(_ count: Int) throws {
        try store.commit(agent: nil) { state, now in
            (0..<count).map { n in
                .callRung(CallRung(call: Call(id: "C\(state.callCounter + n + 1)", customer: Customer(name: "waiting \(n)", phone: "\(n)"),
                                              enqueuedAt: BenchFloors.arrival(n, of: count, now: now))))
            }
        }
    }

    func claim(agent: String) throws -> Bool {
        do {
            try store.commit(agent: agent) { state, now in try Floor.claimNext(state, agent: agent, at: now) }
            return true
        } catch DomainError.queueEmpty {
            return false
        }
    }

    /// One turn of a steady floor: a caller rings, and one of `agents`
    /// agents takes the head of the queue, hangs up and completes the call,
    /// so the queue keeps its length. Returns the commits made (four).
    func churn(_ n: Int, agents: Int) throws -> Int {
        let agent = "A\(n % agents)"
        try ring(name: "bench \(n)", phone: "\(n % 97)")
        let claimed = try store.commit(agent: agent) { state, now in try Floor.claimNext(state, agent: agent, at: now) }
        guard case .callClaimed(let p) = claimed.body else { throw BenchError("a claim made no claim") }
        try store.commit(agent: agent) { state, _ in try Floor.hangUp(state, call: p.call) }
        try store.commit(agent: agent) { state, _ in
            try Floor.complete(state, call: p.call, agent: agent, category: .inquiry, disposition: "answered", notes: nil)
        }
        return 4
    }
}

enum BenchFloors {
    /// Prefilled callers arrive one millisecond apart, as real ones would,
    /// so the queue order is decided by waiting time, not by tie-breaks.
    static func arrival(_ n: Int, of count: Int, now: Date) -> Date {
        now.addingTimeInterval(-Double(count - n) / 1000)
    }
}

/// Makes the account running the bench the lead of the floor at `path`
/// (agent 9001), for the commands only a lead may run.
func makeBenchUserLead(ofFloor path: String) throws {
    let me = String(cString: getpwuid(getuid()).pointee.pw_name)
    try #"[{"user":"\#(me)","agent":"9001","name":"bench lead","role":"lead"}]"#
        .write(toFile: path + "/roster.json", atomically: true, encoding: .utf8)
}
