import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Phrase rule files")
struct PhraseRuleFileTests {
    func decode(_ json: String, file: String = "en.json", base: [Language: PhraseRuleFile] = [:]) throws(LoadIssues) -> PhraseRuleFile {
        try PhraseRuleFile.decode(Data(json.utf8), fileName: file, base: base)
    }

    func issues(_ json: String, file: String = "en.json") -> [LoadIssue] {
        do {
            _ = try decode(json, file: file)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func shippedFilesLoadWithManyRules() throws {
        let rules = try ShippedResources.phraseRules()
        for language in Language.allCases {
            #expect(rules.filter { $0.language == language }.count >= 20, "\(language)")
        }
        #expect(Set(rules.map(\.id)).count == rules.count)
    }

    @Test func problemsNameFileRuleAndField() {
        let found = issues("""
            {"language": "en", "slots": {"adv": ["really"]}, "rules": [
              {"id": "a", "patterns": ["ok"], "reason": "r"},
              {"id": "b", "patterns": ["\\u200b"], "reason": "r", "alternative": "x", "antipatterns": ["(un|balanced"]},
              {"id": "c", "patterns": ["{adv} but", "I {nope}", "x ~99"], "reason": "r", "alternative": "x", "colour": "red"},
              {"id": "d", "patterns": ["a < b"], "reason": "r", "alternative": "x", "examples": [{"before": "a"}]},
              {"id": "a", "patterns": ["fine"], "reason": "r", "alternative": "x"}
            ]}
            """)
        #expect(found.map { "\($0.item ?? "-")/\($0.field)" } == [
            "a/alternative", "b/patterns[0]", "b/antipatterns[0]", "c/colour", "c/patterns[0]", "c/patterns[1]", "c/patterns[2]",
            "d/examples[0].after", "d/patterns[0]", "a/id",
        ])
        #expect(found.allSatisfy { $0.file == "en.json" })
        #expect(found.first { $0.item == "c" && $0.field == "patterns[1]" }?.message.contains("unknown slot {nope}") == true)
    }

    @Test func languageMustMatchTheFileName() {
        #expect(issues(#"{"language": "ko", "rules": []}"#, file: "en.json").map(\.field) == ["language"])
        #expect(issues(#"{"language": "fr", "rules": []}"#, file: "fr.json").map(\.field) == ["language"])
    }

    @Test func overrideReplacesAddsAndDisables() throws {
        let shipped = try decode("""
            {"language": "en", "slots": {"adv": ["really"]}, "antipatterns": ["beta blocker"], "rules": [
              {"id": "one", "patterns": ["alpha"], "reason": "r", "alternative": "x"},
              {"id": "two", "patterns": ["beta"], "reason": "r", "alternative": "y"}
            ]}
            """)
        let override = try decode("""
            {"language": "en", "rules": [
              {"id": "two", "patterns": ["gamma {adv} gamma"], "reason": "r", "alternative": "z"},
              {"id": "one", "disabled": true},
              {"id": "three", "patterns": ["delta"], "reason": "r", "alternative": "w"}
            ]}
            """, base: [.en: shipped])
        let merged = shipped.merged(with: override)
        #expect(merged.rules.map(\.id) == ["two", "three"])
        #expect(merged.rules.first?.patterns == [PhrasePatternSource("gamma {adv} gamma")])
        let guardian = PhraseGuard(rules: merged.rules)
        #expect(guardian.check("alpha beta gamma really gamma delta").hits.map(\.matched) == ["gamma really gamma", "delta"])
    }

    @Test("an override may not use a slot its shipped file does not define")
    func overrideSlotsComeFromTheBase() {
        let override = #"{"language": "en", "rules": [{"id": "t", "patterns": ["x {adv} x"], "reason": "r", "alternative": "a"}]}"#
        #expect(issues(override).map(\.field) == ["patterns[0]"])
    }

    @Test("traditional and HK/TW forms of the characters in the rules fold to simplified")
    func traditionalFolding() {
        let guardian = PhraseGuard(rules: [PhraseRule(id: "t", language: .zh, patterns: [PhrasePatternSource("说明书上都有")], reason: "r", alternative: "a")])
        #expect(guardian.check("說明書上都有").hits.map(\.matched) == ["說明書上都有"])
        #expect(guardian.check("説明書上都有").hits.map(\.matched) == ["説明書上都有"])
        #expect(guardian.check("說明書上都有".replacingOccurrences(of: "上", with: "下")).isClean)
    }
}
