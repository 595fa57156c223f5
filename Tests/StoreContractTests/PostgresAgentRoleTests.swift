import Foundation
import HelpDeskCore
import HelpDeskPostgres
import Testing
import TestSupport

/// On the PostgreSQL floor a database role writes only for the agent the
/// roster ties it to, checked by the server: through the program or by a
/// hand-written INSERT alike. Leads keep the roster; any role may record
/// another agent lost once that agent's presence lock is gone.
@Suite("PostgreSQL floor: roles tied to agents")
struct PostgresAgentRoleTests {
    /// A fresh floor with two agent roles (1001, 1002) and a lead role
    /// (9001) in its roster, the PBX's role, and a URI for each.
    private struct RoleFloor {
        let admin: String
        let server: PostgresTestServer
        let database: String
        let roles: [String: String]   // agent number → role
        let pbxRole: String

        init() throws {
            server = try PostgresTestServer.server()
            admin = try PostgresTestServer.freshDatabase()
            database = String(URLComponents(string: admin)!.path.dropFirst())
            let owner = try PostgresStore(uri: admin)   // makes the schema and the group roles
            var roles: [String: String] = [:]
            for (agent, group) in [("1001", "helpdesk_agent"), ("1002", "helpdesk_agent"), ("9001", "helpdesk_lead")] {
                let name = "r\(agent)_" + UUID().uuidString.prefix(8).lowercased()
                try server.sql("CREATE ROLE \(name) LOGIN PASSWORD 'pw' IN ROLE \(group)")
                roles[agent] = name
            }
            self.roles = roles
            pbxRole = "pbx_" + UUID().uuidString.prefix(8).lowercased()
            try server.sql("CREATE ROLE \(pbxRole) LOGIN PASSWORD 'pw' IN ROLE helpdesk_pbx")
            try owner.saveRoster(Roster(entries: [
                RosterEntry(user: roles["1001"]!, agent: "1001", name: "王芳"),
                RosterEntry(user: roles["1002"]!, agent: "1002", name: "김민준"),
                RosterEntry(user: roles["9001"]!, agent: "9001", name: "陈主管", role: .lead),
            ]))
        }

        func uri(_ agent: String) -> String { server.uri(database: database, role: roles[agent], password: "pw") }
        func store(_ agent: String) throws -> PostgresStore { try PostgresStore(uri: uri(agent)) }
        /// The PBX's connection, which rings callers in.
        func pbx() throws -> PostgresStore { try PostgresStore(uri: server.uri(database: database, role: pbxRole, password: "pw")) }

        /// Runs SQL with psql as the role of `agent`; the exit status and what it printed.
        func psql(as agent: String, _ statement: String) throws -> (output: String, status: Int32) {
            try TestProcess("/bin/sh", ["-c", "psql -X -q -v ON_ERROR_STOP=1 \"$U\" -c \"$S\" 2>&1"],
                            environment: ["U": uri(agent), "S": statement]).finish()
        }
    }

    @Test func aRoleClaimsOnlyAsItsOwnAgentThroughTheProgramAndBySQL() throws {
        let floor = try RoleFloor()
        let wang = try floor.store("1001")
        let pbx = try floor.pbx()
        try pbx.ring("张伟", phone: "13800000001")
        let second = try pbx.ring("欧阳秀英", phone: "13900000002")
        #expect(try wang.claim(agent: "1001") != nil, "its own agent")

        let forged = try floor.psql(as: "1001", """
            INSERT INTO helpdesk.events (seq, at, event) VALUES (99, now(), '{"type": "call.claimed", "call": "\(second)", "agent": "1002"}')
            """)
        #expect(forged.status != 0)
        #expect(forged.output.contains("speaks for agent 1001 and may not write an event for agent 1002"), "\(forged.output)")
        let unnamed = try floor.psql(as: "1001", """
            INSERT INTO helpdesk.events (seq, at, event) VALUES (99, now(), '{"type": "call.claimed", "call": "\(second)"}')
            """)
        #expect(unnamed.status != 0 && unnamed.output.contains("must name its agent"), "\(unnamed.output)")

        let refusal = #expect(throws: PostgresError.self) { try wang.claim(agent: "1002") }
        #expect(refusal?.isPrivilegeRefusal == true, "\(String(describing: refusal))")
        #expect(try floor.store("1002").claim(agent: "1002") == second, "the caller was left for 1002")
        let lead = try floor.store("9001")
        let third = try lead.ring("Emma O'Brien", phone: "07700900123")
        #expect(try lead.claim(agent: "1003") == third, "a lead acts for any agent")

        let claims = try PostgresStore(uri: floor.admin).events(from: nil, to: nil).filter { $0.body.type == "call.claimed" }
        #expect(claims.map(\.agent) == ["1001", "1002", "1003"])
        #expect(claims.map(\.user) == [floor.roles["1001"], floor.roles["1002"], floor.roles["9001"]])
    }

