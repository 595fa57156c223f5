import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore
import Testing
import TestSupport

/// A PostgreSQL floor named wrongly, a login the server refuses, a server
/// that cannot be reached, a database of another program or of another
/// schema version: each is one line on stderr naming the floor (password
/// hidden) and what is wrong, exit 4, and nothing is written anywhere —
/// not a local folder named after the URI, not a table in someone else's
/// database, not an event in a floor of another version.
@Suite("PostgreSQL floor: bad addresses and other programs' databases")
struct PostgresBadInputTests {
    /// `helpdesk ring` on `uri`, run in an empty folder of its own: its
    /// stderr, exit status, and what it left in that folder.
    private func ring(_ uri: String) throws -> (stderr: String, status: Int32, leftBehind: [String]) {
        let folder = NSTemporaryDirectory() + "helpdesk-badpg-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (output, status) = try TestProcess(script: "cd \"$D\" && \(HelpdeskBinary.quoted) ring --data \"$U\" --name 张伟 --phone 1 2>&1 >/dev/null",
                                               environment: ["D": folder, "U": uri]).finish()
        return (output, status, try FileManager.default.contentsOfDirectory(atPath: folder))
    }

    private func expectOneLineRefusal(_ uri: String, saying fragment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (stderr, status, left) = try ring(uri)
        #expect(status == 4, "\(stderr)", sourceLocation: sourceLocation)
        #expect(stderr.hasPrefix("helpdesk: ") && stderr.hasSuffix("\n") && stderr.dropLast().split(separator: "\n").count == 1,
                "one line: \(stderr)", sourceLocation: sourceLocation)
        #expect(stderr.contains(fragment), "\(stderr)", sourceLocation: sourceLocation)
        #expect(!stderr.contains("s3cret"), "the password is never shown: \(stderr)", sourceLocation: sourceLocation)
        #expect(left.isEmpty, "nothing made in the working folder: \(left)", sourceLocation: sourceLocation)
    }

    private func database(of uri: String) -> String { String(URLComponents(string: uri)!.path.dropFirst()) }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func aMalformedURIIsNamedAsSuch() throws {
        let shape = "is not a PostgreSQL connection URI libpq can read"
        try expectOneLineRefusal("postgresql://wang:s3cret%zz@db.example/floor", saying: "\(shape): invalid percent-encoded token: \"***\"")
        try expectOneLineRefusal("postgresql://[::1/floor", saying: "postgresql://[::1/floor \(shape): end of string reached")
        try expectOneLineRefusal("postgresql:///floor?hots=/run/postgresql", saying: "\(shape): invalid URI query parameter: \"hots\"")
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func aRefusedLoginSaysWhoWasRefused() throws {
        let server = try PostgresTestServer.server()
        let floor = try PostgresTestServer.freshDatabase()
        _ = try PostgresStore(uri: floor)
        let suffix = UUID().uuidString.prefix(8).lowercased()
        try server.sql("CREATE ROLE nologin_\(suffix) NOLOGIN")
        try server.sql("CREATE ROLE pw_\(suffix) LOGIN PASSWORD 'right' IN ROLE helpdesk_agent")
        let name = database(of: floor)
        try expectOneLineRefusal(server.uri(database: name, role: "nologin_\(suffix)"),
                                 saying: "cannot connect to the PostgreSQL floor postgresql://nologin_\(suffix)@")
        try expectOneLineRefusal(server.uri(database: name, role: "nologin_\(suffix)"),
                                 saying: "role \"nologin_\(suffix)\" is not permitted to log in")
        try expectOneLineRefusal(server.uri(database: name, role: "pw_\(suffix)", password: "s3cret"),
                                 saying: "password authentication failed for user \"pw_\(suffix)\"")
        try expectOneLineRefusal(server.uri(database: name, role: "pw_\(suffix)", password: "s3cret"), saying: "postgresql://pw_\(suffix):***@/")
        #expect(try PostgresStore(uri: floor).events(from: nil, to: nil).isEmpty, "nothing was rung")
    }

    /// A change is acknowledged once a small transaction after it has been
    /// flushed (`pg_logical_emit_message`); a role that may not run that is
    /// refused when it connects, before it could make a change it would
    /// then wrongly call not saved.
    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func aRoleThatCannotConfirmAFlushIsRefusedBeforeAnyChange() throws {
        let server = try PostgresTestServer.server()
        let floor = try PostgresTestServer.freshDatabase()
        _ = try PostgresStore(uri: floor)
        let name = database(of: floor)
        let role = "noflush_" + UUID().uuidString.prefix(8).lowercased()
        try server.sql("CREATE ROLE \(role) LOGIN IN ROLE helpdesk_agent")
        try server.sql("REVOKE EXECUTE ON FUNCTION pg_logical_emit_message(boolean, text, text) FROM PUBLIC", database: name)
        try expectOneLineRefusal(server.uri(database: name, role: role),
                                 saying: "the role \(role) may not execute pg_logical_emit_message on the PostgreSQL floor")
        #expect(try PostgresStore(uri: floor).events(from: nil, to: nil).isEmpty, "nothing was rung")
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func anUnreachableServerIsNamedWithItsReason() throws {
        // Port 1 on this host: nothing listens there, so the refusal is immediate.
        try expectOneLineRefusal("postgresql://wang:s3cret@127.0.0.1:1/floor",
                                 saying: "cannot connect to the PostgreSQL floor postgresql://wang:***@127.0.0.1:1/floor: "
                                     + "connection to server at \"127.0.0.1\", port 1 failed: Connection refused")
        try expectOneLineRefusal("postgresql:///floor?host=/nonexistent-helpdesk-socket",
                                 saying: "\"/nonexistent-helpdesk-socket/.s.PGSQL.5432\" failed: No such file or directory")
        try expectOneLineRefusal("postgresql://db.invalid/floor", saying: "could not translate host name \"db.invalid\"")
        let missing = try PostgresTestServer.server().uri(database: "no_such_floor_db")
        try expectOneLineRefusal(missing, saying: "database \"no_such_floor_db\" does not exist")
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func anotherProgramsDatabaseIsLeftAsItWas() throws {
        let server = try PostgresTestServer.server()
        let foreign = try PostgresTestServer.freshDatabase()
        let name = database(of: foreign)
        try server.sql("CREATE TABLE invoices (id int PRIMARY KEY, total numeric); INSERT INTO invoices VALUES (1, 99.5)", database: name)
        try expectOneLineRefusal(foreign, saying: "is another program's database (it has public.invoices and no helpdesk schema); "
                                     + "give helpdesk an empty database of its own")
        let binary = try #require(HelpdeskBinary.path)
        _ = try TestProcess.run(binary, ["store", "migrate", "--data", foreign])
        let empty = NSTemporaryDirectory() + "helpdesk-empty-\(UUID().uuidString)"
        _ = try DataDirectoryStore(path: empty)
        _ = try TestProcess.run(binary, ["store", "copy", "--from", empty, "--to", foreign])
        #expect(try server.sql("SELECT string_agg(table_schema || '.' || table_name, ',') FROM information_schema.tables "
                               + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", database: name) == "public.invoices")
        #expect(try server.sql("SELECT total FROM invoices", database: name) == "99.5")
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func aFloorOfAnotherSchemaVersionKeepsItsEvents() throws {
        let server = try PostgresTestServer.server()
        let floor = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore(uri: floor)
        try store.ring("김민준", phone: "01012345678")
        let name = database(of: floor)
        try server.sql("UPDATE helpdesk.meta SET value = '99' WHERE key = 'schema'", database: name)
        try expectOneLineRefusal(floor, saying: "has helpdesk schema version 99, newer than this program reads")
        try server.sql("UPDATE helpdesk.meta SET value = '1' WHERE key = 'schema'", database: name)
        try expectOneLineRefusal(floor, saying: "has helpdesk schema version 1, older than this program's")
        try expectOneLineRefusal(floor, saying: "run `helpdesk store migrate --data URI` once")
        #expect(try server.sql("SELECT count(*) FROM helpdesk.events", database: name) == "1")
    }
}
