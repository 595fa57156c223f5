import Foundation
import HelpDeskCore
import HelpDeskPostgres
import HelpDeskStore
import Testing
import TestSupport

/// Presence on both floors: a hold is seen by other processes, a second
/// hold for the same agent is refused, letting go makes the agent gone at
/// once, and a process killed with SIGKILL leaves its agent gone and
/// recorded lost once (the kernel drops a file lock, the server a
/// connection's advisory lock).
@Suite("Store contract: presence")
struct PresenceContractTests {
    /// A store that watches presence; on PostgreSQL with a short grace for
    /// a lock that vanished, so a killed holder is noticed within the test.
    private func watcher(_ backend: Backend, _ floor: String) throws -> any FloorStore {
        switch backend {
        case .json: try backend.open(floor)
        case .postgres: try PostgresStore(uri: floor, options: .init(presenceGrace: 1))
        }
    }

    private func saveRoster(_ roster: Roster, on store: any FloorStore) throws {
        switch store {
        case let store as DataDirectoryStore: try store.saveRoster(roster)
        case let store as PostgresStore: try store.saveRoster(roster)
        default: Issue.record("no roster for \(store)")
        }
    }

    @Test(arguments: Backend.allCases)
    func aHoldIsSeenByOthersRefusesASecondAndIsGoneAtOnceWhenReleased(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let store = try backend.open(floor), other = try backend.open(floor)
        #expect(other.presence(of: "1001") == .untracked, "no console ever spoke for 1001")
        let hold = try store.holdPresence(agent: "1001")
        #expect(hold.previous == .untracked)
        #expect(other.presence(of: "1001") == .held)
        for second in [other, store] {
            let refusal = #expect(throws: (any Error).self) { try second.holdPresence(agent: "1001") }
            #expect(refusal.map { "\($0)" } == "agent 1001 is already signed on in another console on this floor; quit that one first")
        }
        let before = Date().addingTimeInterval(-1)
        hold.release()
        // A child another test spawns at this moment keeps a copy of a file
        // lock's descriptor until its exec: wait a little, not forever.
        let deadline = Date().addingTimeInterval(5)
        while other.presence(of: "1001") == .held, Date() < deadline { usleep(10_000) }
        guard case .gone(let seen) = other.presence(of: "1001") else {
            Issue.record("released, yet \(other.presence(of: "1001"))")
            return
        }
        #expect(seen >= before && seen <= Date().addingTimeInterval(1))
        let again = try other.holdPresence(agent: "1001")
        #expect(again.previous == .gone(lastSeen: seen))
        again.release()
    }

    /// A simulator playing virtual agent 2001 is killed with SIGKILL.
    @Test(.enabled(if: HelpdeskBinary.path != nil, Comment(rawValue: HelpdeskBinary.missing)), arguments: Backend.allCases)
    func aKilledProcessLeavesItsAgentGoneAndRecordedLostOnce(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let store = try watcher(backend, floor)
        try saveRoster(Roster(entries: [RosterEntry(user: UnixAccount.current, agent: "9001", name: "lead", role: .lead),
                                        RosterEntry(user: "sim", agent: "2001", name: "李明")]), on: store)
        let simulator = try TestProcess(HelpdeskBinary.path!, ["--data", floor, "simulate", "--agents", "1", "--rate", "0.1"])
        var reaped = false
        // Reaped once: a second wait on a number the kernel may since have
        // given another test's child would take that child's status.
        defer { if !reaped { _ = simulator.finish() } }
        var deadline = Date().addingTimeInterval(10)
        while store.presence(of: "2001") != .held || (store.state.agents["2001"]?.status ?? .offline) == .offline,
              Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            _ = try store.refresh()
        }
        #expect((store.state.agents["2001"]?.status ?? .offline) != .offline, "signed on")
        #expect(try store.recordLostAgents().isEmpty, "alive: nobody lost")

        kill(simulator.pid, SIGKILL)
        _ = simulator.finish()
        reaped = true
        deadline = Date().addingTimeInterval(10)
        while store.presence(of: "2001") == .held, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        guard case .gone = store.presence(of: "2001") else {
            Issue.record("killed, yet \(store.presence(of: "2001"))")
            return
        }
        let lost = try store.recordLostAgents()
        #expect(lost.count == 1)
        #expect(store.state.agents["2001"]?.status == .offline)
        #expect(store.state.agents["2001"]?.lastSeen != nil)
        #expect(try watcher(backend, floor).recordLostAgents().isEmpty, "another process finds it already recorded")
    }
}
