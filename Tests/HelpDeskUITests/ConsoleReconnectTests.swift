import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import TermRender
import Testing

/// When the floor's server goes away the console says so and keeps saying
/// so, keeps what the agent types, and once the floor answers again says it
/// is back and saves the draft the outage kept from the store.
@Suite("Console: the floor goes away and comes back")
struct ConsoleReconnectTests {
    @Test func theOutageIsShownUntilTheFloorIsBackThenReconnectedAndTheDraftIsSaved() throws {
        let floor = MemoryFloor(clock: ManualClock(ConsoleFixture.start))
        let left = ComplaintDraft(call: nil, customer: Customer(name: "张伟", phone: "13800000001"), product: "冰箱")
        try floor.saveDraft(try JournalCoding.encoder().encode(left), agent: ConsoleFixture.me.agent)
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let console = ConsoleRunner(terminal: terminal, store: floor, me: ConsoleFixture.me, text: .forLanguage(.en),
                                    rules: try ComplaintRulesFixture.rules(), codes: ConsoleFixture.codes, clock: floor.clock)
        console.start()
        func bar() -> String {
            console.draw()
            return terminal.screen.lines().last ?? ""
        }

        floor.unreachable = true
        for key in [Key.tab, .tab, .char("柜")] { console.handle(.key(key)) }
        #expect(bar().contains("Server lost — retrying; typing kept"), "\(bar())")
        #expect(console.model.complaint?.draft.product == "冰箱柜", "the typing is kept on screen")
        console.handle(.timeout)
        console.handle(.key(.char("箱")))
        #expect(bar().contains("Server lost — retrying"), "still said after a key cleared the message: \(bar())")

        floor.unreachable = false
        console.handle(.timeout)
        #expect(bar().contains("Reconnected to the server"), "\(bar())")
        #expect(console.model.outage == nil)
        let saved = try #require(try floor.loadDraft(agent: ConsoleFixture.me.agent))
        #expect(try JournalCoding.decoder().decode(ComplaintDraft.self, from: saved).product == "冰箱柜箱",
                "the draft typed during the outage reached the store once it was back")
    }
}
