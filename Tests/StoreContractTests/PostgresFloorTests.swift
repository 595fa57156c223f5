import Foundation
import HelpDeskCore
@testable import HelpDeskPostgres
import Testing
import TestSupport

/// What only the PostgreSQL floor has: roles enforced by the server, the
/// schema's life (made on first use, migrated, refused when it is another
/// program's or newer).
@Suite("PostgreSQL floor")
struct PostgresFloorTests {
    private func database(of uri: String) -> String { String(URLComponents(string: uri)!.path.dropFirst()) }

    /// A login role of the given group with a password, for TCP logins.
    private func role(_ group: String, on server: PostgresTestServer) throws -> String {
        let name = "\(group.dropFirst(9))_" + UUID().uuidString.prefix(8).lowercased()
        try server.sql("CREATE ROLE \(name) LOGIN PASSWORD 'pw' IN ROLE \(group)")
        return name
    }

    @Test func theServerStampsTheWritingRoleAndOnlyALeadRoleMakesLeadChanges() throws {
        let server = try PostgresTestServer.server()
        let admin = try PostgresTestServer.freshDatabase()
        _ = try PostgresStore(uri: admin)
        let name = database(of: admin)
        let agent = try role("helpdesk_agent", on: server), lead = try role("helpdesk_lead", on: server)
        let pbx = try role("helpdesk_pbx", on: server)

        let call = try PostgresStore(uri: server.uri(database: name, role: pbx, password: "pw")).ring("张伟", phone: "13800000001")
        let agentStore = try PostgresStore(uri: server.uri(database: name, role: agent, password: "pw"))
        #expect(try agentStore.events(from: nil, to: nil).map(\.user) == [pbx], "stamped by the server")

        // The program would let a self-declared lead through; the server does not.
        let pretending = RosterEntry(user: agent, agent: "1001", name: "王芳", role: .lead)
        let vip = Customer(name: "张伟", phone: "13800000001", tier: .vip)
        let refusal = #expect(throws: PostgresError.self) {
            try agentStore.commit(agent: "1001") { _, _ in try Floor.mark(vip, call: call, by: pretending) }
        }
        #expect(refusal?.isPrivilegeRefusal == true, "\(String(describing: refusal))")
        #expect(agentStore.state.customers.isEmpty)

        // Nor can a hand-written INSERT as the agent's role get past the trigger.
        let (output, status) = try TestProcess("/bin/sh", ["-c", "psql -X -q -v ON_ERROR_STOP=1 \"$U\" -c \"$S\" 2>&1"], environment: [
            "U": server.uri(database: name, role: agent, password: "pw"),
            "S": #"INSERT INTO helpdesk.events (seq, at, event) VALUES (99, now(), '{"type": "customer.updated"}')"#,
        ]).finish()
        #expect(status != 0)
        #expect(output.contains("only a team lead"), "\(output)")

        let leadStore = try PostgresStore(uri: server.uri(database: name, role: lead, password: "pw"))
        let leadEntry = RosterEntry(user: lead, agent: "2001", name: "李明", role: .lead)
        try leadStore.commit(agent: "2001") { _, _ in try Floor.mark(vip, call: call, by: leadEntry) }
        #expect(try PostgresStore(uri: admin).state.customers["13800000001"]?.tier == .vip)
    }

    @Test func anotherProgramsDatabaseAndANewerSchemaAreRefusedByName() throws {
        let server = try PostgresTestServer.server()
        let foreign = try PostgresTestServer.freshDatabase()
        try server.sql("CREATE TABLE invoices (id int)", database: database(of: foreign))
        let refused = #expect(throws: PostgresError.self) { try PostgresStore(uri: foreign) }
        #expect(refused.map { "\($0)" }?.contains("another program's database (it has public.invoices") == true)

        let newer = try PostgresTestServer.freshDatabase()
        _ = try PostgresStore(uri: newer)
        try server.sql("UPDATE helpdesk.meta SET value = '99' WHERE key = 'schema'", database: database(of: newer))
        #expect(throws: PostgresError.newerSchema(address: newer, found: 99, reads: FloorSchema.current)) {
            try PostgresStore(uri: newer)
        }
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func storeMigrateUpgradesAnOlderSchemaOnceAndThenSaysItIsCurrent() throws {
        let uri = try PostgresTestServer.freshDatabase()
        let binary = try #require(HelpdeskBinary.path)
        // A floor an older helpdesk made: schema version 1 only.
        let older = try PGConnection(uri: uri)
        try older.execute(FloorSchema.version1)
        try older.execute("UPDATE helpdesk.meta SET value = '1' WHERE key = 'schema'")
        #expect(throws: PostgresError.olderSchema(address: uri, found: 1, current: FloorSchema.current)) { try PostgresStore(uri: uri) }
        let current = FloorSchema.current, missing = (2...current).map(String.init)
        #expect(try TestProcess.run(binary, ["store", "migrate", "--data", uri]).contains(
            "applied schema version\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); now at \(current)"))
        #expect(try TestProcess.run(binary, ["store", "migrate", "--data", uri]).contains("schema version \(current) is current"))
        #expect(try TestProcess.run(binary, ["ring", "--data", uri, "--name", "김민준", "--phone", "01012345678"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "C1")
    }
}
