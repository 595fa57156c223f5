import Foundation
import Testing
@testable import HelpDeskCore

/// The handling steps of seed 003 held where `Resources/complaints/steps.json`
/// says: accepting needs the key points and the promised time, resolving an
/// explanation, closing every step with feedback given; and a promise past
/// the SLA needs a lead or a reason.
@Suite struct ComplaintStepsTests {
    let rules = try! ComplaintRulesTests.decode()
    let t0 = Fixture.local("2026-11-25 10:00")  // a Wednesday
    let agent = RosterEntry(user: "wang", agent: "A01", name: "王芳")

    func filedAndAccepted(_ floor: inout TestFloor, promise: TimeInterval = 86400) throws {
        try floor.commit("A01", at: t0) { s, now in try Complaints.file(s, Fixture.draft(promisedBy: now + promise), by: "A01", rules: rules, at: now) }
    }

    @Test func theShippedFileGatesEachMove() {
        #expect(rules.handling.required[.accept] == [.recordedKeyPoints, .toldHowLong])
        #expect(rules.handling.required[.resolve] == [.explained])
        #expect(rules.handling.required[.close] == [.listened, .stayedCalm, .recordedKeyPoints, .explained, .toldHowLong, .gaveFeedback])
    }

    @Test func resolvingNeedsTheExplanation() throws {
        var floor = TestFloor()
        try filedAndAccepted(&floor)
        #expect(throws: DomainError.invalid(field: "checklist", reason: "resolving complaint T1 needs the handling steps explained first (tick them on the complaint form, or helpdesk complaint check T1 --step …)")) {
            try Complaints.resolve(floor.state, complaint: "T1", by: agent, resolution: "new compressor fitted", rules: rules, at: t0 + 60)
        }
        try floor.commit("A01", at: t0 + 30) { s, _ in try Complaints.check(s, complaint: "T1", steps: [.explained]) }
        try floor.commit("A01", at: t0 + 60) { s, now in
            try Complaints.resolve(s, complaint: "T1", by: agent, resolution: "new compressor fitted", rules: rules, at: now)
        }
        #expect(floor.state.complaints["T1"]?.status == .resolved)
    }

    @Test func closingNeedsEveryStepAndTheFollowUpCallGivesTheFeedback() throws {
        var floor = TestFloor()
        try filedAndAccepted(&floor)
        try floor.commit("A01", at: t0 + 30) { s, _ in try Complaints.check(s, complaint: "T1", steps: [.explained]) }
        try floor.commit("A01", at: t0 + 60) { s, now in
            try Complaints.resolve(s, complaint: "T1", by: agent, resolution: "new compressor fitted", rules: rules, at: now)
        }
        let followUp = try #require(floor.state.openFollowUps.first { $0.complaint == "T1" })
        #expect(floor.state.complaints["T1"]?.checklist.gaveFeedback == false)
        try floor.commit("A01", at: followUp.dueAt) { s, now in try FollowUps.done(s, followUp: followUp.id, outcome: "working again, customer content", at: now) }
        #expect(floor.state.complaints["T1"]?.checklist.gaveFeedback == true, "finishing the follow-up call about the complaint is the feedback")
        #expect(floor.state.complaints["T1"]?.status == .followedUp)
        #expect(throws: DomainError.invalid(field: "checklist", reason: "closing complaint T1 needs the handling steps listened, stayedCalm first (tick them on the complaint form, or helpdesk complaint check T1 --step …)")) {
            try Complaints.close(floor.state, complaint: "T1", rules: rules)
        }
        try floor.commit("A01", at: followUp.dueAt + 60) { s, _ in try Complaints.check(s, complaint: "T1", steps: [.listened, .stayedCalm]) }
        try floor.commit("A01", at: followUp.dueAt + 120) { s, _ in try Complaints.close(s, complaint: "T1", rules: rules) }
        #expect(floor.state.complaints["T1"] == nil, "closed: left the live state")
    }

    @Test func aGateIsWhatTheFileSays() throws {
        let strict = try JSONDecoder().decode(HandlingRules.self, from: Data(#"{"accept": ["listened", "toldHowLong"]}"#.utf8))
        var stricter = rules
        stricter.handling = strict
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in try Complaints.file(s, Fixture.draft(), by: "A01", rules: stricter, at: now) }
        #expect(throws: DomainError.self) { try Complaints.accept(floor.state, complaint: "T1", promisedBy: t0 + 3600, rules: stricter, at: t0) }
        try floor.commit("A01", at: t0) { s, _ in try Complaints.check(s, complaint: "T1", steps: [.listened]) }
        try floor.commit("A01", at: t0) { s, now in try Complaints.accept(s, complaint: "T1", promisedBy: now + 3600, rules: stricter, at: now) }
        #expect(floor.state.complaints["T1"]?.status == .accepted)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(HandlingRules.self, from: Data(#"{"close": ["smiled"]}"#.utf8)) }
    }

    @Test func aPromisePastTheSLANeedsALeadOrAReason() throws {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in try Complaints.file(s, Fixture.draft(), by: "A01", rules: rules, at: now) }
        let due = rules.sla(for: try #require(floor.state.complaints["T1"]), at: t0).resolution.due
        #expect(throws: DomainError.self) {
            try Complaints.accept(floor.state, complaint: "T1", promisedBy: due + 3600, by: agent, rules: rules, at: t0)
        }
        let inTime = try Complaints.accept(floor.state, complaint: "T1", promisedBy: due, by: agent, rules: rules, at: t0)
        guard case .complaintChanged(let plain) = inTime else { Issue.record("expected a change"); return }
        #expect(plain.note == nil, "a promise within the SLA needs nothing more")

        let reasoned = try Complaints.accept(floor.state, complaint: "T1", promisedBy: due + 3600, reason: "part from the factory",
                                             by: agent, rules: rules, at: t0)
        guard case .complaintChanged(let withReason) = reasoned else { Issue.record("expected a change"); return }
        #expect(withReason.note?.hasSuffix(": part from the factory") == true)
        let approved = try Complaints.accept(floor.state, complaint: "T1", promisedBy: due + 3600, by: Fixture.lead, rules: rules, at: t0)
        guard case .complaintChanged(let byLead) = approved else { Issue.record("expected a change"); return }
        #expect(byLead.note?.hasSuffix("approved by lead \(Fixture.lead.agent)") == true)
    }

    /// Filing with the promise at once (as the console does) weighs it
    /// against the due time `resolutionDue` gives the form beforehand.
    @Test func filingWithAPromisePastTheSLANeedsTheReasonTheFormAsksFor() throws {
        let due = rules.resolutionDue(.serviceDelay, .normal, from: t0)
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in try Complaints.file(s, Fixture.draft(), by: "A01", rules: rules, at: now) }
        #expect(rules.sla(for: try #require(floor.state.complaints["T1"]), at: t0).resolution.due == due)

        #expect(throws: DomainError.self) {
            try Complaints.file(LiveState(), Fixture.draft(promisedBy: due + 60), by: "A01", rules: rules, at: t0)
        }
        var late = Fixture.draft(promisedBy: due + 60)
        late.promiseReason = "  part from the factory "
        var filed = TestFloor()
        try filed.commit("A01", at: t0) { s, now in try Complaints.file(s, late, by: "A01", rules: rules, at: now) }
        #expect(filed.state.complaints["T1"]?.status == .accepted)
        #expect(filed.state.complaints["T1"]?.notes.last?.text
                == "promised after the SLA's resolution due time \(LocalTime.minute(due, in: rules.calendar.timeZone)): part from the factory",
                "the due time as the floor reads times, in the department's zone")
        #expect(try Complaints.file(LiveState(), Fixture.draft(promisedBy: due), by: "A01", rules: rules, at: t0).count == 2,
                "a promise at the due time itself needs nothing more")
    }
}

