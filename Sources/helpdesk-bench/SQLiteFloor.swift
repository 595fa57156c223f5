import CSQLite
import Foundation
import HelpDeskCore

/// What a team would otherwise pick: SQLite in WAL mode with
/// `synchronous=FULL` (an fsync of the WAL on every commit, so durable when
/// acknowledged, like the journal). Calls are rows with the same JSON body
/// the journal stores, events a table of the same JSON lines; a claim is
/// `BEGIN IMMEDIATE` + select the head + update + insert the event.
final class SQLiteFloor: BenchFloor {
    private var db: OpaquePointer?
    private let encoder = JournalCoding.encoder()
    private let user = ProcessInfo.processInfo.userName

    static let schema = """
        PRAGMA journal_mode=WAL;
        PRAGMA synchronous=FULL;
        CREATE TABLE IF NOT EXISTS calls(
          n INTEGER PRIMARY KEY, id TEXT UNIQUE, phone TEXT, name TEXT, tier INTEGER,
          state TEXT, agent TEXT, enqueued REAL, body TEXT);
        CREATE INDEX IF NOT EXISTS calls_queue ON calls(state, tier DESC, enqueued) WHERE state IN ('waiting','talking','wrap-up','scheduled');
        CREATE INDEX IF NOT EXISTS calls_phone ON calls(phone);
        CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY, at TEXT, type TEXT, line TEXT);
        """

    init(path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard sqlite3_open_v2(path + "/floor.sqlite", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            throw BenchError("sqlite open: \(message)")
        }
        sqlite3_busy_timeout(db, 60_000)
        try execute(Self.schema)
    }

    /// Prepared statements by SQL text, reused (reset) across calls.
    private var statements: [String: OpaquePointer] = [:]

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(db)
    }

    var message: String { String(cString: sqlite3_errmsg(db)) }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw BenchError("sqlite: \(message) in \(sql.prefix(60))") }
    }

    func ring(name: String, phone: String) throws {
        try transaction {
            let number = try scalarInt("SELECT coalesce(max(n), 0) + 1 FROM calls")
            let now = Date()
            let call = Call(id: "C\(number)", customer: Customer(name: name, phone: phone), enqueuedAt: now)
            try insert(call, number: number)
            try appendEvent(.callRung(CallRung(call: call)), at: now, agent: nil)
        }
    }

    func prefill(_ count: Int) throws {
        try transaction {
            let first = try scalarInt("SELECT coalesce(max(n), 0) + 1 FROM calls")
            let now = Date()
            for n in 0..<count {
                let call = Call(id: "C\(first + n)", customer: Customer(name: "waiting \(n)", phone: "\(n)"),
                                enqueuedAt: BenchFloors.arrival(n, of: count, now: now))
                try insert(call, number: first + n)
                try appendEvent(.callRung(CallRung(call: call)), at: now, agent: nil)
            }
        }
    }

    func claim(agent: String) throws -> Bool {
        try transaction {
            let head = try query("SELECT id FROM calls WHERE state = 'waiting' ORDER BY tier DESC, enqueued LIMIT 1") {
                String(cString: sqlite3_column_text($0, 0))
            }
            guard let id = head.first else { return false }
            try run("UPDATE calls SET state = 'talking', agent = ? WHERE id = ?", [agent, id])
            try appendEvent(.callClaimed(CallClaimed(call: id, agent: agent)), at: Date(), agent: agent)
            return true
        }
    }

    /// Start-up: the live calls, decoded from their JSON bodies.
    func liveCalls() throws -> [String: Call] {
        let decoder = JournalCoding.decoder()
        let bodies = try query("SELECT body FROM calls WHERE state IN ('waiting','talking','wrap-up','scheduled')") {
            Data(bytes: sqlite3_column_blob($0, 0), count: Int(sqlite3_column_bytes($0, 0)))
        }
        var calls: [String: Call] = [:]
        for body in bodies {
            let call = try decoder.decode(Call.self, from: body)
            calls[call.id] = call
        }
        return calls
    }

    func insert(_ call: Call, number: Int) throws {
        let body = String(decoding: try encoder.encode(call), as: UTF8.self)
        try run("INSERT INTO calls(n, id, phone, name, tier, state, agent, enqueued, body) VALUES (?,?,?,?,?,?,?,?,?)",
                [number, call.id, call.customer.phone, call.customer.name, call.customer.tier == .regular ? 0 : 1,
                 call.state.rawValue, call.agent, call.enqueuedAt.timeIntervalSince1970, body])
    }

    func appendEvent(_ body: EventBody, at: Date, agent: String?) throws {
        let seq = try scalarInt("SELECT coalesce(max(seq), 0) + 1 FROM events")
        let line = String(decoding: try encoder.encode(Event(seq: seq, at: at, agent: agent, user: user, body: body)), as: UTF8.self)
        try run("INSERT INTO events(seq, at, type, line) VALUES (?,?,?,?)", [seq, JournalCoding.formatDate(at), body.type, line])
    }

    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    func run(_ sql: String, _ values: [(any Sendable)?]) throws {
        let statement = try prepare(sql, values)
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw BenchError("sqlite: \(message)") }
    }

    func scalarInt(_ sql: String) throws -> Int {
        try query(sql) { Int(sqlite3_column_int64($0, 0)) }.first ?? 0
    }

    func query<T>(_ sql: String, _ values: [(any Sendable)?] = [], row: (OpaquePointer?) -> T) throws -> [T] {
        let statement = try prepare(sql, values)
        defer { sqlite3_reset(statement) }
        var rows: [T] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw BenchError("sqlite: \(message)") }
            rows.append(row(statement))
        }
    }

    private func prepare(_ sql: String, _ values: [(any Sendable)?]) throws -> OpaquePointer? {
        var statement = statements[sql]
        if let statement {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        } else {
            guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw BenchError("sqlite: \(message)") }
            statements[sql] = statement
        }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            switch value {
            case let text as String: sqlite3_bind_text(statement, position, text, -1, transient)
            case let number as Int: sqlite3_bind_int64(statement, position, Int64(number))
            case let real as Double: sqlite3_bind_double(statement, position, real)
            default: sqlite3_bind_null(statement, position)
            }
        }
        return statement
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
