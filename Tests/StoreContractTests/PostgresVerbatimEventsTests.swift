import Foundation
import HelpDeskCore
@testable import HelpDeskPostgres
import HelpDeskStore
import Testing
import TestSupport

/// Schema version 6 keeps each event as the line the program wrote (a
/// `json` column), so reading the journal back costs the server nothing;
/// the server still stamps the writing role and reads what it checks from
/// the same text every reader decodes. A floor of version 5 migrates with
/// its events.
@Suite("PostgreSQL floor: events kept as written")
struct PostgresVerbatimEventsTests {
    private static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/samples/events.jsonl")

    private func database(of uri: String) -> String { String(URLComponents(string: uri)!.path.dropFirst()) }

    /// Each stored event's text, in journal order.
    private func storedLines(_ uri: String) throws -> [String] {
        let rows = try PGConnection(uri: uri).execute("SELECT event::text FROM helpdesk.events ORDER BY seq")
        return (0..<rows.count).map { rows.string($0, 0) ?? "" }
    }

    @Test func theProgramsLinesAreStoredByteForByte() throws {
        let uri = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore(uri: uri)
        try store.ring("欧阳秀英", phone: "13900000002")
        try store.ring("Emma O'Brien", phone: "07700900123")
        _ = try store.claim(agent: "1001")
        let encoder = JournalCoding.encoder()
        let written = try store.events(from: nil, to: nil).map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        #expect(written.count == 3)
        #expect(try storedLines(uri) == written)
    }

    /// A hand-written INSERT naming another user, or a key twice (so that
    /// a reader taking the first could see another event than the trigger
    /// checked), is stored rewritten: one of each key, the writing role as
    /// its user. A line already naming its role once is kept as typed.
    @Test func aHandWrittenLineIsStampedAndCannotHideAKeyFromTheTrigger() throws {
        let server = try PostgresTestServer.server()
        let admin = try PostgresTestServer.freshDatabase()
        _ = try PostgresStore(uri: admin)
        let name = database(of: admin)
        let role = "verbatim_" + UUID().uuidString.prefix(8).lowercased()
        try server.sql("CREATE ROLE \(role) LOGIN PASSWORD 'pw' IN ROLE helpdesk_agent")
        let asIs = #"{"type":"call.ended","call":"C1","user":"\#(role)"}"#
        let (output, status) = try TestProcess("/bin/sh", ["-c", "psql -X -q -v ON_ERROR_STOP=1 \"$U\" -c \"$S\" 2>&1"], environment: [
            "U": server.uri(database: name, role: role, password: "pw"),
            "S": """
                INSERT INTO helpdesk.events (seq, at, event) VALUES
                  (1, now(), '{"type": "call.ended", "call": "C1", "user": "mallory"}'),
                  (2, now(), '{"type": "customer.updated", "call": "C1", "type": "call.ended", "user": "\(role)"}'),
                  (3, now(), '\(asIs)')
                """,
        ]).finish()
        #expect(status == 0, "\(output)")
        let rows = try PGConnection(uri: admin).execute("""
            SELECT written_by, event->>'user', (SELECT string_agg(k, ',') FROM json_object_keys(event) AS k), event::text
            FROM helpdesk.events ORDER BY seq
            """)
        #expect(rows.count == 3)
        for row in 0..<rows.count {
            #expect(rows.string(row, 0) == role && rows.string(row, 1) == role, "row \(row): stamped")
        }
        #expect(rows.string(0, 2) == "call,type,user")
        #expect(rows.string(1, 2) == "call,type,user", "one type, the one the trigger checked")
        #expect(rows.string(1, 3)?.contains("call.ended") == true && rows.string(1, 3)?.contains("customer.updated") == false)
        #expect(rows.string(2, 3) == asIs)
    }

    @Test func aVersion5FloorMigratesWithItsEvents() throws {
        let uri = try PostgresTestServer.freshDatabase()
        // A floor helpdesk made at schema version 5 (events in jsonb), filled as its `store copy` did.
        let older = try PGConnection(uri: uri)
        for version in 1...5 { try older.execute(FloorSchema.steps[version]!) }
        try older.execute("UPDATE helpdesk.meta SET value = '5' WHERE key = 'schema'")
        let lines = try String(contentsOf: Self.samples, encoding: .utf8).split(separator: "\n").map(String.init)
        try older.execute("ALTER TABLE helpdesk.events DISABLE TRIGGER USER")
        try older.execute("""
            INSERT INTO helpdesk.events (seq, at, written_by, event)
            SELECT (e->>'seq')::bigint, (e->>'at')::timestamptz, e->>'user', e FROM jsonb_array_elements($1::jsonb) AS e
            """, ["[" + lines.joined(separator: ",") + "]"])
        try older.execute("ALTER TABLE helpdesk.events ENABLE TRIGGER USER")
        try older.execute("UPDATE helpdesk.head SET seq = \(lines.count) WHERE id = 1")
        #expect(throws: PostgresError.olderSchema(address: uri, found: 5, current: FloorSchema.current)) { try PostgresStore(uri: uri) }

        #expect(try PostgresStore.migrate(uri: uri).applied == Array(6...FloorSchema.current))
        #expect(try older.execute("SELECT pg_typeof(event)::text FROM helpdesk.events LIMIT 1").string(0, 0) == "json")
        var sample: [Event] = []
        try EventLines.forEach(inFile: Self.samples.path) { sample.append($0) }
        let store = try PostgresStore(uri: uri)
        #expect(try store.events(from: nil, to: nil) == sample)

        try store.ring("김민준", phone: "01012345678")
        let rung = try #require(try store.events(from: nil, to: nil).last)
        #expect(rung.user == store.user && rung.body.type == "call.rung")
        #expect(try storedLines(uri).last == String(decoding: try JournalCoding.encoder().encode(rung), as: UTF8.self))
    }
}
