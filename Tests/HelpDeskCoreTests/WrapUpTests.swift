import Foundation
import Testing
@testable import HelpDeskCore
import HelpDeskSimulation

/// The wrap-up decisions: configured codes, first-contact resolution, and
/// everything a finished call brings, composed on one state.
@Suite struct WrapUpTests {
    let codes = try! ShippedResources.codes()
    let rules = Fixture.rules()
    let agent = Fixture.agent
    let t0 = Fixture.local("2026-11-30 10:00")

    /// A floor with the fixture customer's call C1 talking with agent A01.
    func talking() throws -> TestFloor {
        var floor = TestFloor()
        try floor.commit(nil, at: t0) { s, now in try Floor.ring(s, customer: Fixture.customer, reason: "冰箱不制冷", at: now) }
        try floor.commit("A01", at: t0 + 5) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        return floor
    }

    func inWrapUp() throws -> TestFloor {
        var floor = try talking()
        try floor.commit("A01", at: t0 + 120) { s, _ in try Floor.hangUp(s, call: "C1") }
        return floor
    }

    // MARK: Codes

    @Test("the shipped codes load, with labels in every language")
    func shippedCodes() throws {
        #expect(codes.dispositions["silent-line"]?.silentLine == true)
        #expect(codes.dispositions["answered"]?.silentLine == false)
        #expect(codes.pauseReasons["training"]?.label(in: .zh) == "培训")
        for code in codes.dispositions.codes + codes.pauseReasons.codes {
            #expect(Set(code.labels.keys) == Set(Language.allCases), "\(code.code)")
        }
    }

