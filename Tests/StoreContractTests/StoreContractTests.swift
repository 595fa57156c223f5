import Foundation
import HelpDeskCore
import Testing
import TestSupport

/// What every `FloorStore` must hold, proven the same way on the JSON data
/// directory and on PostgreSQL: durable acknowledged changes, exactly-once
/// claims across threads and processes, nothing written by a refused
/// decision, drafts, live wake-ups, history and periods.
@Suite("Store contract")
struct StoreContractTests {
    @Test(arguments: Backend.allCases)
    func anAcknowledgedChangeIsSeenByEveryStoreOpenedAfter(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let id = try backend.open(floor).ring("张伟", phone: "13800000001")
        let reopened = try backend.open(floor)
        #expect(reopened.state.calls[id]?.customer.name == "张伟")
        #expect(try reopened.events(from: nil, to: nil).map(\.seq) == [1])
    }

    /// A writer holds what every reader decodes from the journal, not its
    /// in-memory events: a time inside an event (a follow-up due) keeps
    /// milliseconds on the way, and every process must hold the same state
    /// to order the queue alike.
    @Test(arguments: Backend.allCases)
    func theWriterHoldsWhatEveryReaderDecodes(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let writer = try backend.open(floor)
        let due = Date().addingTimeInterval(3600.123_456_7)
        let written = try writer.commit(agent: "1001") { state, now in
            [try FollowUps.schedule(state, customer: Customer(name: "李娜", phone: "13900000003"), dueAt: due, purpose: "回访", at: now)]
        }
        let reader = try backend.open(floor)
        #expect(writer.state == reader.state)
        #expect(written == (try reader.events(from: nil, to: nil)), "the acknowledged events are the stored ones")
        #expect(writer.state.followUps.values.first?.dueAt != due, "milliseconds only")
    }

    @Test(arguments: Backend.allCases)
    func sixteenThreadsWithTheirOwnStoresClaimEachCallerExactlyOnce(_ backend: Backend) async throws {
        let floor = try backend.freshFloor()
        _ = try backend.open(floor)
        let workers = 16, callsEach = 10
        let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    let store = try backend.open(floor)
                    var mine: [String] = []
                    for n in 0..<callsEach {
                        try store.ring("caller \(worker)-\(n)", phone: "\(worker)\(n)")
                        if let id = try store.claim(agent: "A\(worker)") {
                            mine.append(id)
                            try store.finish(id, agent: "A\(worker)")
                        }
                    }
                    while let id = try store.claim(agent: "A\(worker)") {
                        mine.append(id)
                        try store.finish(id, agent: "A\(worker)")
                    }
                    return mine
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(claimed.count == workers * callsEach)
        #expect(Set(claimed).count == claimed.count, "a caller was claimed twice")
        let final = try backend.open(floor)
        let events = try final.events(from: nil, to: nil)
        #expect(events.map(\.seq) == Array(1...events.count), "the journal is numbered without gaps")
        let claims = events.compactMap { event -> String? in
            if case .callClaimed(let c) = event.body { return c.call } else { return nil }
        }
        #expect(claims.sorted() == claimed.sorted(), "the journal records exactly the acknowledged claims")
        #expect(final.state.calls.isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func aRefusedDecisionWritesNothing(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let store = try backend.open(floor)
        try store.ring("김민준", phone: "01012345678")
        #expect(throws: DomainError.self) {
            try store.commit(agent: "1001") { state, _ in try Floor.hangUp(state, call: "C404") }
        }
        #expect(try store.claim(agent: "1001") != nil)
        #expect(throws: DomainError.queueEmpty) {
            try store.commit(agent: "1002") { state, now in try Floor.claimNext(state, agent: "1002", at: now) }
        }
        let reopened = try backend.open(floor)
        #expect(try reopened.events(from: nil, to: nil).map(\.seq) == [1, 2])
    }

    @Test(arguments: Backend.allCases)
    func draftsAreKeptPerAgentAndRemoved(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let store = try backend.open(floor)
        try store.saveDraft(Data(#"{"product":"冰箱"}"#.utf8), agent: "1001")
        try store.saveDraft(Data(#"{"product":"热水器"}"#.utf8), agent: "1001")
        #expect(try backend.open(floor).loadDraft(agent: "1001") == Data(#"{"product":"热水器"}"#.utf8))
        #expect(try store.loadDraft(agent: "1002") == nil)
        try store.saveDraft(nil, agent: "1001")
        #expect(try store.loadDraft(agent: "1001") == nil)
    }

    @Test(arguments: Backend.allCases)
    func anotherStoresCommitWakesTheWaitAndRefreshBringsIt(_ backend: Backend) throws {
        let floor = try backend.freshFloor()
        let watcher = try backend.open(floor)
        _ = watcher.changeDescriptor
        #expect(!watcher.waitForChange(timeout: .milliseconds(100)))
        let id = try backend.open(floor).ring("Emma O'Brien", phone: "07700900123")
        #expect(watcher.waitForChange(timeout: .seconds(5)))
        #expect(try watcher.refresh().map(\.body.callID) == [id])
        #expect(watcher.state.calls[id] != nil)
    }

    @Test(arguments: Backend.allCases)
    func historyHoldsClosedCallsNewestFirstAndPeriodsSelectByTime(_ backend: Backend) throws {
        let clock = ManualClock(JournalCoding.parseDate("2026-11-27T01:00:00.000Z")!)
        let floor = try backend.freshFloor()
        let store = try backend.open(floor, clock: clock)
        let first = try store.ring("张伟", phone: "13800000001")
        try store.commit(agent: nil) { state, _ in try Floor.abandon(state, call: first) }
        clock.advance(by: 3600)
        let second = try store.ring("张伟", phone: "13800000001")
        _ = try store.claim(agent: "1001")
        try store.finish(second, agent: "1001")
        try store.ring("other", phone: "1")

        let reopened = try backend.open(floor)
        let history = try reopened.history(phone: "13800000001", limit: 10)
        #expect(history.map(\.id) == [second, first])
        #expect(history.map(\.state) == [.done, .abandoned])
        let laterHour = try reopened.events(from: clock.now().addingTimeInterval(-1), to: nil)
        #expect(laterHour.count == 5)
        #expect(try reopened.events(from: nil, to: clock.now().addingTimeInterval(-1)).count == 2)
    }
}
