import CLibPQ
import Foundation

/// One libpq connection, used synchronously: a query is sent and its whole
/// result read before the next. libpq rather than an event-loop client,
/// because the console is one thread around one `poll`, and libpq hands
/// over its socket for that `poll` (docs/storage.md). Not thread-safe: the
/// store guards each connection with its lock.
final class PGConnection {
    private let conn: OpaquePointer
    /// The URI with any password hidden, for messages.
    let shown: String

    /// Connects (at most `timeout` seconds unless the URI says otherwise)
    /// and asks the server to keep notices such as "already exists,
    /// skipping" to itself.
    init(uri: String, timeout: Int = 5) throws {
        shown = PostgresAddress.hidingPassword(uri)
        if let missing = libpq_load() {
            throw PostgresError.connecting(address: shown, reason: "cannot load libpq: " + String(cString: missing))
        }
        try Self.parse(uri, shown: shown)
        // libpq's keyword and value lists end with a NULL.
        let keys: [String?] = ["connect_timeout", "fallback_application_name", "dbname", nil]
        let values: [String?] = [String(timeout), "helpdesk", uri, nil]
        let made: OpaquePointer? = Self.withOptionalCStrings(keys) { k in
            Self.withOptionalCStrings(values) { v in PQconnectdbParams(k, v, 1) }
        }
        guard let made else { throw PostgresError.connecting(address: shown, reason: "out of memory") }
        conn = made
        // From here on the object is whole: a throw runs deinit, which finishes the connection.
        guard PQstatus(conn) == CONNECTION_OK else {
            let reason = Self.clean(PQerrorMessage(conn))
            throw PostgresError.connecting(address: shown, reason: reason)
        }
        silenceNotices()
        try execute("SET client_min_messages TO warning")
    }

    deinit { PQfinish(conn) }

    /// Refuses a URI libpq cannot read (a stray `%`, an unknown parameter,
    /// an unclosed `[`) before any connection is tried, so the message says
    /// the address is wrong rather than that a server could not be reached.
    private static func parse(_ uri: String, shown: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(uri, &error) else {
            defer { if let error { PQfreemem(error) } }
            let reason = PostgresAddress.hidingPassword(of: uri, in: clean(error.map { UnsafePointer($0) }))
            throw PostgresError.malformed(address: shown, reason: reason)
        }
        PQconninfoFree(options)
    }

    /// The socket to `poll` for notifications; -1 when the connection is gone.
    var socket: Int32 { PQsocket(conn) }

    var isHealthy: Bool { PQstatus(conn) == CONNECTION_OK }

    /// libpq prints notices (a server shutting down says so) on stderr,
    /// which would land in the middle of a console's screen; the store
    /// reports what matters through its errors instead.
    private func silenceNotices() {
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
    }

    /// Tries once to connect again after the server went away.
    func reconnect() -> Bool {
        PQreset(conn)
        guard isHealthy else { return false }
        silenceNotices()
        _ = try? execute("SET client_min_messages TO warning")
        return true
    }

    /// Runs a statement with text parameters ($1, $2, …) and returns its
    /// rows. A failure names the server's reason and its SQLSTATE code.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws -> PGResult {
        // Without parameters the simple protocol, which also runs a script
        // of several statements (the schema's steps).
        let result: OpaquePointer? = parameters.isEmpty ? PQexec(conn, sql) : Self.withOptionalCStrings(parameters) { values in
            PQexecParams(conn, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        return try checked(result)
    }

    /// Sends `sql` without waiting for its result (`receive()` collects
    /// it), so the server works on it while this process does something else.
    func send(_ sql: String) throws {
        guard PQsendQuery(conn, sql) == 1 else { throw lost() }
    }

    /// The result of what `send` sent, once it has all arrived.
    func receive() throws -> PGResult {
        let result = PQgetResult(conn)
        // libpq ends every exchange with a NULL result, which must be read too.
        while let extra = PQgetResult(conn) { PQclear(extra) }
        return try checked(result)
    }

    /// A result's rows, or the server's reason as an error.
    private func checked(_ result: OpaquePointer?) throws -> PGResult {
        guard let result else { throw lost() }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
                ?? Self.clean(PQerrorMessage(conn))
            PQclear(result)
            if !isHealthy { throw lost() }
            throw PostgresError.server(code: state, message: message)
        }
        return PGResult(result)
    }

    /// `text` as an SQL string literal (quotes doubled, `E''` where it has
    /// backslashes), for the few statements sent as one script so that a
    /// commit costs two round trips to the server rather than seven.
    func literal(_ text: String) throws -> String {
        guard let quoted = PQescapeLiteral(conn, text, text.utf8.count) else { throw lost() }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }

    /// Reads what arrived on the socket and says whether any notification
    /// was among it (all are drained: they are hints, and one is enough).
    /// Throws when the connection broke.
    func drainNotifications() throws -> Bool {
        guard PQconsumeInput(conn) == 1 else { throw lost() }
        var any = false
        while let note = PQnotifies(conn) {
            any = true
            PQfreemem(note)
        }
        return any
    }

    private func lost() -> PostgresError {
        .lost(address: shown, reason: Self.clean(PQerrorMessage(conn)))
    }

    /// libpq's messages end with a newline and sometimes span lines; ours are one line.
    static func clean(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "unknown error" }
        return String(cString: text).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "; ")
    }

    private static func withOptionalCStrings<T>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}

/// The rows of one result, freed with it. Sendable: a result is only read
/// once made, and libpq's readers of a result may run on several threads.
final class PGResult: @unchecked Sendable {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) { self.result = result }
    deinit { PQclear(result) }

    var count: Int { Int(PQntuples(result)) }

    /// The text of a field; nil for SQL NULL.
    func string(_ row: Int, _ column: Int) -> String? {
        guard row < count, PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return nil }
        return String(cString: PQgetvalue(result, Int32(row), Int32(column)))
    }

    func int(_ row: Int, _ column: Int) -> Int? { string(row, column).flatMap { Int($0) } }

    /// A field's bytes without copying them, for decoding millions of events.
    func withBytes<T>(_ row: Int, _ column: Int, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let length = Int(PQgetlength(result, Int32(row), Int32(column)))
        return try body(UnsafeRawBufferPointer(start: PQgetvalue(result, Int32(row), Int32(column)), count: length))
    }
}
