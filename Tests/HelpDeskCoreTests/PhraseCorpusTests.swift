import Foundation
import Testing
@testable import HelpDeskCore

/// The shipped rules scored on the labelled corpus in `Tests/PhraseCorpus`:
/// the held-out file was written before the rules were tuned and is never
/// tuned against, so its figures are the honest ones.
@Suite("Phrase corpus")
struct PhraseCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("PhraseCorpus")

    static func evaluate(_ name: String) throws -> PhraseEvaluation {
        let file = folder.appendingPathComponent(name)
        let sentences = try PhraseCorpusSentence.parse(String(contentsOf: file, encoding: .utf8), file: name)
        return PhraseEvaluation(guard: ShippedResources.phraseGuard, sentences: sentences)
    }

    @Test("held out: recall >= 90% and false alarms <= 3% in every language")
    func heldOut() throws {
        let evaluation = try Self.evaluate("heldout.tsv")
        #expect(evaluation.scores.map(\.language) == [.zh, .en, .ko])
        for score in evaluation.scores {
            #expect(score.recall >= 0.90, "\(score.language): \(evaluation.report(file: "heldout.tsv"))")
            #expect(score.falseAlarmRate <= 0.03, "\(score.language): \(evaluation.report(file: "heldout.tsv"))")
        }
    }

    @Test("tuning: recall >= 95% and false alarms <= 2% in every language")
    func tuning() throws {
        let evaluation = try Self.evaluate("tuning.tsv")
        for score in evaluation.scores {
            #expect(score.recall >= 0.95, "\(score.language): \(evaluation.report(file: "tuning.tsv"))")
            #expect(score.falseAlarmRate <= 0.02, "\(score.language): \(evaluation.report(file: "tuning.tsv"))")
        }
    }

    @Test("the corpus is as large as the issue asks, a fifth held out, every seed phrase of seed 002 in it")
    func sizeAndSeeds() throws {
        var sizes: [Language: Int] = [:]
        var texts: [String] = []
        for name in ["tuning.tsv", "heldout.tsv"] {
            let sentences = try PhraseCorpusSentence.parse(
                String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8), file: name)
            for sentence in sentences { sizes[sentence.language, default: 0] += 1 }
            texts += sentences.map(\.text)
        }
        #expect(sizes[.zh, default: 0] >= 500 && sizes[.ko, default: 0] >= 100 && sizes[.en, default: 0] >= 100)
        let seeds = ["我不会", "我们不能这样做，否则出问题你负责", "你刚买的产品可以退换货", "建议你还是选XX牌子的方便些", "説明書",
                     "这个产品就这样", "你爱找谁就找谁", "你找谁都没有用", "公司要求这样做", "你看看说明书就行", "配件没有到，到了再修吧"]
        for seed in seeds { #expect(texts.contains { $0.contains(seed) }, "\(seed)") }
    }

    @Test("the report lists each miss and false alarm with its rule, by file and line")
    func reportNamesEachMistake() throws {
        let sentences = try PhraseCorpusSentence.parse("""
            # comment
            zh\tzh.dont-know\t这个我不知道。
            zh\tzh.cant\t今天天气很好。
            zh\tok\t我不知道。
            en\tok\tThanks for calling.
            """, file: "t.tsv")
        let report = PhraseEvaluation(guard: ShippedResources.phraseGuard, sentences: sentences).report(file: "t.tsv")
        #expect(report.contains("zh-Hans: recall 50.0% (1/2), false alarms 100.0% (1/1)"))
        #expect(report.contains("en: recall 100.0% (0/0), false alarms 0.0% (0/1)"))
        #expect(report.contains("t.tsv:3: miss [zh.cant] 今天天气很好。"))
        #expect(report.contains("t.tsv:4: false alarm [zh.dont-know «我不知道»] 我不知道。"))
    }

    @Test func malformedLinesAreNamed() {
        #expect(throws: LoadIssues.self) { try PhraseCorpusSentence.parse("zh\tonly two columns", file: "t.tsv") }
        do {
            _ = try PhraseCorpusSentence.parse("fr\tok\tbonjour\nzh\tok", file: "t.tsv")
        } catch {
            #expect(error.issues.map(\.field) == ["line 1", "line 2"])
        }
    }
}
