import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

/// The call's wrap-up on the console, and the figures-protecting rules
/// around it: FCR never assumed, one wrap-up clock, keys only on what is
/// seen, questions before what cannot be undone, and a lead's instructions
/// noticed at once.
@Suite struct ConsoleWrapUpTests {
    static let lead = RosterEntry(user: "chen", agent: "9001", name: "陈主管", role: .lead)

    /// A console whose call has just ended, at `size`.
    func inWrapUp(size: Size = Size(width: 120, height: 40), language: Language = .en,
                  during: (inout ScriptFixture.Console) throws -> Void = { _ in }) throws -> ScriptFixture.Console {
        var c = ScriptFixture.Console(size: size, language: language)
        try c.takeCall()
        try during(&c)
        c.apply(try Floor.hangUp(c.live, call: c.model.callInHand!.id))
        return c
    }

    var screenText: (ScriptFixture.Console) -> String { { $0.screen.joined(separator: "\n") } }

    @Test("'Resolved on this call' starts unticked, and says why when the call cannot count")
    func resolvedStartsUnticked() throws {
        var c = try inWrapUp()
        #expect(c.model.wrapUp?.form.toggle("resolved") == false)
        #expect(c.model.wrapUp?.form["resolved"]?.hint == nil, "a plain call has nothing against it")
        c.keys(.char("7"))  // 7: silent line
        #expect(c.model.wrapUp?.disposition?.code == "silent-line")
        #expect(c.model.wrapUp?.form["resolved"]?.hint == "not first-contact: silent line")
        #expect(screenText(c).contains("[ ] Resolved on this call"))
        #expect(screenText(c).contains("not first-contact: silent line"))
    }

    @Test("a complaint filed on the call is named under the unticked box")
    func complaintFiledReason() throws {
        let rules = try ComplaintRulesFixture.rules()
        let c = try inWrapUp { c in
            let facts = NewComplaint(call: c.model.callInHand!.id, customer: c.model.callInHand!.customer, category: .serviceDelay,
                                     keyPoints: "师傅没来", promisedBy: c.clock.now().addingTimeInterval(86400))
            for body in try Complaints.file(c.live, facts, by: "1001", rules: rules, at: c.clock.now()) { c.apply(body) }
        }
        #expect(c.model.wrapUp?.form.toggle("resolved") == false)
        #expect(c.model.wrapUp?.form["resolved"]?.hint == "not first-contact: complaint filed T1")
    }

    @Test("a follow-up time typed as a date is the department's local time, as the screen shows times")
    func followUpTimeInTheDepartmentsZone() throws {
        var c = try inWrapUp()
        c.model.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        c.keys(.char("1"), .tab, .tab, .tab, .tab, .tab, .tab)
        c.type("2026-11-28 10:00")
        c.keys(.tab)
        c.type("call back as agreed")
        guard case .complete(let facts)? = c.keys(.ctrl("s")).last else { Issue.record("not completed"); return }
        #expect(facts.followUp?.dueAt == JournalCoding.parseDate("2026-11-28T02:00:00.000Z"))
    }

    @Test("'call back needed' asks when: the follow-up time is required")
    func callBackNeedsATime() throws {
        var c = try inWrapUp()
        c.keys(.char("5"))  // 5: call back needed
        #expect(c.model.wrapUp?.disposition?.callsAgain == true)
        #expect(c.keys(.ctrl("s")).isEmpty)
        #expect(c.model.wrapUp?.form["followUpWhen"]?.error == "required")
        c.keys(.tab, .tab, .tab, .tab, .tab, .tab)
        c.type("+2h")
        c.keys(.tab)
        c.type("customer in a meeting")
        guard case .complete(let facts)? = c.keys(.ctrl("s")).last else { Issue.record("not completed"); return }
        #expect(facts.disposition == "callback-needed" && facts.followUp?.dueAt == c.clock.now().addingTimeInterval(7200))
    }

    @Test("a call that ran the silent-line script starts with the silent-line code chosen")
    func silentLineScriptPresets() throws {
        let c = try inWrapUp { c in c.keys(.char("S")) }
        #expect(c.model.wrapUp?.disposition?.code == "silent-line")
        #expect(c.model.wrapUp?.form["resolved"]?.hint == "not first-contact: silent line")
    }

