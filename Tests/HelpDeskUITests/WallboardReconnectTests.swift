import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import TermRender
import Testing

/// The wall says when the floor cannot be read, and stops saying it once the
/// floor answers again, even when nothing on the floor changed meanwhile.
@Suite("Wallboard: the floor goes away and comes back")
struct WallboardReconnectTests {
    @Test func theFailureLeavesTheWallOnTheFirstTickAfterTheFloorIsBack() throws {
        let floor = MemoryFloor(clock: ManualClock(ConsoleFixture.start))
        let terminal = MemoryTerminal(size: Size(width: 120, height: 30))
        let wall = try WallboardRunner(terminal: terminal, store: floor, text: .forLanguage(.en), privacy: .masked,
                                       config: WallboardFixture.config, clock: floor.clock)
        floor.unreachable = true
        wall.handle(.readable(-1))
        wall.handle(.timeout)
        #expect(wall.model.failure == "the memory floor's server is gone")
        wall.draw()
        #expect(terminal.screen.lines().last?.contains("the memory floor's server is gone") == true)

        floor.unreachable = false
        wall.handle(.timeout)
        #expect(wall.model.failure == nil)
        wall.draw()
        #expect(terminal.screen.lines().last?.contains("server is gone") == false)
    }
}
