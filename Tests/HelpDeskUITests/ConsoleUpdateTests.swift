import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

/// The console's behaviour as keys arrive, with the floor moved by the
/// domain's own decisions the way the runner's store would move it.
@Suite struct ConsoleUpdateTests {
    struct Floor80 {
        var model = ConsoleFixture.model(size: Size(width: 80, height: 24), language: .en)
        var live: LiveState
        var now: Date

        init() {
            (live, now) = ConsoleFixture.floor()
            model = ConsoleModel(me: ConsoleFixture.me, text: .english, live: live, now: now, size: Size(width: 80, height: 24), codes: ConsoleFixture.codes)
        }

        mutating func apply(_ body: EventBody, agent: String? = "1001") {
            live.apply(Event(seq: live.lastSeq + 1, at: now, agent: agent, user: "t", body: body))
            _ = model.update(.floor(live, at: now))
        }

        mutating func keys(_ keys: [Key]) -> [ConsoleEffect] {
            keys.flatMap { model.update(.key($0)) }
        }

        mutating func type(_ text: String) -> [ConsoleEffect] {
            keys(text.map { Key.char($0) })
        }
    }

    @Test func nTakesTheNextCallerAndAWrapUpFormOpensWhenTheTalkEnds() throws {
        var f = Floor80()
        #expect(f.keys([.char("n")]) == [.claimNext])
        f.apply(try Floor.claimNext(f.live, agent: "1001", at: f.now))
        let call = try #require(f.model.callInHand)
        #expect(call.customer.name == "欧阳秀英")
        #expect(f.model.historyPhone == call.customer.phone)
        #expect(f.keys([.char("n")]).isEmpty, "a second caller is not taken while one is in hand")
        #expect(f.keys([.char("h")]).isEmpty, "hanging up asks first")
        #expect(f.model.overlay == .confirm(.hangUp(call: call.id)))
        #expect(f.keys([.escape]).isEmpty && f.model.overlay == nil && f.model.callInHand?.state == .talking)
        #expect(f.keys([.char("h"), .char("y")]) == [.hangUp(call: call.id)])
        f.apply(try Floor.hangUp(f.live, call: call.id))
        #expect(f.model.wrapUp?.call == call.id)
        #expect(f.model.panel == .call)
    }