    /// An agent cannot ring in a caller who never called (and answer them
    /// to pad their figures) nor drop a waiting one: inbound rings and
    /// hang-ups are the PBX's or a lead's, through the program and by SQL.
    /// A follow-up falling due, which any console puts in the queue, is not.
    @Test func onlyThePBXOrALeadRingsCallersInOrMarksThemGone() throws {
        let floor = try RoleFloor()
        let wang = try floor.store("1001")
        let rung = #expect(throws: PostgresError.self) { try wang.ring("假客户", phone: "13800000009") }
        #expect(rung?.isPrivilegeRefusal == true && "\(rung!)".contains("only the PBX"), "\(String(describing: rung))")
        let forged = try floor.psql(as: "1001", """
            INSERT INTO helpdesk.events (seq, at, event) VALUES (1, now(), '{"type": "call.rung", "agent": "1001", "call": {"id": "C1"}}')
            """)
        #expect(forged.status != 0 && forged.output.contains("only the PBX (a member of helpdesk_pbx) or a team lead"), "\(forged.output)")
        if HelpdeskBinary.path != nil {
            // The floor refused the step (exit 1: do not retry), not a floor that cannot be used (4).
            let (output, status) = try TestProcess(script: "\(HelpdeskBinary.quoted) --data \"$U\" ring --name 假客户 --phone 9 2>&1",
                                                   environment: ["U": floor.uri("1001")]).finish()
            #expect(status == 1 && output.hasPrefix("helpdesk: the PostgreSQL floor refused: only the PBX"), "exit \(status): \(output)")
        }

        let waiting = try floor.pbx().ring("张伟", phone: "13800000001")
        let dropped = #expect(throws: PostgresError.self) { try wang.commit(agent: nil) { state, _ in [try Floor.abandon(state, call: waiting)] } }
        #expect(dropped?.isPrivilegeRefusal == true, "\(String(describing: dropped))")
        #expect(try floor.store("9001").ring("Emma O'Brien", phone: "07700900123") != waiting, "a lead may")

        try wang.commit(agent: "1001") { state, now in
            [try FollowUps.schedule(state, customer: Customer(name: "李娜", phone: "13900000003"), dueAt: now.addingTimeInterval(1),
                                    purpose: "回访", at: now)]
        }
        Thread.sleep(forTimeInterval: 1.1)
        let due = try wang.commit(agent: nil) { state, now in FollowUps.fallingDue(state, at: now) }
        #expect(due.count == 1, "a follow-up falling due is rung in by the agent's console")
        #expect(Set(wang.state.calls.keys).count == 3)
    }

