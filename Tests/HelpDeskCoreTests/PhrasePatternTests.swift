import Foundation
import Testing
@testable import HelpDeskCore

/// The pattern language of the rule files, one feature at a time, on small
/// inline rules; then the over-flags and misses the issue found, on the
/// shipped rules.
@Suite("Phrase patterns")
struct PhrasePatternTests {
    /// A guard over one inline rule file.
    static func guardOf(_ language: String, _ rules: String, slots: String = #"{"adv": ["真的", "实在", "可", "really", "just"]}"#,
                        antipatterns: String = "[]") throws -> PhraseGuard {
        let json = #"{"language": "\#(language)", "slots": \#(slots), "antipatterns": \#(antipatterns), "rules": [\#(rules)]}"#
        return PhraseGuard(rules: try PhraseRuleFile.decode(Data(json.utf8), fileName: language + ".json").rules)
    }

    static func rule(_ patterns: [String], antipatterns: [String] = [], alternative: String = "好的") -> String {
        func list(_ items: [String]) -> String { "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        return #"{"id": "t", "patterns": \#(list(patterns)), "antipatterns": \#(list(antipatterns)), "reason": "r", "alternative": "\#(alternative)"}"#
    }

    static func matched(_ phraseGuard: PhraseGuard, _ text: String) -> [String] {
        phraseGuard.check(text).hits.map(\.matched)
    }

    @Test("optional words and adverb slots: 我实在不能, 我们真的不能, 不能")
    func optionalAndSlots() throws {
        let phrases = try Self.guardOf("zh-Hans", Self.rule(["(我|我们)? {adv} 不能"]))
        #expect(Self.matched(phrases, "我实在不能去") == ["我实在不能"])
        #expect(Self.matched(phrases, "我们真的可不能去") == ["我们真的可不能"])
        #expect(Self.matched(phrases, "不能去") == ["不能"])
        #expect(Self.matched(phrases, "我 实 在 不 能") == ["我 实 在 不 能"], "spaces between characters do not matter")
        #expect(Self.matched(phrases, "我今天不能").first == "不能", "a word outside the slot is not skipped")
    }

    @Test("a bounded gap stays inside its sentence")
    func gaps() throws {
        let phrases = try Self.guardOf("zh-Hans", Self.rule(["配件 ~3 没到"]))
        #expect(Self.matched(phrases, "配件还是没到") == ["配件还是没到"])
        #expect(Self.matched(phrases, "配件今天也都没到").isEmpty, "four characters is past the gap")
        #expect(Self.matched(phrases, "配件。没到").isEmpty, "never across a sentence end")
    }

    @Test("… takes the clause: from its start when first, to its end when last")
    func clauses() throws {
        let phrases = try Self.guardOf("zh-Hans", Self.rule(["… 可能 …"], alternative: "我确认后答复您"))
        let report = phrases.check("好的，师傅可能下午到。谢谢")
        #expect(report.hits.map(\.matched) == ["师傅可能下午到"])
        #expect(report.replacing(report.hits[0]) == "好的，我确认后答复您。谢谢")
    }

    @Test("< > mark the hit inside a longer match; the window ends with the sentence")
    func markers() throws {
        let phrases = try Self.guardOf("en", Self.rule(["(great|thanks) ~6 < but >"], alternative: "and"))
        #expect(Self.matched(phrases, "Great idea, but no.") == ["but"])
        #expect(phrases.check("Great idea, but no.").replacing(phrases.check("Great idea, but no.").hits[0]) == "Great idea, and no.")
        #expect(Self.matched(phrases, "Great. But no.").isEmpty, "praise in another sentence")
        #expect(Self.matched(phrases, "Goodbye, but call again").isEmpty, "great is a word, not part of one")
    }

    @Test("an antipattern overlapping the hit excuses it; one elsewhere does not")
    func antipatterns() throws {
        let phrases = try Self.guardOf("zh-Hans", Self.rule(["(我|我们)? {adv} 不能"], antipatterns: ["不能让 (您|你)"]))
        #expect(Self.matched(phrases, "我不能让您再等").isEmpty)
        #expect(Self.matched(phrases, "我不能让您再等，可我不能退款") == ["我不能"])
    }

    @Test("{q}: the sentence ends with a question mark")
    func questions() throws {
        let phrases = try Self.guardOf("ko", Self.rule(["안 돼요"], antipatterns: ["(이|가) 안 돼요 {q}"]))
        #expect(Self.matched(phrases, "에어컨이 안 돼요?").isEmpty)
        #expect(Self.matched(phrases, "에어컨이 안 돼요？").isEmpty, "full-width question mark")
        #expect(Self.matched(phrases, "그건 안 돼요.") == ["안 돼요"])
        #expect(Self.matched(phrases, "에어컨이 안 돼요. 왜요?") == ["안 돼요"])
    }

    @Test("what is inside quotation marks is someone else's words")
    func quotations() throws {
        let phrases = try Self.guardOf("zh-Hans", Self.rule(["修不好"]))
        #expect(Self.matched(phrases, "客户说“你们修不好”").isEmpty)
        #expect(Self.matched(phrases, "客户说「修不好」，我说修不好") == ["修不好"])
        #expect(Self.matched(phrases, "他说\"修不好\"").isEmpty)
        #expect(Self.matched(phrases, "“没关的引号\n修不好") == ["修不好"], "a line break ends a stray quotation")
    }

    @Test("bad patterns are refused with what is wrong")
    func badPatterns() {
        func problem(_ source: String) -> String? {
            do {
                _ = try PhrasePattern(source, latin: false, slots: ["adv": ["真的"]], fold: ScalarFold.bmp)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(problem("{adv} 不能")?.contains("must start with a literal") == true)
        #expect(problem("不能?")?.contains("at least one literal") == true)
        #expect(problem("不 ~0 能")?.contains("gap") == true)
        #expect(problem("(不|能")?.contains("unbalanced") == true)
        #expect(problem("< 不能")?.contains("one < and one >") == true)
        #expect(problem("不能 {nope}")?.contains("unknown slot") == true)
        #expect(problem("… 不能 …") == nil)
    }

    @Test("a rule's examples are checked: a wrong replacement, a miss and a false alarm are each named")
    func examples() throws {
        let json = #"""
            {"language": "zh-Hans", "rules": [{"id": "t", "patterns": ["我不能"], "reason": "r", "alternative": "我们来想办法",
              "examples": [{"before": "我不能去。", "after": "我们来想办法。"}, {"before": "我不能去。", "after": "我们来想办法去。"},
                           {"before": "我们可以。", "after": "x"}, {"ok": "我不能让您等"}]}]}
            """#
        let phrases = PhraseGuard(rules: try PhraseRuleFile.decode(Data(json.utf8), fileName: "zh-Hans.json").rules)
        let problems = phrases.exampleProblems()
        #expect(problems.map(\.field) == ["examples[0]", "examples[2]", "examples[3]"])
        #expect(problems[0].message.contains("becomes «我们来想办法去。»"))
        #expect(problems[1].message.contains("is not flagged"))
        #expect(problems[2].message.contains("should be left alone"))
    }

    @Test("the shipped rule examples all hold")
    func shippedExamples() {
        #expect(ShippedResources.phraseGuard.exampleProblems() == [])
    }

    // MARK: The issue's cases, on the shipped rules

    static let flagged: [(String, String)] = [
        ("我实在不能帮您改。", "zh.cant"),
        ("我不会。", "zh.cant"),
        ("这个我弄不了。", "zh.cant"),
        ("我不怎么清楚。", "zh.unclear"),
        ("这事跟我没关系。", "zh.your-business"),
        ("我们不能这样做，否则出问题你负责。", "zh.your-risk"),
        ("你刚买的产品可以退换货。", "zh.cant-repair"),
        ("建议你还是选XX牌子的方便些。", "zh.other-brand"),
        ("説明書上都有。", "zh.read-manual"),
        ("沒有辦法。", "zh.no-way"),
        ("您的建议很好，但是我们做不到。", "zh.but-after-praise"),
        ("그건 안 됩니다.", "ko.cant"),
    ]

    @Test("the issue's misses are found, by the rule meant", arguments: flagged)
    func issueMisses(_ row: (String, String)) {
        #expect(ShippedResources.phraseGuard.check(row.0).hits.first?.rule.id == row.1)
    }

    static let innocent = [
        "您说空调遥控器没办法用，是吗？",
        "您不清楚型号也没关系。",
        "我不能让您再白等一天。",
        "这样的价格再好不过了。",
        "您的建议很好。但是请先断电。",
        "谢谢您\n不过师傅今天到不了",
        "에어컨이 안 돼요?",
        "客户说“你们修不好就退货”。",
    ]

    @Test("the issue's over-flags are left alone", arguments: innocent)
    func issueOverFlags(_ text: String) {
        #expect(ShippedResources.phraseGuard.check(text).isClean)
    }

    @Test("replacements take the whole span, subject and all: no leftover 你, no doubled 我")
    func grammaticalReplacements() throws {
        for (text, fixed) in [("你刚买的产品可以退换货。", "我们先安排工程师检测，再和您商量最合适的处理方案。"),
                              ("这个问题我不知道。", "这个问题我马上为您查询确认。"),
                              ("你退货吧。", "我们先安排工程师检测，再和您商量最合适的处理方案。")] {
            let report = ShippedResources.phraseGuard.check(text)
            #expect(report.replacing(try #require(report.hits.first)) == fixed)
        }
    }
}
