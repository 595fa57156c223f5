import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct FollowUpQueueTests {
    let t0 = Fixture.local("2026-11-25 10:00")
    let regular = Customer(name: "陈静", phone: "13900000002")
    let vip = Customer(name: "이서연", phone: "01099998888", tier: .vip)

    /// A floor with one follow-up due at t0 + 600.
    func floorWithFollowUp() throws -> TestFloor {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in
            try FollowUps.schedule(s, customer: Fixture.customer, dueAt: now + 600, purpose: "is everything working?", at: now)
        }
        return floor
    }

    @Test func aDueFollowUpBecomesAWaitingOutboundCall() throws {
        var floor = try floorWithFollowUp()
        #expect(FollowUps.fallingDue(floor.state, at: t0 + 599).isEmpty)
        try floor.commit(nil, at: t0 + 610) { s, now in FollowUps.fallingDue(s, at: now) }
        let call = try #require(floor.state.call(forFollowUp: "F1"))
        #expect(call.direction == .outbound && call.state == .waiting && call.followUp == "F1")
        #expect(call.dueAt == t0 + 600 && call.isCallback)
        #expect(call.reason == "is everything working?" && call.customer == Fixture.customer)
        #expect(FollowUps.fallingDue(floor.state, at: t0 + 700).isEmpty, "a follow-up in the queue is not rung twice")
    }

    @Test func itIsServedAheadOfNewCallersPerTheQueuePolicy() throws {
        var floor = try floorWithFollowUp()
        // A regular caller rang a minute before the follow-up fell due.
        try floor.commit(nil, at: t0 + 540) { s, now in try Floor.ring(s, customer: regular, at: now) }
        try floor.commit(nil, at: t0 + 600) { s, now in FollowUps.fallingDue(s, at: now) }
        try floor.commit(nil, at: t0 + 620) { s, now in try Floor.ring(s, customer: regular, at: now) }
        let now = t0 + 630
        let order = floor.state.queue(at: now)
        #expect(order.first?.followUp == "F1", "30 s waited + 120 s callback head start beats 90 s and 10 s of waiting")
        let policy = QueuePolicy.standard
        #expect(policy.score(order[0], at: now) == 30 + Double(policy.callbackHeadStart))

        // A VIP who rang now has a larger head start (180 s) than the callback's 120 s plus
        // its 30 s of waiting: the documented order puts the VIP first.
        try floor.commit(nil, at: now) { s, n in try Floor.ring(s, customer: vip, at: n) }
        #expect(floor.state.queue(at: now).map(\.customer.name) == [vip.name, Fixture.customer.name, regular.name, regular.name])

        // Claimed like any call, in that order.
        try floor.commit("A02", at: now + 5) { s, n in try Floor.claimNext(s, agent: "A02", at: n) }
        try floor.commit("A03", at: now + 6) { s, n in try Floor.claimNext(s, agent: "A03", at: n) }
        #expect(floor.state.callInHand(of: "A02")?.customer == vip)
        #expect(floor.state.callInHand(of: "A03")?.followUp == "F1")
    }

    @Test func anOverdueFollowUpEntersWithItsWaitCountedFromItsDueTime() throws {
        var floor = try floorWithFollowUp()
        try floor.commit(nil, at: t0 + 3000) { s, now in try Floor.ring(s, customer: vip, at: now) }
        // Nobody ran the tick for an hour; when it runs, the follow-up has waited since it fell due.
        try floor.commit(nil, at: t0 + 4200) { s, now in FollowUps.fallingDue(s, at: now) }
        #expect(floor.state.queue(at: t0 + 4200).first?.followUp == "F1")
    }

    @Test func theOutcomeIsRecordedAndTheCallFinishesNormally() throws {
        var floor = try floorWithFollowUp()
        try floor.commit(nil, at: t0 + 600) { s, now in FollowUps.fallingDue(s, at: now) }
        try floor.commit("A01", at: t0 + 610) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        let call = try #require(floor.state.callInHand(of: "A01"))
        #expect(throws: DomainError.self) { try FollowUps.cancel(floor.state, followUp: "F1", reason: "changed my mind") }
        try floor.commit("A01", at: t0 + 700) { s, _ in try Floor.hangUp(s, call: call.id) }
        try floor.commit("A01", at: t0 + 720) { s, now in
            try FollowUps.done(s, followUp: "F1", outcome: "all working", at: now)
                + [try Floor.complete(s, call: call.id, agent: "A01", category: .communication, disposition: "followed up", notes: nil)]
        }
        #expect(floor.state.followUps["F1"] == nil && floor.state.calls[call.id] == nil)
        #expect(FollowUps.fallingDue(floor.state, at: t0 + 800).isEmpty)
    }

    @Test func nothingDueIsLostWhenItsCallEndsWithoutAnOutcome() throws {
        var floor = try floorWithFollowUp()
        try floor.commit(nil, at: t0 + 600) { s, now in FollowUps.fallingDue(s, at: now) }
        try floor.commit("A01", at: t0 + 610) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        let first = try #require(floor.state.callInHand(of: "A01")).id
        try floor.commit("A01", at: t0 + 620) { s, _ in try Floor.hangUp(s, call: first) }
        try floor.commit("A01", at: t0 + 630) { s, _ in
            try Floor.complete(s, call: first, agent: "A01", category: .communication, disposition: "no answer", notes: nil)
        }
        #expect(floor.state.followUps["F1"]?.isDue(at: t0 + 640) == true)
        try floor.commit(nil, at: t0 + 640) { s, now in FollowUps.fallingDue(s, at: now) }
        let again = try #require(floor.state.call(forFollowUp: "F1"))
        #expect(again.id != first && again.state == .waiting)
    }

    @Test func cancellingOrFinishingAWaitingFollowUpWithdrawsItsCall() throws {
        var floor = try floorWithFollowUp()
        try floor.commit("A01", at: t0) { s, now in
            try FollowUps.schedule(s, customer: regular, dueAt: now + 600, purpose: "confirm the delivery date", at: now)
        }
        try floor.commit(nil, at: t0 + 600) { s, now in FollowUps.fallingDue(s, at: now) }
        #expect(floor.state.queue(at: t0 + 600).count == 2)
        try floor.commit("L01", at: t0 + 700) { s, _ in try FollowUps.cancel(s, followUp: "F1", reason: "customer emailed: solved") }
        try floor.commit("A01", at: t0 + 710) { s, now in try FollowUps.done(s, followUp: "F2", outcome: "reached by SMS, date confirmed", at: now) }
        #expect(floor.state.queue(at: t0 + 720).isEmpty)
        #expect(floor.state.openFollowUps.isEmpty)
    }
}
