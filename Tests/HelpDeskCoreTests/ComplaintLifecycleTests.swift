import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct ComplaintLifecycleTests {
    let rules = Fixture.rules()
    let t0 = Fixture.local("2026-11-25 10:00")  // a Wednesday

    /// Files a complaint without a promise and returns its id.
    func filed(_ floor: inout TestFloor) throws -> String {
        let events = try floor.commit("A01", at: t0) { s, now in
            try Complaints.file(s, Fixture.draft(), by: "A01", rules: rules, at: now)
        }
        guard case .complaintFiled(let p) = events[0].body else { Issue.record("expected a filing"); return "" }
        return p.complaint.id
    }

    @Test func theWholeCourseFromFilingToClosing() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        #expect(floor.state.complaints[id]?.status == .received)
        #expect(floor.state.complaints[id]?.checklist.recordedKeyPoints == true)

        let promise = t0.addingTimeInterval(2 * 86400)
        try floor.commit("A01", at: t0.addingTimeInterval(60)) { s, now in
            try Complaints.accept(s, complaint: id, promisedBy: promise, rules: rules, at: now)
        }
        try floor.commit("A01", at: t0.addingTimeInterval(120)) { s, _ in
            try Complaints.escalate(s, complaint: id, to: Fixture.lead, note: "customer asks for a new fridge")
        }
        var c = try #require(floor.state.complaints[id])
        #expect(c.status == .escalated)
        #expect(c.escalatedTo == "L01" && c.escalatedBy == "A01" && c.checklist.escalatedTo == "L01")
        #expect(floor.state.escalations(to: "L01").map(\.id) == [id])
        #expect(floor.state.escalations(to: "L02").isEmpty)

        try floor.commit("L01", at: t0.addingTimeInterval(600)) { s, _ in try Complaints.take(s, complaint: id, lead: Fixture.lead) }
        try floor.commit("L01", at: t0.addingTimeInterval(660)) { s, _ in
            try Complaints.instruct(s, complaint: id, lead: Fixture.lead, text: "offer a free second visit today")
        }
        try floor.commit("L01", at: t0.addingTimeInterval(720)) { s, _ in
            try Complaints.handBack(s, complaint: id, lead: Fixture.lead, answer: "engineer booked for 15:00, tell the customer")
        }
        c = try #require(floor.state.complaints[id])
        #expect(c.status == .inProgress)
        #expect(c.owner == "A01", "a hand-back returns the complaint to the agent who escalated it")
        #expect(c.answersFromLead.map(\.text) == ["offer a free second visit today", "engineer booked for 15:00, tell the customer"])
        #expect(floor.state.complaints(escalatedBy: "A01").map(\.id) == [id])

        let resolvedEvents = try floor.commit("A01", at: t0.addingTimeInterval(7200)) { s, now in
            try Complaints.resolve(s, complaint: id, by: Fixture.agent, resolution: "compressor replaced", rules: rules, at: now)
        }
        #expect(resolvedEvents.count == 2)
        let followUp = try #require(floor.state.openFollowUps.first)
        #expect(followUp.complaint == id && followUp.origin == .resolution)

        // Closing before the "is everything working?" call is refused.
        #expect(throws: DomainError.illegalComplaintMove(complaint: id, from: .resolved, to: .closed)) {
            try Complaints.close(floor.state, complaint: id, rules: rules)
        }
        try floor.commit("A01", at: followUp.dueAt) { s, now in
            try FollowUps.done(s, followUp: followUp.id, outcome: "working fine, customer thanked us", at: now)
        }
        #expect(floor.state.complaints[id]?.status == .followedUp)
        try floor.commit("A01", at: followUp.dueAt.addingTimeInterval(60)) { s, _ in try Complaints.close(s, complaint: id, rules: rules) }
        #expect(floor.state.complaints[id] == nil, "a closed complaint leaves the live state")

        let archived = try #require(ComplaintArchive(floor.events).complaints[id])
        #expect(archived.status == .closed)
        #expect(archived.notes.map(\.action) == [.accept, .escalate, .take, .instruct, .handBack, .resolve, .followUp, .close])
        #expect(archived.firstRespondedAt == t0.addingTimeInterval(60))
        #expect(archived.resolvedAt == t0.addingTimeInterval(7200))
    }

    @Test func acceptingNeedsAPromisedTimeInTheFuture() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        #expect(throws: DomainError.self) { try Complaints.accept(floor.state, complaint: id, promisedBy: nil, rules: rules, at: t0) }
        do {
            _ = try Complaints.accept(floor.state, complaint: id, promisedBy: nil, rules: rules, at: t0)
        } catch let error as DomainError {
            #expect(error.description.contains("promised resolution time"))
        }
        #expect(throws: DomainError.self) {
            try Complaints.accept(floor.state, complaint: id, promisedBy: t0.addingTimeInterval(-1), rules: rules, at: t0)
        }
        #expect(floor.state.complaints[id]?.status == .received)
    }

    @Test func filingWithAPromiseAcceptsAtOnce() throws {
        var floor = TestFloor()
        let promise = t0.addingTimeInterval(3600)
        let events = try floor.commit("A01", at: t0) { s, now in
            try Complaints.file(s, Fixture.draft(promisedBy: promise), by: "A01", rules: rules, at: now)
        }
        #expect(events.map(\.body.type) == ["complaint.filed", "complaint.changed"])
        let c = try #require(floor.state.complaints["T1"])
        #expect(c.status == .accepted && c.promisedBy == promise && c.checklist.toldHowLong)
        #expect(c.firstRespondedAt == t0)
    }

    @Test func illegalJumpsAreRefusedWithTheirStatuses() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        #expect(throws: DomainError.illegalComplaintMove(complaint: id, from: .received, to: .resolved)) {
            try Complaints.resolve(floor.state, complaint: id, by: Fixture.agent, resolution: "done", rules: rules, at: t0)
        }
        #expect(throws: DomainError.illegalComplaintMove(complaint: id, from: .received, to: .escalated)) {
            try Complaints.escalate(floor.state, complaint: id, to: Fixture.lead)
        }
        #expect(throws: DomainError.illegalComplaintMove(complaint: id, from: .received, to: .reopened)) {
            try Complaints.reopen(floor.state, complaint: id, reason: "called again")
        }
        let message = DomainError.illegalComplaintMove(complaint: id, from: .received, to: .closed).description
        #expect(message == "complaint \(id) is received and cannot become closed")

        try floor.commit("A01", at: t0) { s, now in try Complaints.accept(s, complaint: id, promisedBy: now + 3600, rules: rules, at: now) }
        #expect(throws: DomainError.illegalComplaintMove(complaint: id, from: .accepted, to: .inProgress)) {
            try Complaints.take(floor.state, complaint: id, lead: Fixture.lead)
        }
        #expect(throws: DomainError.illegalComplaintMove(complaint: id, from: .accepted, to: .accepted)) {
            try Complaints.accept(floor.state, complaint: id, promisedBy: t0 + 7200, rules: rules, at: t0)
        }
        #expect(throws: DomainError.unknownComplaint("T99")) { try Complaints.close(floor.state, complaint: "T99", rules: rules) }
    }

    @Test func leadActionsNeedALead() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        try floor.commit("A01", at: t0) { s, now in try Complaints.accept(s, complaint: id, promisedBy: now + 3600, rules: rules, at: now) }
        #expect(throws: DomainError.self) { try Complaints.escalate(floor.state, complaint: id, to: Fixture.otherAgent) }
        try floor.commit("A01", at: t0) { s, _ in try Complaints.escalate(s, complaint: id, to: Fixture.lead) }
        #expect(throws: DomainError.self) { try Complaints.take(floor.state, complaint: id, lead: Fixture.otherAgent) }
        #expect(throws: DomainError.self) {
            try Complaints.instruct(floor.state, complaint: id, lead: Fixture.otherAgent, text: "do it")
        }
        #expect(throws: DomainError.self) { try Complaints.instruct(floor.state, complaint: id, lead: Fixture.lead, text: "  ") }
        // Another agent may not resolve a complaint that is not theirs; the owner and any lead may.
        #expect(throws: DomainError.self) {
            try Complaints.resolve(floor.state, complaint: id, by: Fixture.otherAgent, resolution: "x", rules: rules, at: t0)
        }
        let byLead = try Complaints.resolve(floor.state, complaint: id, by: Fixture.lead, resolution: "refund", rules: rules, at: t0)
        #expect(byLead.count == 2)
    }

    @Test func everyStatusCanStillReachClosedAndClosedOnlyReopens() {
        for start in ComplaintStatus.allCases {
            var seen: Set<ComplaintStatus> = [start], frontier = [start]
            while let s = frontier.popLast() {
                for n in s.nextStatuses where seen.insert(n).inserted { frontier.append(n) }
            }
            #expect(seen.contains(.closed), "\(start) cannot reach closed")
        }
        #expect(ComplaintStatus.closed.nextStatuses == [.reopened])
        #expect(!ComplaintStatus.received.canMove(to: .closed))
        #expect(!ComplaintStatus.resolved.canMove(to: .closed), "a resolved complaint is followed up before it closes")
    }

    @Test func aClosedComplaintReopensFromTheArchiveWhenTheCustomerCallsAgain() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        try floor.commit("A01", at: t0) { s, now in try Complaints.accept(s, complaint: id, promisedBy: now + 3600, rules: rules, at: now) }
        try floor.commit("A01", at: t0 + 60) { s, now in
            try Complaints.resolve(s, complaint: id, by: Fixture.agent, resolution: "fixed", rules: rules, at: now)
        }
        let f = try #require(floor.state.openFollowUps.first)
        try floor.commit("A01", at: t0 + 120) { s, now in try FollowUps.done(s, followUp: f.id, outcome: "fine", at: now) }
        try floor.commit("A01", at: t0 + 180) { s, _ in try Complaints.close(s, complaint: id, rules: rules) }

        let later = t0 + 5 * 86400
        #expect(throws: DomainError.unknownComplaint(id)) { try Complaints.reopen(floor.state, complaint: id, reason: "broken again") }
        #expect(throws: DomainError.self) {
            try Complaints.reopen(floor.state, complaint: id, archived: ComplaintArchive(floor.events).complaints[id], reason: " ")
        }
        let archived = ComplaintArchive(floor.events).complaints[id]
        try floor.commit("A02", at: later) { s, _ in
            try Complaints.reopen(s, complaint: id, archived: archived, reason: "broken again")
        }
        let c = try #require(floor.state.complaints[id])
        #expect(c.status == .reopened && c.reopenCount == 1 && c.reopenedAt == later)
        #expect(c.firstRespondedAt == nil && c.resolvedAt == nil)
        #expect(c.promisedBy == nil && !c.checklist.toldHowLong, "the last round's promise is kept only in the log")
        #expect(c.clockStart == later, "the SLA clocks restart at the reopening")
        #expect(ComplaintArchive(floor.events).complaints[id]?.status == .reopened)
        // It runs the course again from acceptance, which needs a new promise.
        #expect(throws: DomainError.self) { try Complaints.accept(floor.state, complaint: id, promisedBy: nil, rules: rules, at: later) }
        try floor.commit("A02", at: later) { s, now in try Complaints.accept(s, complaint: id, promisedBy: now + 3600, rules: rules, at: now) }
        #expect(floor.state.complaints[id]?.status == .accepted)
    }

    @Test func aCustomersHistoryShowsOpenComplaintsFirst() throws {
        var floor = TestFloor()
        let first = try filed(&floor)
        try floor.commit("A01", at: t0) { s, now in try Complaints.accept(s, complaint: first, promisedBy: now + 3600, rules: rules, at: now) }
        try floor.commit("A01", at: t0 + 60) { s, now in
            try Complaints.resolve(s, complaint: first, by: Fixture.agent, resolution: "fixed", rules: rules, at: now)
        }
        let f = try #require(floor.state.openFollowUps(phone: Fixture.customer.phone).first)
        try floor.commit("A01", at: t0 + 120) { s, now in try FollowUps.done(s, followUp: f.id, outcome: "fine", at: now) }
        try floor.commit("A01", at: t0 + 180) { s, _ in try Complaints.close(s, complaint: first, rules: rules) }
        let second = try filed(&floor)
        var stranger = Fixture.draft()
        stranger.customer = Customer(name: "Other", phone: "555")
        try floor.commit("A02", at: t0 + 240) { s, now in try Complaints.file(s, stranger, by: "A02", rules: rules, at: now) }
        let history = ComplaintArchive(floor.events).complaints(phone: Fixture.customer.phone)
        #expect(history.map(\.id) == [second, first], "the open complaint comes before the newer-updated closed one")
        #expect(floor.state.openFollowUps(phone: "555").isEmpty)
    }

    @Test func closingIsRefusedWhileAFollowUpAboutItIsOpen() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        try floor.commit("A01", at: t0) { s, now in try Complaints.accept(s, complaint: id, promisedBy: now + 86400, rules: rules, at: now) }
        try floor.commit("A01", at: t0) { s, now in
            try FollowUps.promise(s, complaint: id, purpose: "part arrives Friday: call to book the visit", dueAt: now + 3600, at: now)
        }
        try floor.commit("A01", at: t0 + 60) { s, now in
            try Complaints.resolve(s, complaint: id, by: Fixture.agent, resolution: "fixed", rules: rules, at: now)
        }
        let resolution = try #require(floor.state.openFollowUps.first { $0.origin == .resolution })
        try floor.commit("A01", at: t0 + 120) { s, now in try FollowUps.done(s, followUp: resolution.id, outcome: "fine", at: now) }
        #expect(floor.state.complaints[id]?.status == .followedUp)
        #expect(throws: DomainError.self) { try Complaints.close(floor.state, complaint: id, rules: rules) }
        let promised = try #require(floor.state.openFollowUps.first)
        try floor.commit("A01", at: t0 + 180) { s, _ in
            try FollowUps.cancel(s, followUp: promised.id, reason: "repair done before the part call was due")
        }
        try floor.commit("A01", at: t0 + 240) { s, _ in try Complaints.close(s, complaint: id, rules: rules) }
        #expect(floor.state.complaints[id] == nil)
    }

    @Test func aComplaintTakenOnACallBelongsToTheCaller() throws {
        var floor = TestFloor()
        let caller = Customer(name: "김민준", surname: "김", phone: "01012345678", language: .ko)
        try floor.commit(nil, at: t0) { s, now in try Floor.ring(s, customer: caller, at: now) }
        try floor.commit("A01", at: t0) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        var draft = Fixture.draft()
        draft.call = "C1"
        draft.customer = nil
        try floor.commit("A01", at: t0) { s, now in try Complaints.file(s, draft, by: "A01", rules: rules, at: now) }
        #expect(floor.state.complaints["T1"]?.customer.phone == "01012345678")
        #expect(floor.state.complaints["T1"]?.call == "C1")
        draft.call = "C9"
        #expect(throws: DomainError.unknownCall("C9")) { try Complaints.file(floor.state, draft, by: "A01", rules: rules, at: t0) }
        var blank = Fixture.draft()
        blank.keyPoints = "\n "
        #expect(throws: DomainError.self) { try Complaints.file(floor.state, blank, by: "A01", rules: rules, at: t0) }
    }

    @Test func checklistStepsAreRecordedOnTheComplaint() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        try floor.commit("A01", at: t0) { s, _ in try Complaints.check(s, complaint: id, steps: [.listened, .stayedCalm]) }
        try floor.commit("A01", at: t0) { s, _ in try Complaints.check(s, complaint: id, steps: [.explained]) }
        let c = try #require(floor.state.complaints[id])
        #expect(c.checklist.listened && c.checklist.stayedCalm && c.checklist.explained && !c.checklist.gaveFeedback)
        #expect(c.checklist.doneCount == 4)  // three ticked, plus the key points recorded on filing
        #expect(c.status == .received)
    }

    @Test func recordsAndEventsRoundTripAndEarlyRecordsStillRead() throws {
        var floor = TestFloor()
        let id = try filed(&floor)
        try floor.commit("A01", at: t0) { s, now in try Complaints.accept(s, complaint: id, promisedBy: now + 3600, rules: rules, at: now) }
        let encoder = JournalCoding.encoder(), decoder = JournalCoding.decoder()
        for event in floor.events {
            #expect(try decoder.decode(Event.self, from: encoder.encode(event)) == event)
        }
        let state = try decoder.decode(LiveState.self, from: encoder.encode(floor.state))
        #expect(state == floor.state)

        let early = """
        {"category":"service-delay","customer":{"name":"王芳","phone":"139","tier":"regular"},"id":"T7",\
        "keyPoints":"late","openedAt":"2026-11-20T02:00:00.000Z","owner":"A03","severity":"high",\
        "status":"accepted","updatedAt":"2026-11-20T02:05:00.000Z"}
        """
        let old = try decoder.decode(Complaint.self, from: Data(early.utf8))
        #expect(old.id == "T7" && old.notes.isEmpty && old.reopenCount == 0 && old.checklist == HandlingChecklist())
        let changed = #"{"v":1,"seq":3,"at":"2026-11-20T03:00:00.000Z","user":"u","type":"complaint.changed","complaint":"T7","status":"escalated"}"#
        var archive = ComplaintArchive()
        archive.apply(Event(seq: 1, at: old.openedAt, agent: "A03", user: "u", body: .complaintFiled(.init(complaint: old))))
        archive.apply(try decoder.decode(Event.self, from: Data(changed.utf8)))
        #expect(archive.complaints["T7"]?.notes.last?.action == .escalate, "an event without an action reads it from the status")
    }
}