/// A complaint call wrapped up with a follow-up: the planned call is about
/// the complaint, and finishing it gives the feedback, so the complaint can
/// close once its after-resolution call is done too.
@Suite struct ComplaintCallFollowUpTests {
    let rules = try! ComplaintRulesTests.decode()
    let codes = try! ShippedResources.codes()
    let t0 = Fixture.local("2026-11-30 10:00")

    @Test func thePlannedFollowUpIsAboutTheComplaintFiledOnTheCallAndLetsItClose() throws {
        var floor = TestFloor()
        try floor.commit(nil, at: t0) { s, now in try Floor.ring(s, customer: Fixture.customer, at: now) }
        try floor.commit("A01", at: t0) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        var facts = Fixture.draft(promisedBy: t0 + 86400)
        facts.call = "C1"
        facts.checklist = HandlingChecklist(listened: true, stayedCalm: true, explained: true)
        try floor.commit("A01", at: t0 + 60) { s, now in try Complaints.file(s, facts, by: "A01", rules: rules, at: now) }
        try floor.commit("A01", at: t0 + 120) { s, _ in try Floor.hangUp(s, call: "C1") }
        let wrap = WrapUpFacts(call: "C1", category: .complaint, disposition: "complaint-filed",
                               followUp: .init(dueAt: t0 + 3600, purpose: "告知处理进展", script: "follow-up-repair"))
        try floor.commit("A01", at: t0 + 150) { s, now in try WrapUp.complete(s, wrap, agent: "A01", codes: codes, rules: rules, at: now) }
        let planned = try #require(floor.state.followUps["F1"])
        #expect(planned.complaint == "T1")

        let owner = RosterEntry(user: "wang", agent: "A01", name: "王芳")
        try floor.commit("A01", at: t0 + 600) { s, now in
            try Complaints.resolve(s, complaint: "T1", by: owner, resolution: "换了压缩机", rules: rules, at: now)
        }
        try floor.commit("A01", at: t0 + 3600) { s, now in try FollowUps.done(s, followUp: "F1", outcome: "客户确认已修好", at: now) }
        #expect(floor.state.complaints["T1"]?.status == .followedUp)
        #expect(floor.state.complaints["T1"]?.checklist.gaveFeedback == true, "the planned call back gave the feedback")
        #expect(throws: DomainError.self) { try Complaints.close(floor.state, complaint: "T1", rules: rules) }
        try floor.commit("A01", at: t0 + 3650) { s, now in try FollowUps.done(s, followUp: "F2", outcome: "一切正常", at: now) }
        try floor.commit("A01", at: t0 + 3700) { s, _ in try Complaints.close(s, complaint: "T1", rules: rules) }
        #expect(floor.state.complaints["T1"] == nil)
    }

