import Foundation
import HelpDeskCore
import HelpDeskLog
@testable import HelpDeskUI
import TermRender
import Testing

/// The console keeps drafts through the store protocol, so a floor that is
/// not a data directory keeps them too (it once asked for the directory
/// store by type and dropped them silently on any other).
@Suite("Console drafts through FloorStore")
struct ConsoleDraftTests {
    private func runner(on floor: MemoryFloor) throws -> ConsoleRunner {
        ConsoleRunner(terminal: MemoryTerminal(size: Size(width: 120, height: 40)), store: floor,
                      me: ConsoleFixture.me, text: .forLanguage(.en), rules: try ComplaintRulesFixture.rules(), codes: ConsoleFixture.codes,
                      clock: floor.clock)
    }

    @Test func aDraftLeftInTheStoreReopensAndEditsAreSavedBack() throws {
        let floor = MemoryFloor(clock: ManualClock(ConsoleFixture.start))
        let left = ComplaintDraft(call: nil, customer: Customer(name: "张伟", phone: "13800000001"), product: "冰箱")
        try floor.saveDraft(try JournalCoding.encoder().encode(left), agent: ConsoleFixture.me.agent)

        let console = try runner(on: floor)
        console.start()
        #expect(console.model.complaint?.draft.product == "冰箱")

        for key in [Key.tab, .tab, .char("柜")] { console.handle(.key(key)) }
        let saved = try #require(try floor.loadDraft(agent: ConsoleFixture.me.agent))
        let reread = try JournalCoding.decoder().decode(ComplaintDraft.self, from: saved)
        #expect(reread.product == "冰箱柜", "the edit reached the store")
    }
}

/// A warning logged after start-up reaches the agent on screen.
@Suite struct ConsoleWarningTests {
    @Test func aWarningLoggedAfterStartShowsInTheStatusBarOnce() throws {
        let floor = MemoryFloor(clock: ManualClock(ConsoleFixture.start))
        let board = NoticeBoard()
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let console = ConsoleRunner(terminal: terminal, store: floor, me: ConsoleFixture.me, text: .forLanguage(.en),
                                    rules: try ComplaintRulesFixture.rules(), codes: ConsoleFixture.codes, clock: floor.clock, notices: board)
        console.start()
        console.handle(.timeout)
        #expect(console.model.message == nil)
        board.post("compaction postponed: No space left on device")
        console.handle(.timeout)
        console.draw()
        let bar = terminal.screen.lines().last ?? ""
        #expect(bar.contains("⚠ compaction postponed: No space left on device"), "\(bar)")
        console.handle(.key(.char("?")))
        console.handle(.timeout)
        #expect(console.model.message == nil, "shown once, then gone like any message")
    }
}

/// Filing a complaint from the console: the reason for a promise past the
/// SLA reaches the journal, and a filing the floor refuses loses nothing.
@Suite struct ConsoleComplaintFilingTests {
    /// A console on an in-memory floor with a caller in hand, the complaint
    /// form open at its key points.
    private func console(rules: ComplaintRules, terminal: MemoryTerminal) throws -> (ConsoleRunner, MemoryFloor) {
        let floor = MemoryFloor(clock: ManualClock(ConsoleFixture.start))
        try floor.commit(agent: nil) { s, now in [try Floor.ring(s, customer: Customer(name: "张伟", phone: "13800000001"), at: now)] }
        try floor.commit(agent: "1001") { s, now in [try Floor.claimNext(s, agent: "1001", at: now)] }
        let console = ConsoleRunner(terminal: terminal, store: floor, me: ConsoleFixture.me, text: .english, rules: rules,
                                    codes: ConsoleFixture.codes, clock: floor.clock)
        console.start()
        for key in [Key.char("c"), .tab, .tab, .tab] { console.handle(.key(key)) }
        return (console, floor)
    }

    private func type(_ text: String, into console: ConsoleRunner) {
        for character in text { console.handle(.key(.char(character))) }
    }

