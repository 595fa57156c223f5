import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

@Suite struct WallboardUpdateTests {
    func model() -> WallboardModel { WallboardFixture.model(size: Size(width: 80, height: 24), language: .en) }

    @Test func keysOnlySwitchScreensShowHelpOrQuit() {
        var m = model()
        let before = (m.fold.lastSeq, m.live.lastSeq, m.figures.service)
        for (key, screen) in [(Key.char("2"), WallboardModel.Screen.hour), (.char("3"), .queues), (.char("4"), .teams),
                              (.char("t"), .today), (.char("h"), .hour), (.char("u"), .queues), (.char("m"), .teams),
                              (.tab, .today), (.backTab, .teams), (.backTab, .queues), (.char("1"), .today)] {
            m.update(.key(key))
            #expect(m.screen == screen, "\(key)")
        }
        for key in [Key.char("n"), .char("c"), .enter, .ctrl("s"), .char("h"), .char("1")] { m.update(.key(key)) }
        #expect(m.fold.lastSeq == before.0 && m.live.lastSeq == before.1 && m.figures.service == before.2)
        m.update(.key(.char("?")))
        #expect(m.showHelp)
        m.update(.key(.char("3")))
        #expect(!m.showHelp && m.screen == .today, "a key closes help without switching")
        m.update(.key(.char("q")))
        #expect(m.quitting)
    }

    @Test func helpListsTheKeys() {
        var m = model()
        m.update(.key(.char("?")))
        let text = WallboardView(model: m).render().lines().joined(separator: "\n")
        #expect(text.contains("read-only") && text.contains("3 / u   per queue"))
    }

    @Test func resizeChangesTheLayout() {
        var m = model()
        m.update(.key(.resize(width: 200, height: 50)))
        #expect(WallboardView(model: m).render().size == Size(width: 200, height: 50))
        #expect(WallboardView(model: m).render().lines().contains { $0.contains("██") })
    }

    @Test func aNewCallerShowsAtOnceAndAClaimTakesThemOff() throws {
        var m = model()
        var (_, live, now) = WallboardFixture.floor()
        let ring = Event(seq: live.lastSeq + 1, at: now, agent: nil, user: "t",
                         body: try Floor.ring(live, customer: Customer(name: "박지훈", surname: "박", phone: "01055556666"), at: now))
        live.apply(ring)
        m.update(.floor([ring], live: live, at: now))
        #expect(m.figures.waitingNow == 3)
        #expect(WallboardView(model: m).render().lines().joined().contains("박**"))
        let claim = Event(seq: live.lastSeq + 1, at: now, agent: "1003", user: "t",
                          body: .callClaimed(CallClaimed(call: ring.body.callID!, agent: "1003")))
        live.apply(claim)
        m.update(.floor([claim], live: live, at: now))
        #expect(m.figures.waitingNow == 2)
        #expect(m.figures.service.answered == 3)
    }

    @Test func aStoreFailureIsShownUntilTheNextRead() {
        var m = model()
        m.update(.failed("journal unreadable"))
        #expect(WallboardView(model: m).render().lines().last?.contains("! journal unreadable") == true)
        let (_, live, now) = WallboardFixture.floor()
        m.update(.floor([], live: live, at: now))
        #expect(m.failure == nil)
    }
}
