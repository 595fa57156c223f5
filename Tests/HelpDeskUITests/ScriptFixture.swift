import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import TermRender

/// The shipped scripts and phrase rules (the source tree's `Resources/`),
/// and a console that has just taken a call with them, so the script panel
/// and the phrase guard are tested against what agents really get.
enum ScriptFixture {
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources")

    static let coaching: ConsoleCoaching = {
        let fm = FileManager.default
        let scriptDirectory = resources.appendingPathComponent("scripts")
        let files = try! fm.contentsOfDirectory(atPath: scriptDirectory.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { ScriptFile(name: $0, data: fm.contents(atPath: scriptDirectory.appendingPathComponent($0).path)!) }
        let library = ScriptLibrary.load(files).library
        let rules = Language.allCases.flatMap { language -> [PhraseRule] in
            let file = resources.appendingPathComponent("phrases/\(language.rawValue).json")
            return try! PhraseRuleFile.decode(fm.contents(atPath: file.path)!, fileName: file.lastPathComponent).rules
        }
        return ConsoleCoaching(scripts: library, phrases: PhraseGuard(rules: rules), company: "helpdesk")
    }()

    /// A console on the fixture floor with the shipped coaching, driven the
    /// way the runner drives it: floor changes through the domain's own
    /// decisions, time through a manual clock and 1-second ticks.
    struct Console {
        var model: ConsoleModel
        var live: LiveState
        let clock: ManualClock
        /// Every event the console asked to journal, in order.
        var recorded: [EventBody] = []

        init(size: Size = Size(width: 80, height: 24), language: Language = .zh, coaching: ConsoleCoaching = ScriptFixture.coaching) {
            let (live, now) = ConsoleFixture.floor()
            self.live = live
            clock = ManualClock(now)
            model = ConsoleModel(me: ConsoleFixture.me, text: .forLanguage(language), live: live, now: now, size: size, codes: ConsoleFixture.codes,
                                 coaching: coaching)
        }

        mutating func apply(_ body: EventBody) {
            live.apply(Event(seq: live.lastSeq + 1, at: clock.now(), agent: "1001", user: "t", body: body))
            collect(model.update(.floor(live, at: clock.now())))
        }

        mutating func takeCall() throws {
            apply(try Floor.claimNext(live, agent: "1001", at: clock.now()))
        }

        /// Takes a call from `customer`, alone in an otherwise empty queue.
        mutating func takeCall(from customer: Customer) throws {
            var (state, now) = ConsoleFixture.floor(callers: 0)
            state.apply(Event(seq: state.lastSeq + 1, at: now, agent: nil, user: "t", body: try Floor.ring(state, customer: customer, at: now)))
            now = now.addingTimeInterval(1)
            live = state
            clock.set(now)
            try takeCall()
        }

        @discardableResult
        mutating func keys(_ keys: Key...) -> [ConsoleEffect] {
            let effects = keys.flatMap { model.update(.key($0)) }
            collect(effects)
            return effects
        }

        @discardableResult
        mutating func type(_ text: String) -> [ConsoleEffect] {
            let effects = text.flatMap { model.update(.key(.char($0))) }
            collect(effects)
            return effects
        }

        /// Lets `seconds` pass one tick a second, as the runner's poll loop does.
        mutating func wait(_ seconds: Int) {
            for _ in 0..<seconds {
                clock.advance(by: 1)
                collect(model.update(.tick(clock.now())))
            }
        }

        var screen: [String] { ConsoleView(model: model).render().buffer.lines() }

        var steps: [ScriptStepRecorded] {
            recorded.compactMap { if case .scriptStep(let s) = $0 { s } else { nil } }
        }

        var hits: [PhraseHitRecorded] {
            recorded.compactMap { if case .phraseHit(let h) = $0 { h } else { nil } }
        }

        private mutating func collect(_ effects: [ConsoleEffect]) {
            for case .record(let bodies) in effects { recorded += bodies }
        }
    }
}