    @Test("the agent plans a follow-up at wrap-up: when, why and which script")
    func followUpPlanned() throws {
        var c = try inWrapUp()
        c.keys(.char("2"), .tab, .tab, .tab, .tab, .tab, .tab)  // repair booked → … → kind → follow-up time
        #expect(c.model.wrapUp?.form.fields[c.model.wrapUp!.form.focus].id == "followUpWhen")
        c.type("+1d")
        #expect(c.model.wrapUp?.form["resolved"]?.hint == "not first-contact: a follow-up is planned")
        #expect(c.keys(.ctrl("s")).isEmpty)
        #expect(c.model.wrapUp?.form["followUpWhy"]?.error == "required")
        c.keys(.tab)
        c.type("confirm the engineer's visit")
        c.keys(.tab, .right)
        let effects = c.keys(.ctrl("s"))
        guard case .complete(let facts)? = effects.last else { Issue.record("not completed: \(effects)"); return }
        #expect(facts.disposition == "repair-booked" && !facts.resolved)
        #expect(facts.followUp == WrapUpFacts.PlannedFollowUp(dueAt: c.clock.now().addingTimeInterval(86400),
                                                              purpose: "confirm the engineer's visit", script: "follow-up-repair"))
    }

    @Test("the call panel and the status bar show the same wrap-up time", arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func oneWrapUpClock(size: Size) throws {
        var c = try inWrapUp(size: size)
        c.wait(75)
        let screen = c.screen
        #expect(screen.contains { $0.contains("Wrap-up 1:15 · talk 0:00") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.last?.contains("Wrap-up 1:15") == true, "status bar: \(screen.last ?? "")")
    }

    @Test("while the terminal is too small, no key acts on the hidden console")
    func tooSmallIgnoresKeys() throws {
        var idle = ScriptFixture.Console(size: Size(width: 50, height: 14), language: .en)
        #expect(idle.keys(.char("p")).isEmpty && idle.model.overlay == nil, "no pause question on a hidden screen")
        #expect(idle.keys(.char("q")) == [.quit], "q still quits when nothing is left unfinished")
        var c = ScriptFixture.Console(size: Size(width: 50, height: 14), language: .en)
        try c.takeCall()
        #expect(c.screen.joined().contains("too small"))
        #expect(c.keys(.char("h"), .char("y")).isEmpty)
        #expect(c.model.overlay == nil)
        #expect(c.keys(.char("q")).isEmpty && !c.model.quitting, "with a caller in hand, q would ask: not on a hidden screen")
        c.apply(try Floor.hangUp(c.live, call: c.model.callInHand!.id))
        c.keys(.tab)
        let before = c.model.wrapUp
        c.keys(.char("h"), .char("l"), .right, .char("3"))
        #expect(c.model.wrapUp == before, "no hidden form field changes")
        c.keys(.resize(width: 80, height: 24), .char("3"))
        #expect(c.model.wrapUp?.disposition?.code == "order-taken", "keys act again once the console is on screen")
    }

    @Test("a lead's instruction shows at once in the status bar, as from the lead, and rings the bell")
    func leadInstructionNoticed() throws {
        for bell in [true, false] {
            var (state, now) = ConsoleFixture.floor(callers: 1)
            func apply(_ body: EventBody, by agent: String) {
                state.apply(Event(seq: state.lastSeq + 1, at: now, agent: agent, user: "t", body: body))
            }
            apply(try Floor.claimNext(state, agent: "1001", at: now), by: "1001")
            let rules = try ComplaintRulesFixture.rules()
            let facts = NewComplaint(call: "C1", category: .missedAppointment, keyPoints: "师傅没来", promisedBy: now.addingTimeInterval(86400))
            for body in try Complaints.file(state, facts, by: "1001", rules: rules, at: now) { apply(body, by: "1001") }
            apply(try Complaints.escalate(state, complaint: "T1", to: Self.lead), by: "1001")
            var model = ConsoleModel(me: ConsoleFixture.me, text: .english, live: state, now: now, size: Size(width: 120, height: 40),
                                     codes: ConsoleFixture.codes, roster: Roster(entries: [ConsoleFixture.me, Self.lead]), bell: bell)
            #expect(!model.update(.floor(state, at: now)).contains(.bell) && model.leadNotice == nil, "nothing from a lead yet")
            now = now.addingTimeInterval(30)
            apply(try Complaints.instruct(state, complaint: "T1", lead: Self.lead, text: "Apologise and book Saturday"), by: "9001")
            #expect(model.update(.floor(state, at: now)) == (bell ? [.bell] : []))
            let notice = "Lead 陈主管 instructs on T1: Apologise and book Saturday"
            #expect(model.leadNotice == notice)
            #expect(ConsoleView(model: model).render().buffer.lines().last?.contains(notice) == true)
            #expect(model.update(.floor(state, at: now)).isEmpty, "the same instruction rings once")
            _ = model.update(.key(.char("4")))
            #expect(model.leadNotice == nil, "read on the complaint panel")
        }
    }
}

