import Foundation
import HelpDeskCore
import HelpDeskPostgres
import Testing
import TestSupport

/// The server itself dies as in a power cut (`pg_ctl stop -m immediate`: no
/// checkpoint, recovery from the WAL at the next start), three times under
/// a writer that keeps ringing: every change the writer was told was saved
/// is there afterwards, and a `ring` while the server is down exits 4 with
/// one line saying so, so a dialplan can fall back. A private server, since
/// it is crashed here.
@Suite("PostgreSQL floor: the server crashes under a writer")
struct ServerCrashTests {
    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)))
    func aCrashedServerLosesNoAcknowledgedChange() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.stop(); try? FileManager.default.removeItem(atPath: server.folder) }
        try server.sql("CREATE DATABASE floor")
        let uri = server.uri(database: "floor")
        _ = try PostgresStore(uri: uri)
        let acks = server.folder + "/acked"
        // Rings for ever; an acknowledged id goes to the file, a refusal is
        // counted and tried again a moment later (the server is down).
        let writer = try TestProcess(script: """
            n=0
            while :; do
              n=$((n + 1))
              if id=$(\(HelpdeskBinary.quoted) --data "$U" ring --name "caller $n" --phone "$n" 2>/dev/null); then echo "$id" >> "$A"; else sleep 0.1; fi
            done
            """, environment: ["U": uri, "A": acks])
        var writerStopped = false
        defer { if !writerStopped { writer.killGroup(); _ = writer.finish() } }

        func acknowledged() -> [String] {
            ((try? String(contentsOfFile: acks, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        func waitForMoreAcks(than count: Int) {
            let deadline = Date().addingTimeInterval(60)
            while acknowledged().count < count + 5, Date() < deadline { usleep(20_000) }
        }

        for round in 1...3 {
            waitForMoreAcks(than: acknowledged().count)
            usleep(UInt32.random(in: 0...100_000))
            try server.crash()
            let down = try TestProcess(script: "\(HelpdeskBinary.quoted) --data \"$U\" ring --name 李 --phone 2 2>&1 >/dev/null; echo \"exit $?\"",
                                       environment: ["U": uri]).finish().output
            #expect(down.hasSuffix("exit 4\n"), "round \(round): \(down)")
            #expect(down.hasPrefix("helpdesk: cannot connect to the PostgreSQL floor \(uri): "), "round \(round): \(down)")
            #expect(down.split(separator: "\n").count == 2, "one line, then the exit status: \(down)")
            try server.restart()
            // The acknowledgements first: a ring the writer finishes after this look is not asked for.
            let acked = acknowledged()
            let lost = Set(acked).subtracting(try PostgresStore(uri: uri).state.calls.keys)
            #expect(lost.isEmpty, "round \(round): acknowledged before the crash but gone after it: \(lost.sorted())")
        }
        waitForMoreAcks(than: acknowledged().count)
        writer.killGroup()
        _ = writer.finish()
        writerStopped = true

        let after = try PostgresStore(uri: uri)
        let acked = acknowledged()
        #expect(acked.count >= 20)
        #expect(Set(acked).isSubset(of: after.state.calls.keys))
        let events = try after.events(from: nil, to: nil)
        #expect(events.map(\.seq) == Array(1...events.count), "numbered without gaps across three crashes")
    }

    /// A change is committed without waiting for its flush (the flush after
    /// it is waited for), so another process may see it an instant before
    /// it is on disk, and a server crashing in that instant comes back
    /// without it while the next change takes its number. Made here by hand:
    /// the last event is deleted and the watcher's connection ended, as a
    /// crash would. After reconnecting, the watcher holds what the server
    /// holds, not the lost change, and sees the change numbered in its place.
    @Test func aStoreThatSawAChangeTheServerLostFollowsWhatTheServerHolds() throws {
        let floor = try PostgresTestServer.freshDatabase()
        let database = String(URLComponents(string: floor)!.path.dropFirst())
        let watcher = try PostgresStore(uri: floor)
        let kept = try watcher.ring("张伟", phone: "13800000001")
        let lost = try watcher.ring("김민준", phone: "13800000002")
        let server = try PostgresTestServer.server()
        try server.sql("DELETE FROM helpdesk.events WHERE seq = 2; UPDATE helpdesk.head SET seq = 1", database: database)
        try server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()")

        let after = try PostgresStore(uri: floor).ring("李娜", phone: "13800000003")
        try watcher.refresh()
        #expect(watcher.state.calls.keys.sorted() == [kept, after].sorted())
        #expect(watcher.state.calls[after]?.customer.name == "李娜", "not 김민준's \(lost), which the server no longer has")
        #expect(watcher.state.lastSeq == 2)
        #expect(watcher.state == (try PostgresStore(uri: floor)).state)
    }
}