    @Test("a code list names what is wrong: a bad code, a missing label, a repeat", arguments: [
        (#"{"codes": [{"code": "Answered", "labels": {"zh-Hans": "a", "en": "a", "ko": "a"}}]}"#, "codes[0].code"),
        (#"{"codes": [{"code": "answered", "labels": {"zh-Hans": "a", "en": "a"}}]}"#, "codes[0].labels"),
        (#"{"codes": [{"code": "a", "labels": {"zh-Hans": "a", "en": "a", "ko": "a"}}, {"code": "a", "labels": {"zh-Hans": "a", "en": "a", "ko": "a"}}]}"#, "codes[1].code"),
        (#"{"codes": []}"#, "codes"),
    ])
    func badCodeLists(json: String, field: String) {
        let good = Data(#"{"codes": [{"code": "break", "labels": {"zh-Hans": "休息", "en": "Break", "ko": "휴식"}}]}"#.utf8)
        #expect(throws: ComplaintConfigError.self) { try FloorCodes.decode(dispositions: Data(json.utf8), pauseReasons: good) }
        do {
            _ = try FloorCodes.decode(dispositions: Data(json.utf8), pauseReasons: good)
        } catch {
            #expect(error.file == "dispositions.json")
            #expect(error.field == field)
        }
    }

    @Test("a pause takes a configured reason code and the agent's own words beside it")
    func pauseByCode() throws {
        var floor = TestFloor()
        let event = try floor.commit("A01", at: t0) { s, _ in
            try Floor.pause(s, agent: agent, reason: "training", note: "新品培训", codes: codes.pauseReasons)
        }
        guard case .agentStatus(let change) = event.body else { Issue.record("not a status change"); return }
        #expect(change.reason == "training")
        #expect(change.note == "新品培训")
        #expect(floor.state.agents["A01"]?.pauseReason == "training")
        #expect(throws: DomainError.self) { try Floor.pause(floor.state, agent: agent, reason: "nap", codes: codes.pauseReasons) }
    }

    // MARK: First-contact resolution

    @Test("a plain call has nothing against resolving it on first contact")
    func plainCall() throws {
        let floor = try inWrapUp()
        #expect(FirstContact.reasonsAgainst(floor.state, call: "C1", disposition: codes.dispositions["answered"]).isEmpty)
    }

    @Test("a complaint filed on the call speaks against first-contact resolution")
    func complaintFiled() throws {
        var floor = try talking()
        var facts = Fixture.draft(promisedBy: t0 + 86400)
        facts.call = "C1"
        try floor.commit("A01", at: t0 + 60) { s, now in try Complaints.file(s, facts, by: "A01", rules: rules, at: now) }
        try floor.commit("A01", at: t0 + 120) { s, _ in try Floor.hangUp(s, call: "C1") }
        let id = try #require(floor.state.complaints.values.first?.id)
        #expect(FirstContact.reasonsAgainst(floor.state, call: "C1", disposition: nil) == [.complaintFiled(id)])
    }

    @Test("a follow-up scheduled during the call, or planned at wrap-up, speaks against it")
    func followUpScheduled() throws {
        var floor = try talking()
        try floor.commit("A01", at: t0 + 60) { s, now in
            try FollowUps.schedule(s, customer: Fixture.customer, dueAt: now + 3600, purpose: "confirm the visit", at: now)
        }
        #expect(FirstContact.reasonsAgainst(floor.state, call: "C1", disposition: nil) == [.followUpScheduled("F1")])
        let fresh = try inWrapUp()
        #expect(FirstContact.reasonsAgainst(fresh.state, call: "C1", disposition: nil, plansFollowUp: true) == [.followUpScheduled(nil)])
    }

    @Test("a silent line and a transferred caller are never first-contact resolutions")
    func silentAndTransferred() throws {
        var floor = try talking()
        #expect(FirstContact.reasonsAgainst(floor.state, call: "C1", disposition: codes.dispositions["silent-line"]) == [.silentLine])
        try floor.commit("A01", at: t0 + 60) { s, now in try Floor.transfer(s, call: "C1", to: "billing", by: agent, at: now) }
        #expect(floor.state.calls["C1"] == nil)
        let moved = try #require(floor.state.calls["C2"])
        #expect(moved.queue == "billing" && moved.transferredFrom == "C1" && moved.customer.phone == Fixture.customer.phone)
        try floor.commit("A02", at: t0 + 90) { s, now in try Floor.claimNext(s, agent: "A02", at: now) }
        #expect(FirstContact.reasonsAgainst(floor.state, call: "C2", disposition: nil) == [.transferred(from: "C1")])
    }

    // MARK: Transfer and callback: who may

    @Test("only the agent who has the call, or a lead, transfers it or makes it a callback")
    func handlerOnly() throws {
        let floor = try talking()
        let other = Fixture.otherAgent
        #expect(throws: DomainError.notYourCall(call: "C1", agent: "A02")) {
            try Floor.transfer(floor.state, call: "C1", to: "billing", by: other, at: t0)
        }
        #expect(throws: DomainError.notYourCall(call: "C1", agent: "A02")) {
            try Floor.schedule(floor.state, call: "C1", dueAt: t0 + 600, by: other, at: t0)
        }
        #expect(try Floor.transfer(floor.state, call: "C1", to: "billing", by: Fixture.lead, at: t0).count == 2)
        #expect(throws: DomainError.self) { try Floor.transfer(floor.state, call: "C1", to: "main", by: agent, at: t0) }
        _ = try Floor.schedule(floor.state, call: "C1", dueAt: t0 + 600, by: agent, at: t0)
    }

    // MARK: The wrap-up

    @Test("the disposition must be a configured code")
    func unknownDisposition() throws {
        let floor = try inWrapUp()
        let facts = WrapUpFacts(call: "C1", category: .repair, disposition: "done and dusted")
        #expect(throws: DomainError.self) { try WrapUp.complete(floor.state, facts, agent: "A01", codes: codes, rules: rules, at: t0 + 150) }
    }

    @Test("a silent line cannot be recorded as resolved")
    func silentLineResolved() throws {
        let floor = try inWrapUp()
        let facts = WrapUpFacts(call: "C1", category: .inquiry, disposition: "silent-line", resolved: true)
        #expect(throws: DomainError.invalid(field: "resolved", reason: "a silent-line call resolves nothing; leave it unresolved")) {
            try WrapUp.complete(floor.state, facts, agent: "A01", codes: codes, rules: rules, at: t0 + 150)
        }
    }

    @Test("a dissatisfied answer and a planned follow-up each get their own follow-up, and the call completes last")
    func composed() throws {
        var floor = try inWrapUp()
        let plan = WrapUpFacts.PlannedFollowUp(dueAt: t0 + 86400, purpose: "确认维修上门时间", script: "follow-up-repair")
        let facts = WrapUpFacts(call: "C1", category: .repair, disposition: "repair-booked", notes: "  约明天上门 ",
                                resolved: false, satisfaction: .score(2), followUp: plan)
        let events = try floor.commit("A01", at: t0 + 150) { s, now in
            try WrapUp.complete(s, facts, agent: "A01", codes: codes, rules: rules, at: now)
        }
        #expect(events.map(\.body.type) == ["satisfaction.recorded", "followup.scheduled", "followup.scheduled", "call.completed"])
        let followUps = floor.state.followUps.values.sorted { $0.id < $1.id }
        #expect(followUps.map(\.id) == ["F1", "F2"])
        #expect(followUps.map(\.origin) == [.dissatisfied, .manual])
        #expect(followUps[1].script == "follow-up-repair" && followUps[1].sourceCall == "C1" && followUps[1].dueAt == t0 + 86400)
        guard case .callCompleted(let done) = events.last?.body else { Issue.record("no completion"); return }
        #expect(done.disposition == "repair-booked" && done.notes == "约明天上门" && !done.resolved)
        #expect(floor.state.calls["C1"] == nil)
    }

    @Test("wrapping up a follow-up call closes the follow-up with what came of it")
    func followUpCallDone() throws {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in
            try FollowUps.schedule(s, customer: Fixture.customer, dueAt: now, purpose: "is it working?", at: now)
        }
        try floor.commit(nil, at: t0 + 1) { s, now in FollowUps.fallingDue(s, at: now) }
        try floor.commit("A01", at: t0 + 2) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        try floor.commit("A01", at: t0 + 60) { s, _ in try Floor.hangUp(s, call: "C1") }
        let facts = WrapUpFacts(call: "C1", category: .communication, disposition: "answered", notes: "一切正常", resolved: true)
        let events = try floor.commit("A01", at: t0 + 90) { s, now in
            try WrapUp.complete(s, facts, agent: "A01", codes: codes, rules: rules, at: now)
        }
        #expect(events.map(\.body.type) == ["followup.closed", "call.completed"])
        guard case .followUpClosed(let closed) = events[0].body else { return }
        #expect(closed.outcome == "已解答 — 一切正常")
        #expect(floor.state.followUps.isEmpty)
    }

    @Test("'not convenient now' on a follow-up call about a complaint reschedules it to the proposed time; the feedback is still owed")
    func notConvenientReschedules() throws {
        var floor = TestFloor()
        try floor.commit("A01", at: t0) { s, now in try Complaints.file(s, Fixture.draft(promisedBy: now + 86400), by: "A01", rules: rules, at: now) }
        try floor.commit("A01", at: t0) { s, now in
            [try FollowUps.schedule(s, customer: Fixture.customer, dueAt: now, purpose: "告知维修进展", script: "follow-up-repair",
                                    complaint: "T1", at: now)]
        }
        try floor.commit(nil, at: t0 + 1) { s, now in FollowUps.fallingDue(s, at: now) }
        try floor.commit("A01", at: t0 + 2) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        try floor.commit("A01", at: t0 + 60) { s, _ in try Floor.hangUp(s, call: "C1") }

        let without = WrapUpFacts(call: "C1", category: .complaint, disposition: "callback-needed")
        #expect(throws: DomainError.invalid(field: "follow-up", reason: "callback-needed: say when the customer is to be called again (the follow-up time)")) {
            try WrapUp.complete(floor.state, without, agent: "A01", codes: codes, rules: rules, at: t0 + 90)
        }
        let later = WrapUpFacts(call: "C1", category: .complaint, disposition: "callback-needed",
                                followUp: .init(dueAt: t0 + 7200, purpose: "客户在开会，两小时后再打"))
        let events = try floor.commit("A01", at: t0 + 90) { s, now in try WrapUp.complete(s, later, agent: "A01", codes: codes, rules: rules, at: now) }
        #expect(events.map(\.body.type) == ["followup.closed", "followup.scheduled", "call.completed"])
        let again = try #require(floor.state.followUps["F2"])
        #expect(again.dueAt == t0 + 7200 && again.complaint == "T1" && again.script == "follow-up-repair" && again.purpose == "告知维修进展")
        #expect(floor.state.followUps["F1"] == nil && floor.state.openFollowUps.count == 1, "closed, and no second call planned beside it")
        #expect(floor.state.complaints["T1"]?.checklist.gaveFeedback == false, "the customer has not heard back yet")
    }

