import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

@Suite struct WallboardViewTests {
    @Test(arguments: [(80, 24, Language.zh), (80, 24, .ko), (200, 50, .zh), (200, 50, .ko), (200, 50, .en)])
    func todayMatchesItsSnapshot(width: Int, height: Int, language: Language) throws {
        let model = WallboardFixture.model(size: Size(width: width, height: height), language: language)
        try assertSnapshot(WallboardView(model: model).render(), named: "wallboard-\(width)x\(height)-\(language.rawValue)")
    }

    @Test(arguments: [(80, 24), (200, 50)])
    func perQueueMatchesItsSnapshot(width: Int, height: Int) throws {
        let model = WallboardFixture.model(size: Size(width: width, height: height), language: .en, screen: .queues)
        try assertSnapshot(WallboardView(model: model).render(), named: "wallboard-queues-\(width)x\(height)-en")
    }

    @Test(arguments: [(80, 24, Language.zh), (200, 50, .en), (200, 50, .ko)])
    func perTeamMatchesItsSnapshot(width: Int, height: Int, language: Language) throws {
        let model = WallboardFixture.model(size: Size(width: width, height: height), language: language, screen: .teams)
        try assertSnapshot(WallboardView(model: model).render(), named: "wallboard-teams-\(width)x\(height)-\(language.rawValue)")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 50), Size(width: 120, height: 40)])
    func noFullCallerNameOrPhoneReachesTheScreen(size: Size) {
        for screen in WallboardModel.Screen.allCases {
            let text = WallboardView(model: WallboardFixture.model(size: size, screen: screen)).render().lines().joined(separator: "\n")
            for caller in WallboardFixture.callers {
                #expect(!text.contains(caller.name), "\(caller.name) on \(screen)")
                #expect(!text.contains(caller.phone), "\(caller.phone) on \(screen)")
            }
        }
        let masked = WallboardView(model: WallboardFixture.model(size: size)).render().lines().joined()
        #expect(masked.contains("欧阳**") && masked.contains("이**"))
    }

    @Test func unmaskedShowsCallersAndSaysSoInTheTitle() {
        let model = WallboardFixture.model(size: Size(width: 200, height: 50), language: .en, privacy: .unmasked)
        let lines = WallboardView(model: model).render().lines()
        #expect(lines.joined().contains("欧阳秀英"))
        #expect(lines[0].contains("! NAMES SHOWN"))
    }

    @Test(arguments: [Language.zh, .ko, .en])
    func theTitleKeepsThePeriodAndTheClockOnANarrowScreen(language: Language) {
        for privacy in [CallerPrivacy.masked, .unmasked] {
            let model = WallboardFixture.model(size: Size(width: 80, height: 24), language: language, privacy: privacy, screen: .hour)
            let title = WallboardView(model: model).render().lines()[0]
            #expect(title.contains("01:00–02:00") && title.contains("01:03:00"), "\(title)")
            #expect(title.contains("!") == (privacy == .unmasked), "an unmasked wall says so: \(title)")
        }
    }

    @Test func alertsCarryAMarkerThatSurvivesMonochrome() {
        let model = WallboardFixture.model(size: Size(width: 80, height: 24), language: .en)
        let status = WallboardView(model: model).render().lines().last ?? ""
        #expect(status.contains("! SL below target 50.0% < 80%"))
        #expect(status.contains("! 2 waiting past 0:20"))
        #expect(status.contains("! 1 complaints overdue"))
    }

    @Test func bigDigitsOnlyOnALargeTerminal() {
        let big = WallboardView(model: WallboardFixture.model(size: Size(width: 200, height: 50))).render().lines()
        let compact = WallboardView(model: WallboardFixture.model(size: Size(width: 80, height: 24))).render().lines()
        // The headline rows hold the digits; the compact layout has no headline
        // (its only block characters are the complaint bars further down).
        #expect(big[2...6].allSatisfy { $0.contains("██") })
        #expect(!compact[1...8].contains { $0.contains("█") })
        #expect(WallboardLayout(size: Size(width: 80, height: 24), screen: .today).headline == nil)
    }

    @Test func aTerminalBelowTheMinimumSaysSo() {
        let text = WallboardView(model: WallboardFixture.model(size: Size(width: 50, height: 12), language: .en)).render()
            .lines().joined()
        #expect(text.contains("60x16") && text.contains("50x12"))
    }

    @Test func hostileNamesAreDrawnAsPrintableText() {
        var (_, live, now) = WallboardFixture.floor()
        let evil = Customer(name: "\u{1B}]0;pwned\u{07}\u{1B}[2JEvil", phone: "1\u{1B}[31m")
        let ring = Event(seq: live.lastSeq + 1, at: now, agent: nil, user: "t", body: try! Floor.ring(live, customer: evil, at: now))
        live.apply(ring)
        var model = WallboardFixture.model(size: Size(width: 200, height: 50), privacy: .unmasked)
        model.update(.floor([ring], live: live, at: now.addingTimeInterval(1)))
        let buffer = WallboardView(model: model).render()
        #expect(buffer.lines().joined().contains("Evil"))
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                #expect(!buffer[x, y].symbol.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            }
        }
    }
}
