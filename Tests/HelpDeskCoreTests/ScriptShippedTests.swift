import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Shipped scripts")
struct ScriptShippedTests {
    static let expected = [
        "agent-too-quiet", "caller-too-quiet", "closing", "complaint", "dialect", "follow-up-repair",
        "line-noise", "name-learned", "opening", "satisfaction-recovery", "satisfaction-survey", "silent-line",
    ]

    @Test("every shipped script loads and validates, and the set is consistent")
    func allLoad() throws {
        let (library, issues) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        #expect(issues.isEmpty, "\(issues.map(\.description))")
        #expect(library.scripts.map(\.id) == Self.expected)
        #expect(library.opening?.id == "opening")
        #expect(library.scripts(of: .closing).map(\.id) == ["closing"])
        #expect(library.scripts(of: .followUp).map(\.id) == ["follow-up-repair", "satisfaction-recovery", "satisfaction-survey"])
    }

    @Test("every script followups.json names is a shipped follow-up script")
    func followUpRulesNameShippedScripts() throws {
        let library = ScriptLibrary.load(try ShippedResources.scriptFiles()).library
        let followUps = try ComplaintRulesTests.decode().followUps
        let named = [followUps.dissatisfied, followUps.afterResolution].compactMap(\.script)
            + followUps.chains.values.joined().compactMap(\.script)
        #expect(named.count == 5)
        for id in named { #expect(library.script(id)?.kind == .followUp, "\(id)") }
    }

    @Test("each situation has its own key", arguments: [
        ("s", "silent-line"), ("q", "caller-too-quiet"), ("n", "line-noise"), ("d", "dialect"),
        ("c", "complaint"), ("v", "agent-too-quiet"), ("a", "name-learned"),
    ])
    func keys(key: String, id: String) throws {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        #expect(library.script(forKey: Character(key))?.id == id)
        #expect(library.script(forKey: Character(key.uppercased()))?.id == id)
    }

    @Test("no line an agent is told to say trips the phrase guard, in any language")
    func sayLinesAreClean() throws {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        var dirty: [String] = []
        for script in library.scripts {
            for step in script.steps {
                guard let say = step.say else { continue }
                for language in Language.allCases {
                    let report = ShippedResources.phraseGuard.check(say[language])
                    for hit in report.hits {
                        dirty.append("\(script.id)/\(step.id)/\(language.rawValue): \(hit.rule.id) «\(hit.matched)»")
                    }
                }
            }
        }
        #expect(dirty.isEmpty, "\(dirty)")
    }

    @Test("the never-say lines of the situations are caught by the guard where they are phrases")
    func neverLinesAreCaught() throws {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        let silent = try #require(library.script("silent-line"))
        for language in Language.allCases {
            let never = try #require(silent.step("greet-again")?.neverSay)[language]
            #expect(!ShippedResources.phraseGuard.check(never).isClean, "\(language): \(never)")
        }
    }

    @Test("the silent-line script is greet, 5 s, greet, 5 s, close, 5 s, hang up")
    func silentLineShape() throws {
        let (library, _) = ScriptLibrary.load(try ShippedResources.scriptFiles())
        let script = try #require(library.script("silent-line"))
        var id = script.start
        var waits: [Int] = []
        while let step = script.step(id), step.final == nil {
            waits.append(step.wait?.seconds ?? 0)
            #expect(step.wait?.then == .advance)
            #expect(step.branch("a")?.target == "answered")
            id = try #require(step.next)
        }
        #expect(waits == [5, 5, 5])
        #expect(script.step(id)?.final == .hangUp)
    }
}