    @Test func anotherAgentIsRecordedLostOnlyOnceItsPresenceIsGone() throws {
        let floor = try RoleFloor()
        let kim = try floor.store("1002")
        let hold = try kim.holdPresence(agent: "1002")
        try kim.signOn(RosterEntry(user: floor.roles["1002"]!, agent: "1002", name: "김민준"), hold: hold)
        let wang = try floor.store("1001")
        let lost = AgentStatusChanged(agent: "1002", name: "김민준", role: .agent, status: .offline, lastSeen: Date())
        let refusal = #expect(throws: PostgresError.self, "1002 is present") {
            try wang.commit(agent: nil) { _, _ in .agentStatus(lost) }
        }
        #expect(refusal?.isPrivilegeRefusal == true, "\(String(describing: refusal))")
        hold.release()
        try wang.commit(agent: nil) { _, _ in .agentStatus(lost) }
        #expect(wang.state.agents["1002"]?.status == .offline)
    }

    /// 1002's console dies; 1001 takes 1002's presence lock by hand and
    /// tries to touch 1002's row. Neither keeps 1002 looking present: once
    /// the grace is over 1002 is gone, and 1001 may record 1002 lost.
    @Test func anotherRoleCannotKeepADeadConsolesAgentLookingPresent() throws {
        let floor = try RoleFloor()
        let kim = try floor.store("1002")
        let hold = try kim.holdPresence(agent: "1002")
        defer { withExtendedLifetime(hold) {} }   // never released: its session is ended below
        try floor.server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '\(floor.roles["1002"]!)'",
                             database: floor.database)
        let key = try floor.server.sql("SELECT lock_key FROM helpdesk.presence WHERE agent = '1002'", database: floor.database)
        let squatter = try TestProcess("/bin/sh", ["-c", "psql -X -q -v ON_ERROR_STOP=1 \"$U\" -c \"$S\" 2>&1"], environment: [
            "U": floor.uri("1001"), "S": "SELECT pg_advisory_lock(72620102, \(key)); SELECT pg_sleep(30)",
        ])
        defer {
            _ = try? floor.server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '\(floor.roles["1001"]!)'")
            _ = squatter.finish()
        }
        // This floor's lock only: other tests' floors number their presence locks from 1 too.
        let held = """
            SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 72620102 AND objid = \(key)
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """
        let deadline = Date().addingTimeInterval(10)
        while try floor.server.sql(held, database: floor.database) != "1", Date() < deadline { usleep(50_000) }
        #expect(try floor.server.sql(held, database: floor.database) == "1", "1001's session holds 1002's lock")
        _ = try floor.psql(as: "1001", "UPDATE helpdesk.presence SET last_seen = now() + interval '1 hour' WHERE agent = '1002'")
        #expect(try floor.server.sql("SELECT last_seen < now() FROM helpdesk.presence WHERE agent = '1002'", database: floor.database) == "t",
                "1001 may not touch 1002's row")

        let watcher = try PostgresStore(uri: floor.uri("9001"), options: .init(presenceGrace: 1))
        Thread.sleep(forTimeInterval: 1.2)
        guard case .gone = watcher.presence(of: "1002") else {
            Issue.record("a lock taken by another agent's role kept 1002 \(watcher.presence(of: "1002"))")
            return
        }
        let lost = AgentStatusChanged(agent: "1002", name: "김민준", role: .agent, status: .offline, lastSeen: Date())
        try floor.store("1001").commit(agent: nil) { _, _ in .agentStatus(lost) }
    }

    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func rosterSetTiesANewRoleToItsAgentAndOnlyALeadRoleMayRunIt() throws {
        let floor = try RoleFloor()
        let newcomer = "rnew_" + UUID().uuidString.prefix(8).lowercased()
        try floor.server.sql("CREATE ROLE \(newcomer) LOGIN PASSWORD 'pw' IN ROLE helpdesk_agent")
        func helpdesk(_ uri: String, _ arguments: String) throws -> (output: String, status: Int32) {
            try TestProcess(script: "\(HelpdeskBinary.quoted) \(arguments) --data \"$U\" 2>&1", environment: ["U": uri]).finish()
        }
        let set = "roster set \(newcomer) --agent 1003 --name 欧阳秀英"
        let agent = try helpdesk(floor.uri("1001"), set)
        #expect(agent.status == 1 && agent.output.contains("only a team lead"), "\(agent.output)")
        let lead = try helpdesk(floor.uri("9001"), set)
        #expect(lead.status == 0, "\(lead.output)")
        #expect(try helpdesk(floor.uri("1001"), "roster list").output.contains("\(newcomer)\t1003\t欧阳秀英\tagent"))

        let store = try PostgresStore(uri: floor.server.uri(database: floor.database, role: newcomer, password: "pw"))
        try floor.pbx().ring("张伟", phone: "13800000001")
        try floor.pbx().ring("김민준", phone: "01012345678")
        #expect(throws: PostgresError.self, "no longer the agent named like the role") { try store.claim(agent: newcomer) }
        #expect(try store.claim(agent: "1003") != nil)

        #expect(try helpdesk(floor.uri("9001"), "roster remove \(newcomer)").status == 0)
        #expect(try store.claim(agent: newcomer) != nil, "off the roster: the agent named like the role again")
        let directory = try helpdesk(NSTemporaryDirectory() + "helpdesk-roster-\(UUID().uuidString)", set)
        #expect(directory.status == 64 && directory.output.contains("roster.json instead"), "\(directory.output)")
    }

    @Test func onlyALeadRoleChangesTheRoster() throws {
        let floor = try RoleFloor()
        let roster = try floor.store("1001").roster
        #expect(roster.entry(forAgent: "1001")?.user == floor.roles["1001"])
        var promoted = roster
        promoted.entries = roster.entries.map { RosterEntry(user: $0.user, agent: $0.agent, name: $0.name, role: .lead) }
        let refusal = #expect(throws: PostgresError.self) { try floor.store("1001").saveRoster(promoted) }
        #expect(refusal?.isPrivilegeRefusal == true, "\(String(describing: refusal))")
        try floor.store("9001").saveRoster(promoted)
        #expect(try floor.store("1002").roster.entry(forAgent: "1001")?.role == .lead)
    }

    /// A roster row written by hand past `roster set`'s checks, with an agent
    /// number that passes for a path and an escape in it, refuses the roster
    /// as roster.json's would, naming the table and the entry, shown escaped.
    @Test func aHandWrittenHostileRosterRowRefusesTheRoster() throws {
        let floor = try RoleFloor()
        try floor.server.sql("""
            INSERT INTO helpdesk.roster (account, entry)
            VALUES ('mallory', '{"user": "mallory", "agent": "../9001\\u001b[2J", "name": "M", "role": "lead"}')
            """, database: floor.database)
        let refusal = #expect(throws: PostgresError.self) { try floor.store("1002") }
        let message = refusal.map(String.init(describing:)) ?? ""
        #expect(message.contains("cannot read helpdesk.roster") && message.contains("(user \"mallory\")"), "\(message)")
        #expect(!message.contains("\u{1B}"), "the escape is shown escaped: \(message)")
    }
}
