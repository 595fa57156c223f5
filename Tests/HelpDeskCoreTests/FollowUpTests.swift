import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct FollowUpTests {
    let rules = Fixture.rules()
    let t0 = Fixture.local("2026-11-27 17:30")  // Friday, half an hour before closing

    /// A floor with one call in wrap-up, its caller asked how satisfied they were.
    func callInWrapUp() throws -> TestFloor {
        var floor = TestFloor()
        let caller = Customer(name: "Alice Smith", surname: "Smith", honorific: "Ms", phone: "+447700900123", language: .en)
        try floor.commit(nil, at: t0 - 300) { s, now in try Floor.ring(s, customer: caller, at: now) }
        try floor.commit("A01", at: t0 - 290) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        try floor.commit("A01", at: t0 - 10) { s, _ in try Floor.hangUp(s, call: "C1") }
        return floor
    }

    @Test func aDissatisfiedAnswerOpensACallbackInBusinessTime() throws {
        var floor = try callInWrapUp()
        try floor.commit("A01", at: t0) { s, now in
            [.satisfaction(SatisfactionRecorded(call: "C1", answer: .score(2), reason: "waited too long"))]
                + (try FollowUps.afterSatisfaction(s, call: "C1", answer: .score(2), reason: "waited too long", rules: rules, at: now))
        }
        let f = try #require(floor.state.openFollowUps.first)
        #expect(f.origin == .dissatisfied && f.sourceCall == "C1" && f.customer.phone == "+447700900123")
        // 60 business minutes from Friday 17:30: 30 on Friday, 30 on Monday morning.
        #expect(f.dueAt == Fixture.local("2026-11-30 09:30"))
        #expect(f.purpose == "call back — waited too long", "the purpose is in the customer's language, with their reason")
        // Asked again on the same call: still one callback.
        #expect(try FollowUps.afterSatisfaction(floor.state, call: "C1", answer: .score(1), rules: rules, at: t0).isEmpty)
    }

    @Test func contentAndDeclinedAnswersOpenNothing() throws {
        let floor = try callInWrapUp()
        for answer in [Satisfaction.score(3), .score(5), .declined] {
            #expect(try FollowUps.afterSatisfaction(floor.state, call: "C1", answer: answer, rules: rules, at: t0).isEmpty)
        }
        #expect(throws: DomainError.self) {
            try FollowUps.afterSatisfaction(floor.state, call: "C1", answer: .score(0), rules: rules, at: t0)
        }
        #expect(throws: DomainError.unknownCall("C8")) {
            try FollowUps.afterSatisfaction(floor.state, call: "C8", answer: .score(1), rules: rules, at: t0)
        }
    }

    @Test func aComplaintsPromiseSchedulesTheCallAndNotesIt() throws {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in
            var facts = Fixture.draft(promisedBy: now + 7 * 86400)
            facts.promiseReason = "the spare part comes from the factory"  // a week is past the SLA: the reason is required
            return try Complaints.file(s, facts, by: "A01", rules: rules, at: now)
        }
        let arrives = t0 + 3 * 86400
        try floor.commit("A01", at: t0) { s, now in
            try FollowUps.promise(s, complaint: "T1", purpose: "part ordered: call when it arrives to book the visit", dueAt: arrives, at: now)
        }
        let f = try #require(floor.state.openFollowUps.first)
        #expect(f.origin == .promise && f.complaint == "T1" && f.dueAt == arrives && f.customer == Fixture.customer)
        #expect(floor.state.complaints["T1"]?.notes.last?.text == "part ordered: call when it arrives to book the visit")
        #expect(throws: DomainError.unknownComplaint("T5")) {
            try FollowUps.promise(floor.state, complaint: "T5", purpose: "x", dueAt: arrives, at: t0)
        }
    }

    @Test func resolvingSchedulesTheIsEverythingWorkingCall() throws {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in
            try Complaints.file(s, Fixture.draft(promisedBy: now + 86400), by: "A01", rules: rules, at: now)
        }
        try floor.commit("A01", at: t0) { s, now in
            try Complaints.resolve(s, complaint: "T1", by: Fixture.agent, resolution: "repaired", rules: rules, at: now)
        }
        let f = try #require(floor.state.openFollowUps.first)
        #expect(f.origin == .resolution && f.complaint == "T1")
        // 240 business minutes from Friday 17:30: 30 today, 210 on Monday (09:00–12:00, 13:00–13:30).
        #expect(f.dueAt == Fixture.local("2026-11-30 13:30"))
        #expect(f.purpose == "回访", "a customer with no known language gets the Chinese text")
    }

    @Test func cancellingNeedsAReason() throws {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in
            try FollowUps.schedule(s, customer: Fixture.customer, dueAt: now + 3600, purpose: "confirm the refund", at: now)
        }
        for reason in [nil, "", "   "] {
            #expect(throws: DomainError.invalid(field: "reason", reason: "say why follow-up F1 is cancelled")) {
                try FollowUps.cancel(floor.state, followUp: "F1", reason: reason)
            }
        }
        try floor.commit("L01", at: t0 + 60) { s, _ in try FollowUps.cancel(s, followUp: "F1", reason: "customer asked not to be called") }
        #expect(floor.state.followUps["F1"] == nil)
        guard case .followUpClosed(let closed) = floor.events.last?.body else { Issue.record("expected a closing"); return }
        #expect(closed.status == .cancelled && closed.outcome == "customer asked not to be called")
        #expect(throws: DomainError.unknownFollowUp("F1")) { try FollowUps.cancel(floor.state, followUp: "F1", reason: "again") }
    }

    @Test func handMadeFollowUpsAreChecked() throws {
        let state = LiveState()
        #expect(throws: DomainError.self) {
            try FollowUps.schedule(state, customer: Fixture.customer, dueAt: t0 - 3600, purpose: "late", at: t0)
        }
        #expect(throws: DomainError.self) {
            try FollowUps.schedule(state, customer: Fixture.customer, dueAt: t0, purpose: " ", at: t0)
        }
        var nobody = Fixture.customer
        nobody.phone = " "
        #expect(throws: DomainError.self) { try FollowUps.schedule(state, customer: nobody, dueAt: t0, purpose: "x", at: t0) }
        #expect(throws: DomainError.self) { try FollowUps.done(state, followUp: "F1", outcome: "x", at: .distantPast) }
    }

    @Test func dueAndOverdueFollowUpsStayInSight() throws {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in
            try FollowUps.schedule(s, customer: Fixture.customer, dueAt: now + 600, purpose: "check the delivery", at: now)
        }
        let f = try #require(floor.state.followUps["F1"])
        #expect(!f.isDue(at: t0 + 599))
        #expect(f.isDue(at: t0 + 600))
        #expect(f.isDue(at: t0 + 30 * 86400), "an overdue follow-up stays due until done or cancelled")
        let snapshot = try JournalCoding.decoder().decode(LiveState.self, from: JournalCoding.encoder().encode(floor.state))
        #expect(snapshot.followUps["F1"] == f)
    }
}
