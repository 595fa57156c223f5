import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Script decoding and validation")
struct ScriptDecoderTests {
    /// A minimal valid script with one step `body` spliced in after "start".
    func script(steps: String, start: String = "a", extra: String = "") -> String {
        """
        {"title": \(all("T")), "kind": "situation", \(extra) "start": "\(start)", "steps": [\(steps)]}
        """
    }

    @Test func minimalScriptLoads() throws {
        let loaded = try decodeScript(script(steps: #"{"id": "a", "say": \#(all("Hello")), "final": "hang-up"}"#), file: "demo.json")
        #expect(loaded.id == "demo")
        #expect(loaded.steps.map(\.id) == ["a"])
        #expect(loaded.step("a")?.final == .hangUp)
        #expect(loaded.step("a")?.say?[.ko] == "Hello")
    }

    @Test func unknownTargetNamesFileStepAndField() {
        let found = issues(script(steps: """
            {"id": "a", "say": \(all("x")), "next": "b", "branches": [{"key": "y", "label": \(all("Y")), "to": "nowhere"}]},
            {"id": "b", "final": "hang-up", "note": \(all("n"))}
            """), file: "broken.json")
        #expect(found == [LoadIssue(file: "broken.json", item: "a", field: "branches[0].to", message: "no step has the id \"nowhere\"")])
        #expect(found.first?.description == "broken.json: \"a\": branches[0].to: no step has the id \"nowhere\"")
    }

    @Test func missingLanguageIsReported() {
        let found = issues(script(steps: #"{"id": "a", "say": {"zh-Hans": "你好", "en": "Hello"}, "final": "hang-up"}"#))
        #expect(found.map(\.field) == ["say.ko"])
        #expect(found.first?.item == "a")
        #expect(found.first?.message.contains("ko") == true)
    }

    @Test func unknownLanguageIsReported() {
        let found = issues(script(steps: #"{"id": "a", "say": {"zh-Hans": "a", "en": "b", "ko": "c", "fr": "d"}, "final": "hang-up"}"#))
        #expect(found.map(\.field) == ["say.fr"])
    }

    @Test func unknownPlaceholderIsReportedPerLanguage() {
        let found = issues(script(steps: #"{"id": "a", "say": {"zh-Hans": "{agent}", "en": "Hi {custmer}", "ko": "{surname} {oops"}, "final": "continue"}"#))
        #expect(found.map(\.field) == ["say.en", "say.ko"])
        #expect(found[0].message.hasPrefix("unknown placeholder {custmer}"))
        #expect(found[1].message.hasPrefix("unknown placeholder {{oops}"))
    }

    @Test func aPlaceholderWithoutFallbackWordingIsRefused() {
        let found = issues(script(steps: #"{"id": "a", "say": \#(all("Hello {address}, ref {reference}")), "final": "continue"}"#,
                                  extra: #""fallbacks": {"address": \#(all("there"))},"#), file: "f.json")
        #expect(found == [LoadIssue(file: "f.json", item: "a", field: "fallbacks.reference",
                                    message: "{reference} has no fallback wording for a call that does not know it; add it under \"fallbacks\"")])
        let loaded = try? decodeScript(script(steps: #"{"id": "a", "say": \#(all("Hello {address}")), "final": "continue"}"#,
                                              extra: #""fallbacks": {"address": \#(all("there"))},"#))
        #expect(loaded?.fallbacks[.address]?[.en] == "there")
    }

    @Test func aFallbackMustNameAKnownPlaceholderAndHoldNone() {
        let found = issues(script(steps: #"{"id": "a", "say": \#(all("x")), "final": "continue"}"#,
                                  extra: #""fallbacks": {"adress": \#(all("you")), "product": \#(all("{agent}"))},"#))
        #expect(found.map(\.field) == ["fallbacks.adress", "fallbacks.product"])
        #expect(found.last?.message == "a fallback is said as it is and cannot hold a placeholder")
    }

    @Test func unknownFinalActionIsReported() {
        let found = issues(script(steps: #"{"id": "a", "say": \#(all("x")), "final": "explode"}"#))
        #expect(found.count == 1)
        #expect(found.first?.field == "final")
        #expect(found.first?.message.hasPrefix("unknown final action \"explode\"") == true)
    }

    @Test func misspeltFieldIsReported() {
        let found = issues(script(steps: #"{"id": "a", "say": \#(all("x")), "nxt": "a", "final": "continue"}"#))
        #expect(found.map(\.field) == ["nxt"])
        #expect(found.first?.message.hasPrefix("unknown field") == true)
    }

    @Test func allProblemsAreReportedNotJustTheFirst() {
        let found = issues("""
            {"title": {"en": "only english"}, "kind": "weird", "start": "zz", "steps": [
              {"id": "a", "say": \(all("{nope}")), "wait": {"seconds": 0}, "next": "b"},
              {"id": "a", "say": \(all("dup")), "final": "continue"}
            ]}
            """)
        let fields = Set(found.map { "\($0.item ?? "-")/\($0.field)" })
        #expect(fields.isSuperset(of: ["-/title.zh-Hans", "-/title.ko", "-/kind", "a/say.en", "a/wait.seconds", "a/id"]))
        #expect(found.count >= 7)
    }

    @Test func brokenStartAndUnreachableStep() {
        #expect(issues(script(steps: #"{"id": "a", "say": \#(all("x")), "final": "continue"}"#, start: "b")).map(\.field) == ["start"])
        let unreachable = issues(script(steps: """
            {"id": "a", "say": \(all("x")), "final": "continue"},
            {"id": "orphan", "say": \(all("y")), "final": "continue"}
            """))
        #expect(unreachable == [LoadIssue(file: "test.json", item: "orphan", field: "id", message: "no step leads here from the start \"a\"")])
    }

    @Test func flowRules() {
        #expect(issues(script(steps: #"{"id": "a", "say": \#(all("x"))}"#)).map(\.field) == ["next"])
        #expect(issues(script(steps: #"{"id": "a", "say": \#(all("x")), "final": "hang-up", "next": "a"}"#)).map(\.field) == ["next"])
        let waitWithoutNext = issues(script(steps: """
            {"id": "a", "say": \(all("x")), "wait": {"seconds": 5}, "branches": [{"key": "b", "label": \(all("B")), "to": "b"}]},
            {"id": "b", "say": \(all("y")), "final": "continue"}
            """))
        #expect(waitWithoutNext.map(\.field) == ["next"])
        let badWait = issues(script(steps: """
            {"id": "a", "say": \(all("x")), "wait": {"seconds": 5, "then": "later"}, "next": "b"},
            {"id": "b", "say": \(all("y")), "final": "continue"}
            """))
        #expect(badWait.map(\.field) == ["wait.then"])
        let duplicateKeys = issues(script(steps: """
            {"id": "a", "say": \(all("x")), "branches": [{"key": "b", "label": \(all("B")), "to": "b"}, {"key": "B", "label": \(all("B")), "to": "b"}]},
            {"id": "b", "say": \(all("y")), "final": "continue"}
            """))
        #expect(duplicateKeys.map(\.field) == ["branches[1].key"])
    }

    @Test func invalidJSONAndBadFileName() {
        let broken = issues("{\"title\": ", file: "x.json")
        #expect(broken.count == 1)
        #expect(broken.first?.message.hasPrefix("not valid JSON") == true)
        #expect(issues(script(steps: #"{"id": "a", "say": \#(all("x")), "final": "continue"}"#), file: "Bad Name.json").map(\.field) == [""])
    }

    @Test func libraryReportsEveryFileAndSetProblems() {
        let good = script(steps: #"{"id": "a", "say": \#(all("x")), "final": "continue"}"#, extra: #""key": "s","#)
        let files = [
            ScriptFile(name: "one.json", data: Data(good.utf8)),
            ScriptFile(name: "two.json", data: Data(good.utf8)),
            ScriptFile(name: "bad.json", data: Data("[]".utf8)),
        ]
        let (library, found) = ScriptLibrary.load(files)
        #expect(library.scripts.map(\.id) == ["one", "two"])
        #expect(found.map(\.file) == ["bad.json", "two.json", "scripts"])
        #expect(found[1].message == "\"s\" is already the key of one.json")
        #expect(found[2].message.contains("opening"))
    }

    @Test func laterFileOfTheSameNameOverrides() {
        let first = script(steps: #"{"id": "a", "say": \#(all("first")), "final": "continue"}"#)
        let second = script(steps: #"{"id": "a", "say": \#(all("second")), "final": "continue"}"#)
        let (library, _) = ScriptLibrary.load([
            ScriptFile(name: "x.json", data: Data(first.utf8)),
            ScriptFile(name: "x.json", data: Data(second.utf8)),
        ])
        #expect(library.script("x")?.step("a")?.say?[.en] == "second")
    }

    @Test func brokenOverrideLeavesTheEarlierScriptInPlace() {
        let good = script(steps: #"{"id": "a", "say": \#(all("shipped")), "final": "continue"}"#)
        let (library, found) = ScriptLibrary.load([
            ScriptFile(name: "shipped/x.json", data: Data(good.utf8)),
            ScriptFile(name: "override/x.json", data: Data(#"{"title": 1}"#.utf8)),
        ])
        #expect(library.script("x")?.step("a")?.say?[.en] == "shipped")
        #expect(Set(found.map(\.file)) == ["override/x.json", "scripts"])
    }
}
