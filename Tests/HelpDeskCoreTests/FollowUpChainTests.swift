import Foundation
import Testing
@testable import HelpDeskCore

/// Proactive follow-up chains (seed 002's fridge case) as `followups.json`
/// ships them, each step falling due by itself; the script a follow-up
/// names; "not convenient now" rescheduling.
@Suite struct FollowUpChainTests {
    let rules = try! ComplaintRulesTests.decode()
    let t0 = Fixture.local("2026-11-25 10:00")  // a Wednesday

    /// A repair call taken and wrapped up: the chain's first step is scheduled with it.
    func repairBooked() throws -> TestFloor {
        var floor = TestFloor()
        try floor.commit(nil, at: t0) { s, now in try Floor.ring(s, customer: Fixture.customer, category: .repair, at: now) }
        try floor.commit("A01", at: t0) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        try floor.commit("A01", at: t0 + 60) { s, _ in try Floor.hangUp(s, call: "C1") }
        try floor.commit("A01", at: t0 + 90) { s, now in
            try FollowUps.startChain(s, call: "C1", category: .repair, rules: rules, at: now)
                + [try Floor.complete(s, call: "C1", agent: "A01", category: .repair, disposition: "engineer booked", notes: nil)]
        }
        return floor
    }

    @Test func afterARepairIsBookedEachStepFallsDueByItself() throws {
        var floor = try repairBooked()
        let first = try #require(floor.state.followUps["F1"])
        #expect(first.origin == .proactive && first.script == "follow-up-repair" && first.sourceCall == "C1")
        #expect(first.purpose == "维修已预约：回访确认上门时间")
        #expect(first.dueAt == rules.due(afterBusinessMinutes: 60, from: t0 + 90))
        #expect(first.next?.map(\.script) == ["follow-up-repair", "satisfaction-survey"])

        // It falls due: a waiting outbound call for F1 joins the queue.
        let rung = FollowUps.fallingDue(floor.state, at: first.dueAt)
        guard case .callRung(let p)? = rung.first else { Issue.record("F1 did not fall due"); return }
        #expect(p.call.followUp == "F1")

        let confirmed = first.dueAt + 300
        try floor.commit("A01", at: confirmed) { s, now in try FollowUps.done(s, followUp: "F1", outcome: "visit confirmed for Friday", at: now) }
        let second = try #require(floor.state.followUps["F2"])
        #expect(second.purpose == "上门维修之后：回访确认是否使用正常" && second.origin == .proactive)
        #expect(second.dueAt == confirmed + 1440 * 60)
        #expect(floor.state.calls.values.allSatisfy { $0.followUp != "F1" }, "the waiting call for F1 is withdrawn")

        try floor.commit("A01", at: second.dueAt) { s, now in try FollowUps.done(s, followUp: "F2", outcome: "working", at: now) }
        let third = try #require(floor.state.followUps["F3"])
        #expect(third.script == "satisfaction-survey" && third.dueAt == second.dueAt + 7 * 86400, "a week later")
        try floor.commit("A01", at: third.dueAt) { s, now in try FollowUps.done(s, followUp: "F3", outcome: "satisfied", at: now) }
        #expect(floor.state.openFollowUps.isEmpty, "the chain ends after its last step")
    }

    @Test func aCategoryWithoutAChainSchedulesNothing() throws {
        let floor = try repairBooked()
        #expect(try FollowUps.startChain(floor.state, call: "C9", category: .inquiry, rules: rules, at: t0).isEmpty)
    }

    @Test func followUpsNameTheirScripts() throws {
        var floor = try repairBooked()
        try floor.commit(nil, at: t0 + 100) { s, now in try Floor.ring(s, customer: Fixture.customer, at: now) }
        let call = try #require(floor.state.calls.values.first { $0.state == .waiting && $0.followUp == nil })
        let callback = try FollowUps.afterSatisfaction(floor.state, call: call.id, answer: .score(1), rules: rules, at: t0 + 100)
        guard case .followUpScheduled(let p)? = callback.first else { Issue.record("no callback"); return }
        #expect(p.followUp.script == "satisfaction-recovery", "a low score gets the apology-and-recovery script")
        #expect(rules.followUps.afterResolution.script == "follow-up-repair")
    }

    @Test func notConvenientNowReschedulesTheSameCallToTheProposedTime() throws {
        var floor = try repairBooked()
        let proposed = t0 + 2 * 86400
        let zone = rules.calendar.timeZone
        #expect(throws: DomainError.self) {
            try FollowUps.reschedule(floor.state, followUp: "F1", to: t0 - 3600, reason: nil, in: zone, at: t0 + 120)
        }
        try floor.commit("A01", at: t0 + 120) { s, now in
            try FollowUps.reschedule(s, followUp: "F1", to: proposed, reason: "在开会", in: zone, at: now)
        }
        #expect(floor.state.followUps["F1"] == nil)
        let again = try #require(floor.state.followUps["F2"])
        #expect(again.dueAt == proposed && again.purpose == "维修已预约：回访确认上门时间" && again.script == "follow-up-repair")
        #expect(again.next?.count == 2, "the chain goes on from the rescheduled call")
        guard case .followUpClosed(let closed)? = floor.events.suffix(2).first?.body else { Issue.record("F1 not closed"); return }
        #expect(closed.status == .done && closed.outcome == "在开会 — rescheduled to \(LocalTime.minute(proposed, in: zone)) as F2",
                "the new time as the floor reads times")
    }

    @Test func aChainForAnUnknownCategoryIsRefusedOnLoad() {
        let file = #"{"dissatisfied": {"afterMinutes": 1, "purpose": {"zh-Hans": "a", "en": "a", "ko": "a"}}, "afterResolution": {"afterMinutes": 1, "purpose": {"zh-Hans": "a", "en": "a", "ko": "a"}}, "chains": {"fridge": []}}"#
        #expect(throws: (any Error).self) { try ComplaintRulesTests.decode(followUps: Data(file.utf8)) }
    }
}
