import ColumnWidth
import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

@Suite struct ConsoleViewTests {
    @Test(arguments: [(80, 24, Language.zh), (200, 60, .zh), (80, 24, .ko), (200, 60, .en)])
    func theQueueScreenMatchesItsSnapshot(width: Int, height: Int, language: Language) throws {
        let model = ConsoleFixture.model(size: Size(width: width, height: height), language: language)
        try assertSnapshot(ConsoleView(model: model).render().buffer, named: "queue-\(width)x\(height)-\(language.rawValue)")
    }

    @Test func cjkNamesLineUpInTheWaitColumn() {
        let model = ConsoleFixture.model(size: Size(width: 80, height: 24))
        let lines = ConsoleView(model: model).render().buffer.lines()
        let rows = lines.filter { $0.contains("13800000001") || $0.contains("张伟") || $0.contains("김민준") || $0.contains("Emma") }
        #expect(rows.count == 3)
        let waitColumns = rows.map { row -> Int in
            let prefix = row[..<row.range(of: ":", options: .backwards)!.lowerBound]
            return displayWidth(prefix)
        }
        #expect(Set(waitColumns).count == 1, "wait times start at the same column: \(waitColumns)")
    }

    @Test func aTerminalBelowTheMinimumSaysSo() {
        let model = ConsoleFixture.model(size: Size(width: 40, height: 10))
        let text = ConsoleView(model: model).render().buffer.lines().joined()
        #expect(text.contains("60x16"))
        #expect(text.contains("40x10"))
    }

    @Test func hostileNamesAreDrawnAsPrintableText() throws {
        var (state, now) = ConsoleFixture.floor(callers: 0)
        let evil = Customer(name: "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J", phone: "1")
        state.apply(Event(seq: state.lastSeq + 1, at: now, agent: nil, user: "t",
                          body: try Floor.ring(state, customer: evil, at: now)))
        now = now.addingTimeInterval(1)
        let model = ConsoleModel(me: ConsoleFixture.me, text: .english, live: state, now: now, size: Size(width: 80, height: 24), codes: ConsoleFixture.codes)
        let buffer = ConsoleView(model: model).render().buffer
        for cell in buffer.cells {
            #expect(!cell.symbol.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        #expect(buffer.lines().joined().contains("Evil"))
    }

    @Test func waitsPastTheThresholdAreMarkedWithoutColourToo() {
        let model = ConsoleFixture.model(size: Size(width: 80, height: 24))
        let lines = ConsoleView(model: model).render().buffer.lines()
        // The first caller has waited 38 s (> 20 s): "0:38!"; the last 17 s (≥ 15 s): "0:17·".
        #expect(lines.contains { $0.contains("0:38!") })
        #expect(lines.contains { $0.contains("0:17·") })
    }

    /// A callback due since yesterday (a follow-up the floor did not reach)
    /// keeps its whole wait and marker in the 80-column queue: whole hours
    /// from 10 h, days from 100 h, and the wait counts from its due time.
    @Test func longWaitsFitTheWaitColumnWithTheirMarker() throws {
        var (state, now) = ConsoleFixture.floor(callers: 1)
        let customer = Customer(name: "Kim", phone: "01000000009")
        let due = now.addingTimeInterval(-(43 * 3600 + 25 * 60))
        state.apply(Event(seq: state.lastSeq + 1, at: due.addingTimeInterval(-7 * 86400), agent: "1001", user: "t",
                          body: try FollowUps.schedule(state, customer: customer, dueAt: due, purpose: "check", at: due.addingTimeInterval(-7 * 86400))))
        for body in FollowUps.fallingDue(state, at: now) {
            state.apply(Event(seq: state.lastSeq + 1, at: now, agent: nil, user: "t", body: body))
        }
        let model = ConsoleModel(me: ConsoleFixture.me, text: .english, live: state, now: now, size: Size(width: 80, height: 24),
                                 codes: ConsoleFixture.codes)
        let row = try #require(ConsoleView(model: model).render().buffer.lines().first { $0.contains("Kim") })
        #expect(row.contains(" 43 h!"), "\(row)")
        #expect(clockText(9 * 3600 + 59 * 60 + 59) == "9:59:59")
        #expect(clockText(99 * 3600 + 3599) == "99 h")
        #expect(clockText(100 * 3600) == "4 d")
    }
}
