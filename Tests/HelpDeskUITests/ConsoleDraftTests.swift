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
