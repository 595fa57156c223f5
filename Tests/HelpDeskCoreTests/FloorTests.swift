import Foundation
import Testing
@testable import HelpDeskCore

/// Drives the live state through the floor's decisions as a store would:
/// decide on the current state, stamp, fold in.
struct FloorHarness {
    var state = LiveState()
    var clock = Date(timeIntervalSince1970: 1_795_000_000)

    @discardableResult
    mutating func run(agent: String? = nil, _ decide: (LiveState, Date) throws -> EventBody) throws -> Event {
        let event = Event(seq: state.lastSeq + 1, at: clock, agent: agent, user: "test", body: try decide(state, clock))
        state.apply(event)
        return event
    }

    mutating func wait(_ seconds: Double) { clock = clock.addingTimeInterval(seconds) }
}

@Suite struct FloorTests {
    let alice = RosterEntry(user: "alice", agent: "1001", name: "王芳")

    @Test func aCallGoesFromWaitingThroughTalkAndWrapUpToDone() throws {
        var h = FloorHarness()
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "张伟", phone: "13800000001"), at: now) }
        h.wait(12)
        let claim = try h.run(agent: "1001") { s, now in try Floor.claimNext(s, agent: "1001", at: now) }
        #expect(claim.body == .callClaimed(CallClaimed(call: "C1", agent: "1001")))
        #expect(h.state.calls["C1"]?.waited(at: h.clock) == 12)
        #expect(h.state.agents["1001"]?.status == .onCall)
        h.wait(60)
        try h.run(agent: "1001") { s, _ in try Floor.hangUp(s, call: "C1") }
        #expect(h.state.calls["C1"]?.state == .wrapUp)
        #expect(h.state.agents["1001"]?.status == .wrapUp)
        try h.run(agent: "1001") { s, _ in
            try Floor.complete(s, call: "C1", agent: "1001", category: .repair, disposition: "booked engineer", notes: "冰箱不制冷")
        }
        #expect(h.state.calls.isEmpty)
        #expect(h.state.agents["1001"]?.status == .ready)
    }

    @Test func illegalMovesAreRefusedByName() throws {
        var h = FloorHarness()
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "Kim", phone: "01012345678"), at: now) }
        #expect(throws: DomainError.illegalCallMove(call: "C1", from: .waiting, to: .wrapUp)) {
            try Floor.hangUp(h.state, call: "C1")
        }
        #expect(throws: DomainError.unknownCall("C9")) { try Floor.abandon(h.state, call: "C9") }
        try h.run(agent: "1001") { s, now in try Floor.claimNext(s, agent: "1001", at: now) }
        #expect(throws: DomainError.illegalCallMove(call: "C1", from: .talking, to: .abandoned)) {
            try Floor.abandon(h.state, call: "C1")
        }
        #expect(throws: DomainError.notYourCall(call: "C1", agent: "1002")) {
            try Floor.complete(h.state, call: "C1", agent: "1002", category: .inquiry, disposition: "x", notes: nil)
        }
    }

    @Test func theSameCallerCannotBeClaimedTwiceAndAnEmptyQueueSaysSo() throws {
        var h = FloorHarness()
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "A", phone: "1"), at: now) }
        try h.run(agent: "1001") { s, now in try Floor.claimNext(s, agent: "1001", at: now) }
        #expect(throws: DomainError.queueEmpty) { try Floor.claimNext(h.state, agent: "1002", at: h.clock) }
        #expect(throws: DomainError.agentBusy(agent: "1001", call: "C1")) {
            try Floor.claimNext(h.state, agent: "1001", at: h.clock)
        }
    }

    @Test func aPauseNeedsAReasonAndAgentTimeInStateCounts() throws {
        var h = FloorHarness()
        #expect(throws: DomainError.self) { try Floor.setStatus(h.state, agent: alice, status: .paused, reason: " ") }
        try h.run(agent: "1001") { s, _ in try Floor.setStatus(s, agent: alice, status: .paused, reason: "培训") }
        h.wait(90)
        #expect(h.state.agents["1001"]?.pauseReason == "培训")
        #expect(h.state.agents["1001"]?.timeInState(at: h.clock) == 90)
    }

    @Test func aCallbackWaitsUntilDueThenQueuesAheadOfNewCallers() throws {
        var h = FloorHarness()
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "A", phone: "1"), at: now) }
        try h.run(agent: "1001") { s, now in try Floor.claimNext(s, agent: "1001", at: now) }
        let due = h.clock.addingTimeInterval(600)
        try h.run(agent: "1001") { s, now in try Floor.schedule(s, call: "C1", dueAt: due, by: RosterEntry(user: "a", agent: "1001", name: "A"), at: now) }
        #expect(h.state.queue(at: h.clock).isEmpty)
        h.wait(600)
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "B", phone: "2"), at: now) }
        #expect(h.state.queue(at: h.clock).map(\.id) == ["C1", "C2"])
        try h.run(agent: "1002") { s, now in try Floor.claimNext(s, agent: "1002", at: now) }
        #expect(h.state.calls["C1"]?.state == .talking)
    }

    @Test func aKnownCustomerKeepsTheTierALeadGaveThem() throws {
        var h = FloorHarness()
        let vip = Customer(name: "李娜", surname: "李", honorific: "小姐", phone: "139", tier: .vip)
        try h.run(agent: "9001") { _, _ in .customerUpdated(CustomerUpdated(customer: vip)) }
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "李娜", phone: "139"), at: now) }
        #expect(h.state.calls["C1"]?.customer.tier == .vip)
        #expect(h.state.calls["C1"]?.customer.address(in: .zh) == "李小姐")
    }

    @Test func replayIsIdempotentAndSkipsOldSequenceNumbers() throws {
        var h = FloorHarness()
        let e = try h.run { s, now in try Floor.ring(s, customer: Customer(name: "A", phone: "1"), at: now) }
        let before = h.state
        h.state.apply(e)
        #expect(h.state == before)
    }

    @Test func onlyALeadMarksACustomer() throws {
        let vip = Customer(name: "李娜", phone: "139", tier: .vip)
        #expect(throws: DomainError.self) { try Floor.mark(vip, call: nil, by: alice) }
        let lead = RosterEntry(user: "chen", agent: "9001", name: "陈主管", role: .lead)
        #expect(try Floor.mark(vip, call: "C1", by: lead) == .customerUpdated(CustomerUpdated(customer: vip, call: "C1")))
    }
}
