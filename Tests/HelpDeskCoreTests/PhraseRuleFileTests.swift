import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Phrase rule files")
struct PhraseRuleFileTests {
    func decode(_ json: String, file: String = "en.json") throws(LoadIssues) -> PhraseRuleFile {
        try PhraseRuleFile.decode(Data(json.utf8), fileName: file)
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
            {"language": "en", "rules": [
              {"id": "a", "phrases": ["ok"], "reason": "r"},
              {"id": "b", "phrases": ["\\u200b"], "reason": "r", "alternative": "x", "allow": ["something else"]},
              {"id": "c", "phrases": ["but"], "reason": "r", "alternative": "x", "after": {"words": ["great"], "within": 0}, "colour": "red"},
              {"id": "a", "phrases": ["fine"], "reason": "r", "alternative": "x"}
            ]}
            """)
        #expect(found.map { "\($0.item ?? "-")/\($0.field)" } == [
            "a/alternative", "b/phrases[0]", "b/allow[0]", "c/colour", "c/after.within", "a/id",
        ])
        #expect(found.allSatisfy { $0.file == "en.json" })
    }

    @Test func languageMustMatchTheFileName() {
        #expect(issues(#"{"language": "ko", "rules": []}"#, file: "en.json").map(\.field) == ["language"])
        #expect(issues(#"{"language": "fr", "rules": []}"#, file: "fr.json").map(\.field) == ["language"])
    }

    @Test func overrideReplacesAddsAndDisables() throws {
        let shipped = try decode("""
            {"language": "en", "rules": [
              {"id": "one", "phrases": ["alpha"], "reason": "r", "alternative": "x"},
              {"id": "two", "phrases": ["beta"], "reason": "r", "alternative": "y"}
            ]}
            """)
        let override = try decode("""
            {"language": "en", "rules": [
              {"id": "two", "phrases": ["gamma"], "reason": "r", "alternative": "z"},
              {"id": "one", "disabled": true},
              {"id": "three", "phrases": ["delta"], "reason": "r", "alternative": "w"}
            ]}
            """)
        let merged = shipped.merged(with: override)
        #expect(merged.rules.map(\.id) == ["two", "three"])
        #expect(merged.rules.first?.phrases == ["gamma"])
        let guardian = PhraseGuard(rules: merged.rules)
        #expect(guardian.check("alpha beta gamma delta").hits.map(\.matched) == ["gamma", "delta"])
    }

    @Test("traditional forms of the characters in the rules fold to simplified")
    func traditionalFolding() {
        let guardian = PhraseGuard(rules: [PhraseRule(id: "t", language: .zh, phrases: ["说明书上都有"], reason: "r", alternative: "a")])
        #expect(guardian.check("說明書上都有").hits.map(\.matched) == ["說明書上都有"])
        #expect(guardian.check("說明書上都有".replacingOccurrences(of: "上", with: "下")).isClean)
    }
}