    @Test func wrapUpNeedsADispositionThenCompletesWithCategoryNotesAndSatisfaction() throws {
        var f = Floor80()
        f.apply(try Floor.claimNext(f.live, agent: "1001", at: f.now))
        let id = try #require(f.model.callInHand?.id)
        f.apply(try Floor.hangUp(f.live, call: id))
        #expect(f.keys([.ctrl("s")]).isEmpty)
        #expect(f.model.wrapUp?.form["disposition"]?.error == "required")
        // disposition by its digit (2: repair booked); category as the call had it; notes in Chinese; satisfaction 4.
        _ = f.keys([.char("2"), .tab, .tab])
        _ = f.type("客户要求周六上门")
        _ = f.keys([.tab, .tab, .char("4")])
        let category = try #require(f.live.calls[id]?.category)
        #expect(category == .complaint && f.model.wrapUp?.kind == .opinion, "a complaint call starts on an opinion (seed 001's 意见)")
        // What the customer brought: 3 is a suggestion.
        _ = f.keys([.tab, .char("3")])
        let effects = f.keys([.ctrl("s")])
        #expect(effects == [.complete(WrapUpFacts(call: id, category: category, disposition: "repair-booked", notes: "客户要求周六上门",
                                                  resolved: false, satisfaction: .score(4), kind: .suggestion))])
    }

    @Test func theComplaintFormKeepsADraftOnEveryEditAndChecksThePromise() throws {
        var f = Floor80()
        f.apply(try Floor.claimNext(f.live, agent: "1001", at: f.now))
        #expect(f.keys([.char("c")]).isEmpty)
        #expect(f.model.panel == .complaint)
        _ = f.keys([.tab, .tab, .tab])  // category, severity, product → key points
        let typed = f.type("师傅没来")
        #expect(typed.count == 4)
        guard case .saveDraft(let draft?) = typed.last else { Issue.record("no draft saved"); return }
        #expect(draft.keyPoints == "师傅没来")
        #expect(f.keys([.ctrl("s")]).isEmpty, "no promised time yet")
        #expect(f.model.complaint?.form["promised"]?.error == "required")
        _ = f.keys([.tab, .tab])
        _ = f.type("+2d")
        let effects = f.keys([.ctrl("s")])
        #expect(effects.count == 1, "the runner removes the draft once the complaint is filed")
        guard case .fileComplaint(let filed, let promised) = effects.first else { Issue.record("not filed"); return }
        #expect(filed.keyPoints == "师傅没来")
        #expect(promised == f.now.addingTimeInterval(2 * 86400))
        #expect(f.model.complaint == nil)
    }

    /// Seed 003: tell the customer how long the fix takes. A promise past the
    /// SLA's resolution due time is filed only with the reason stated on the
    /// form (what `Complaints.file` would otherwise refuse).
    @Test func aPromisePastTheSLAAsksForTheReasonOnTheForm() throws {
        var f = Floor80()
        let rules = try ComplaintRulesFixture.rules()
        f.model.complaintRules = rules
        f.model.timeZone = rules.calendar.timeZone
        f.apply(try Floor.claimNext(f.live, agent: "1001", at: f.now))
        _ = f.keys([.char("c"), .tab, .tab, .tab])
        _ = f.type("师傅没来")
        _ = f.keys([.tab, .tab])
        _ = f.type("+30d")
        #expect(f.keys([.ctrl("s")]).isEmpty, "no reason given for a promise a month away")
        let due = rules.resolutionDue(.other, .normal, from: f.now)
        let error = try #require(f.model.complaint?.form["promiseReason"]?.error)
        #expect(error == "after SLA due \(LocalTime.minute(due, in: rules.calendar.timeZone)): say why")
        #expect(f.model.complaint?.form["promised"]?.error == nil)

        _ = f.keys([.tab])
        _ = f.type("配件需从厂家调货")
        let effects = f.keys([.ctrl("s")])
        guard case .fileComplaint(let filed, let promised) = effects.first else { Issue.record("not filed: \(effects)"); return }
        #expect(filed.promiseReason == "配件需从厂家调货")
        #expect(promised > due)
    }

    @Test func aPromiseWithinTheSLANeedsNoReason() throws {
        var f = Floor80()
        f.model.complaintRules = try ComplaintRulesFixture.rules()
        f.apply(try Floor.claimNext(f.live, agent: "1001", at: f.now))
        _ = f.keys([.char("c"), .tab, .tab, .tab])
        _ = f.type("师傅没来")
        _ = f.keys([.tab, .tab])
        _ = f.type("+2h")
        guard case .fileComplaint(let filed, _) = f.keys([.ctrl("s")]).first else { Issue.record("not filed"); return }
        #expect(filed.promiseReason == "")
    }

    @Test func quittingAsksFirstWhileACallIsOpen() throws {
        var f = Floor80()
        #expect(f.keys([.char("q")]) == [.quit])
        var g = Floor80()
        g.apply(try Floor.claimNext(g.live, agent: "1001", at: g.now))
        #expect(g.keys([.char("q")]).isEmpty)
        #expect(g.model.overlay == .confirm(.quit))
        #expect(g.keys([.char("n")]).isEmpty)
        #expect(g.model.overlay == nil && !g.model.quitting)
        _ = g.keys([.char("q")])
        #expect(g.keys([.char("y")]) == [.quit])
    }

    @Test func aPauseTakesAConfiguredReasonByItsDigitAndOptionalWordsInAnyScript() {
        var f = Floor80()
        _ = f.keys([.char("p")])
        #expect(f.keys([.enter]).isEmpty, "a pause needs a reason")
        guard case .pause(let asked)? = f.model.overlay else { Issue.record("the pause question closed"); return }
        #expect(asked["reason"]?.error == "required")
        _ = f.keys([.char("3"), .tab])
        _ = f.type("신제품 교육")
        #expect(f.keys([.enter]) == [.pause(reason: "training", note: "신제품 교육")])
        _ = f.keys([.char("p"), .right, .right])
        #expect(f.keys([.enter]) == [.pause(reason: "lunch", note: nil)], "the arrows choose too")
    }

    @Test func promisedTimesParseAbsoluteAndRelativeForms() throws {
        let now = try #require(JournalCoding.parseDate("2026-11-27T08:00:00.000Z"))
        let utc = TimeZone(identifier: "UTC")!
        #expect(PromiseTime.parse("+90m", now: now) == now.addingTimeInterval(5400))
        #expect(PromiseTime.parse("+30s", now: now) == now.addingTimeInterval(30))
        #expect(PromiseTime.parse("2026-11-28 18:30", now: now, timeZone: utc) == JournalCoding.parseDate("2026-11-28T18:30:00Z"))
        #expect(PromiseTime.parse("2026-02-30 10:00", now: now, timeZone: utc) == nil)
        #expect(PromiseTime.parse("tomorrow", now: now) == nil)
    }

    @Test func promisedTimesTheJournalCannotHoldAreRefused() throws {
        let now = try #require(JournalCoding.parseDate("2026-11-27T08:00:00.000Z"))
        let utc = TimeZone(identifier: "UTC")!
        #expect(PromiseTime.parse("+999999999999d", now: now) == nil)
        #expect(PromiseTime.parse("+inf", now: now) == nil)
        #expect(PromiseTime.parse("+1e300h", now: now) == nil)
        #expect(PromiseTime.parse("9999-12-31 23:59", now: now, timeZone: utc) == JournalCoding.parseDate("9999-12-31T23:59:00Z"))
    }

    @Test func aClickOnATabOrAQueueRowSelectsIt() {
        var f = Floor80()
        _ = f.keys([.mouseClick(x: 16, y: 1)])
        #expect(f.model.panel == .call)
        _ = f.keys([.mouseClick(x: 3, y: 1), .mouseClick(x: 10, y: 6)])
        #expect(f.model.panel == .queue)
        #expect(f.model.queueSelection == 2, "row 3 of the queue is on screen row 6")
    }

    @Test func theChecklistIsTickedOnTheFormAndF8DiscardsIt() throws {
        var f = Floor80()
        f.apply(try Floor.claimNext(f.live, agent: "1001", at: f.now))
        _ = f.keys([.char("c")])
        _ = f.keys(Array(repeating: Key.tab, count: 7))  // past the seven fields to "listened"
        let ticked = f.keys([.char(" ")])
        guard case .saveDraft(let draft?) = ticked.last else { Issue.record("no draft saved"); return }
        #expect(draft.checklist?.listened == true)
        #expect(draft.checklist?.stayedCalm == false)
        #expect(f.keys([.function(8)]).isEmpty, "a filled form is discarded only after asking")
        #expect(f.model.overlay == .confirm(.discardComplaint))
        #expect(f.keys([.char("n")]).isEmpty && f.model.complaint != nil)
        #expect(f.keys([.function(8), .char("y")]) == [.saveDraft(nil)])
        #expect(f.model.complaint == nil)
        _ = f.keys([.char("c")])
        #expect(f.keys([.function(8)]) == [.saveDraft(nil)], "a blank form goes at once: nothing is lost")
    }

    @Test func onlyALeadMarksTheCallerAsVIP() throws {
        var f = Floor80()
        f.apply(try Floor.claimNext(f.live, agent: "1001", at: f.now))
        #expect(f.keys([.char("*")]).isEmpty, "an agent cannot")
        var lead = Floor80()
        lead.model.me = RosterEntry(user: "chen", agent: "1001", name: "陈主管", role: .lead)
        lead.apply(try Floor.claimNext(lead.live, agent: "1001", at: lead.now))
        let caller = try #require(lead.model.callInHand)
        guard case .updateCustomer(let marked, let call)? = lead.keys([.char("*")]).first else {
            Issue.record("no update"); return
        }
        #expect(call == caller.id)
        #expect(caller.customer.tier == .keyAccount)
        #expect(marked.tier == .regular, "the key cycles regular → VIP → key account → regular")
    }
}
