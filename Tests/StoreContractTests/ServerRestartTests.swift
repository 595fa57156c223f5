import Foundation
import HelpDeskCore
import HelpDeskPostgres
import Testing
import TestSupport

/// The server may stop under its clients: nothing acknowledged is lost, a
/// `ring` that cannot reach it exits non-zero saying so, and an open store
/// carries on once it is back. A private server, since it is stopped here.
@Suite("PostgreSQL floor: the server stops and comes back")
struct ServerRestartTests {
    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func clientsSaySoAndCarryOnAfterARestart() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.stop(); try? FileManager.default.removeItem(atPath: server.folder) }
        try server.sql("CREATE DATABASE floor")
        let uri = server.uri(database: "floor")
        let console = try PostgresStore(uri: uri)
        _ = console.changeDescriptor
        let before = try console.ring("张伟", phone: "13800000001")

        server.stop()
        let down = try TestProcess(script: "\(HelpdeskBinary.quoted) --data \"$U\" ring --name 李 --phone 2 2>&1; echo \"exit $?\"",
                                   environment: ["U": uri]).finish().output
        #expect(down.hasSuffix("exit 4\n"), "\(down)")
        #expect(down.contains("cannot connect to the PostgreSQL floor"), "\(down)")
        #expect(throws: PostgresError.self) { try console.ring("lost", phone: "3") }

        try server.restart()
        let after = try TestProcess.run(HelpdeskBinary.path!, ["--data", uri, "ring", "--name", "김민준", "--phone", "4"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var seen = false
        for _ in 0..<20 where !seen {
            _ = console.changeDescriptor
            if console.waitForChange(timeout: .milliseconds(500)) { _ = try? console.refresh() }
            seen = console.state.calls[after] != nil
        }
        #expect(seen, "the open store followed the floor again")
        let claimed = try console.claim(agent: "1001")
        #expect(claimed == before, "the call rung before the restart is still at the head")
        #expect(try PostgresStore(uri: uri).state.calls.keys.sorted() == [before, after].sorted())
    }
}