    @Test("virtual agents wrap up like people: some silent lines, some unresolved, none resolved against the rule")
    func virtualAgents() throws {
        let floor = try inWrapUp()
        let call = try #require(floor.state.calls["C1"])
        func facts(_ silent: Double, _ resolved: Double) -> WrapUpFacts {
            VirtualWrapUp.facts(for: call, in: floor.state, codes: codes, silentRoll: silent, resolvedRoll: resolved)
        }
        #expect(facts(0.01, 0.1).disposition == "silent-line" && !facts(0.01, 0.1).resolved)
        #expect(facts(0.5, 0.1).disposition == "answered" && facts(0.5, 0.1).resolved)
        #expect(!facts(0.5, 0.9).resolved)
        let kinds = [0.05, 0.12, 0.5].map { VirtualWrapUp.facts(for: call, in: floor.state, codes: codes, silentRoll: 0.5, resolvedRoll: 0.1, kindRoll: $0).kind }
        #expect(kinds == [.suggestion, .opinion, nil], "some suggestions and opinions; the rest as the domain presumes")
        for (silent, resolved) in [(0.01, 0.1), (0.5, 0.1), (0.5, 0.9)] {
            _ = try WrapUp.complete(floor.state, facts(silent, resolved), agent: "A01", codes: codes, rules: rules, at: t0 + 150)
        }
    }

    // MARK: Escalation

    @Test("an escalation goes to the lead of the agent's team, else to the first lead")
    func escalationLead() throws {
        let first = RosterEntry(user: "zhou", agent: "L1", name: "周", role: .lead, team: "一组")
        let second = RosterEntry(user: "wu", agent: "L2", name: "吴", role: .lead, team: "二组")
        let roster = Roster(entries: [agent, first, second])
        var teamed = agent
        teamed.team = "二组"
        #expect(try Complaints.escalationLead(for: teamed, roster: roster) == second)
        #expect(try Complaints.escalationLead(for: agent, roster: roster) == first)
        #expect(throws: DomainError.self) { try Complaints.escalationLead(for: agent, roster: Roster(entries: [agent])) }
    }
}