    @Test func theReasonForAPromisePastTheSLAIsAskedOnScreenAndJournaled() throws {
        let rules = try ComplaintRulesFixture.rules()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let (console, floor) = try console(rules: rules, terminal: terminal)
        type("师傅没来", into: console)
        for key in [Key.tab, .tab] { console.handle(.key(key)) }
        type("+30d", into: console)
        console.handle(.key(.ctrl("s")))
        console.draw()
        let screen = terminal.screen.lines().joined(separator: "\n")
        #expect(screen.contains("Reason, if past the SLA"), "\(screen)")
        let due = LocalTime.minute(rules.resolutionDue(.other, .normal, from: ConsoleFixture.start), in: rules.calendar.timeZone)
        #expect(screen.contains("✗ after SLA due \(due): say why"), "the whole error fits 80 columns:\n\(screen)")
        #expect(floor.state.complaints.isEmpty)

        console.handle(.key(.tab))
        type("part from the factory", into: console)
        console.handle(.key(.ctrl("s")))
        let filed = try #require(floor.state.complaints["T1"])
        #expect(filed.status == .accepted)
        #expect(filed.notes.last?.text?.hasSuffix(": part from the factory") == true, "\(filed.notes)")
        #expect(try floor.loadDraft(agent: ConsoleFixture.me.agent) == nil, "the draft goes once filed")
    }

    @Test func aFilingTheFloorRefusesBringsTheFormBackWithItsDraft() throws {
        var rules = try ComplaintRulesFixture.rules()
        // A department whose steps.json makes accepting wait for "listened", left unticked: the floor refuses the filing.
        rules.handling = try JSONDecoder().decode(HandlingRules.self, from: Data(#"{"accept": ["listened", "toldHowLong"]}"#.utf8))
        let (console, floor) = try console(rules: rules, terminal: MemoryTerminal(size: Size(width: 80, height: 24)))
        type("师傅没来", into: console)
        for key in [Key.tab, .tab] { console.handle(.key(key)) }
        type("+2h", into: console)
        console.handle(.key(.ctrl("s")))
        #expect(floor.state.complaints.isEmpty)
        #expect(console.model.complaint?.draft.keyPoints == "师傅没来", "the form is back as it was")
        #expect(console.model.panel == .complaint)
        #expect(console.model.message?.isError == true)
        let kept = try #require(try floor.loadDraft(agent: ConsoleFixture.me.agent))
        #expect(try JournalCoding.decoder().decode(ComplaintDraft.self, from: kept).keyPoints == "师傅没来")
    }

    @Test func theFormOffersTheCausesTheDepartmentConfiguresInItsOrderAndWords() throws {
        var rules = try ComplaintRulesFixture.rules()
        let kept: [ComplaintCategory] = [.slowResponse, .missedAppointment, .other]
        rules.categories = ComplaintCategoryList(entries: kept.compactMap { c in rules.categories.entries.first { $0.category == c } })
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let (console, floor) = try console(rules: rules, terminal: terminal)
        guard case .choice(let options, let selected)? = console.model.complaint?.form["category"]?.kind else {
            Issue.record("no category choice"); return
        }
        #expect(options == kept.map { rules.categories.label($0, in: .en) })
        #expect(options[selected] == rules.categories.label(.other, in: .en), "a new form starts on 'other'")
        for key in [Key.backTab, .backTab, .backTab, .left, .left] { console.handle(.key(key)) }
        console.draw()
        #expect(terminal.screen.lines().contains { $0.contains("◂ \(rules.categories.label(.slowResponse, in: .en)) ▸") })
        for key in [Key.tab, .tab, .tab] { console.handle(.key(key)) }
        type("师傅没来", into: console)
        for key in [Key.tab, .tab] { console.handle(.key(key)) }
        type("+2h", into: console)
        console.handle(.key(.ctrl("s")))
        #expect(floor.state.complaints["T1"]?.category == .slowResponse)
    }
}