    /// A complaint typed during a call and filed after its wrap-up (the agent
    /// finished the call first): the call has left the floor, its caller has not.
    @Test func aComplaintOnACallAlreadyWrappedUpIsFiledForItsCaller() throws {
        var floor = TestFloor()
        try floor.commit(nil, at: t0) { s, now in try Floor.ring(s, customer: Fixture.customer, at: now) }
        try floor.commit("A01", at: t0) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        try floor.commit("A01", at: t0 + 60) { s, _ in try Floor.hangUp(s, call: "C1") }
        try floor.commit("A01", at: t0 + 90) { s, now in
            try WrapUp.complete(s, WrapUpFacts(call: "C1", category: .complaint, disposition: "complaint-filed"), agent: "A01",
                                codes: codes, rules: rules, at: now)
        }
        var facts = Fixture.draft(promisedBy: t0 + 86400)
        facts.call = "C1"
        try floor.commit("A01", at: t0 + 120) { s, now in try Complaints.file(s, facts, by: "A01", rules: rules, at: now) }
        #expect(floor.state.complaints["T1"]?.call == "C1" && floor.state.complaints["T1"]?.customer.phone == Fixture.customer.phone)
        facts.customer = nil
        #expect(throws: DomainError.unknownCall("C1")) { try Complaints.file(floor.state, facts, by: "A01", rules: rules, at: t0 + 130) }
    }
}