/// A paused agent's reason is a code; the wall shows its label.
@Suite struct WallboardPauseReasonTests {
    @Test("the wall shows a pause reason's label in the wall's language, not its code", arguments: [(Language.en, "Training"), (.zh, "培训")])
    func label(language: Language, label: String) throws {
        var j = WallboardFixture.Journal()
        let start = WallboardFixture.start
        let agent = WallboardFixture.roster.entries[0]
        j.add(try Floor.pause(j.state, agent: agent, reason: "training", codes: ConsoleFixture.codes.pauseReasons), at: start, agent: agent.agent)
        var model = WallboardModel(text: .forLanguage(language), privacy: .masked, config: WallboardFixture.config, events: j.events,
                                   live: j.state, now: start.addingTimeInterval(60), size: Size(width: 200, height: 50),
                                   roster: WallboardFixture.roster)
        #expect(!WallboardView(model: model).render().lines().joined().contains(" · \(label)"), "without the codes, the code shows")
        model.pauseReasons = ConsoleFixture.codes.pauseReasons
        #expect(WallboardView(model: model).render().lines().joined().contains(" · \(label)"))
    }
}

/// The runner carries the lead's notice to the terminal: one bell per new
/// instruction, none with the bell turned off.
@Suite struct ConsoleBellTests {
    @Test("a lead's instruction written by another process rings the agent's terminal once", arguments: [true, false])
    func bell(on: Bool) throws {
        let clock = ManualClock(ConsoleFixture.start)
        let floor = MemoryFloor(clock: clock)
        let lead = ConsoleWrapUpTests.lead
        let rules = try ComplaintRulesFixture.rules()
        try floor.commit(agent: nil) { s, now in [try Floor.ring(s, customer: Customer(name: "张伟", phone: "13800000001"), at: now)] }
        try floor.commit(agent: "1001") { s, now in [try Floor.claimNext(s, agent: "1001", at: now)] }
        try floor.commit(agent: "1001") { s, now in
            try Complaints.file(s, NewComplaint(call: "C1", category: .missedAppointment, keyPoints: "师傅没来",
                                                promisedBy: now.addingTimeInterval(86400)), by: "1001", rules: rules, at: now)
        }
        try floor.commit(agent: "1001") { s, _ in [try Complaints.escalate(s, complaint: "T1", to: lead)] }
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let console = ConsoleRunner(terminal: terminal, store: floor, me: ConsoleFixture.me, text: .english,
                                    rules: rules, codes: ConsoleFixture.codes, roster: Roster(entries: [ConsoleFixture.me, lead]),
                                    bell: on, clock: floor.clock)
        console.start()
        #expect(terminal.bells == 0)
        clock.advance(by: 30)
        try floor.commit(agent: "9001") { s, _ in [try Complaints.instruct(s, complaint: "T1", lead: lead, text: "先致歉")] }
        console.handle(.readable(0))
        console.handle(.readable(0))
        #expect(terminal.bells == (on ? 1 : 0))
        #expect(console.model.leadNotice == "Lead 陈主管 instructs on T1: 先致歉")
    }
}
