import ColumnWidth
import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

/// The help overlay and the status bar's key hints, as a new agent meets them.
@Suite struct ConsoleHelpTests {
    private func screen(_ size: Size, _ language: Language, help: Bool = false) -> [String] {
        var model = ConsoleFixture.model(size: size, language: language)
        if help { model.overlay = .help }
        return ConsoleView(model: model).render().buffer.lines()
    }

    /// On a wide terminal the box grows with its text: no line is cut,
    /// the lead's keys included.
    @Test(arguments: [(120, 40), (200, 60)])
    func helpUsesTheScreenWidthAndCutsNothing(width: Int, height: Int) {
        let text = screen(Size(width: width, height: height), .en, help: true).joined(separator: "\n")
        for entry in ConsoleHelp.forLanguage(.en).entries {
            #expect(text.contains(entry.action), "cut: \(entry.action)")
        }
    }

    /// At 80 columns a long line wraps at a word, under its description,
    /// so every word is still there.
    @Test func helpWrapsAtAWordOnANarrowScreen() {
        let lines = screen(Size(width: 80, height: 24), .en, help: true)
        let text = lines.map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        for word in ["instruct,", "hand", "back,", "resolve"] {
            #expect(words.contains(word), "missing word \(word)")
        }
    }

    @Test func theChineseHelpIsChinese() {
        let text = screen(Size(width: 120, height: 40), .zh, help: true).joined(separator: "\n")
        #expect(text.contains("接听下一位来电"))
        for english in ["take", "next", "form", "field", "move", "choice", "back", "previous"] {
            #expect(!text.contains(english), "English in the Chinese help: \(english)")
        }
    }

    /// An idle agent at 80x24 still sees how to take a call, get help and
    /// quit, even when all the hints do not fit beside the queue figures.
    @Test(arguments: [Language.en, .zh, .ko])
    func theIdleStatusBarAt80x24ShowsTheFirstKeys(language: Language) {
        let t = UIText.forLanguage(language)
        let bar = screen(Size(width: 80, height: 24), language).last ?? ""
        for hint in ["n \(t.takeNext)", "? \(t.help)", "q \(t.quit)"] {
            #expect(bar.contains(hint), "\(language): \(bar)")
        }
    }

    /// A Korean agent tells a ready colleague from a waiting caller.
    @Test func koreanReadyAgentsAreNotCalledWaiting() {
        let t = UIText.forLanguage(.ko)
        #expect(t.statusNames[.ready] != t.waiting)
        #expect(!(t.statusNames[.ready] ?? "").contains("대기"))
        #expect(!t.wallboard.readyAgents.contains("대기"))
    }
}

/// Times an agent reads are the department's, in a readable format.
@Suite struct HistoryTimeTests {
    @Test func historyShowsDepartmentLocalTimesNotRawISO() throws {
        let due = try #require(JournalCoding.parseDate("2026-11-27T01:30:00.000Z"))
        let earlier = try #require(JournalCoding.parseDate("2026-11-26T20:00:00.000Z"))
        let customer = Customer(name: "张伟", phone: "13800000001")
        let followUp = FollowUp(id: "F1", customer: customer, dueAt: due, purpose: "回访")
        var call = Call(id: "C1", customer: customer, enqueuedAt: earlier)
        call.state = .done
        let list = HistoryList(calls: [call], complaints: [], followUps: [followUp], text: .chinese, now: due,
                               timeZone: try #require(TimeZone(identifier: "Asia/Shanghai")))
        var buffer = Buffer(width: 60, height: 4)
        list.render(in: Rect(x: 0, y: 0, width: 60, height: 4), buffer: &buffer)
        let text = buffer.lines().joined(separator: "\n")
        #expect(text.contains("F1 2026-11-27 09:30 回访"))
        #expect(text.contains("2026-11-27 "), "the call of 20:00 UTC was on the 27th in Shanghai")
        #expect(!text.contains("T01:30"))
    }
}
