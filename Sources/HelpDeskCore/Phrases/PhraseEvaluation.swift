import Foundation

/// A labelled corpus of agent sentences (`Tests/PhraseCorpus/*.tsv`): one
/// sentence a line as `language<TAB>expected<TAB>sentence` (language `zh`,
/// `zh-Hans`, `en` or `ko`), where expected
/// is the rule id that must flag it or `ok` for an innocent sentence; `#`
/// starts a comment line.
public struct PhraseCorpusSentence: Sendable, Equatable {
    public let line: Int
    public let language: Language
    /// The rule that should flag it; nil for an innocent sentence.
    public let expected: String?
    public let text: String

    /// The sentences of a corpus file; a malformed line is an error naming it.
    public static func parse(_ contents: String, file: String) throws(LoadIssues) -> [PhraseCorpusSentence] {
        var sentences: [PhraseCorpusSentence] = []
        var issues: [LoadIssue] = []
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            let where_ = "line \(index + 1)"
            guard columns.count == 3, !columns[2].isEmpty else {
                issues.append(LoadIssue(file: file, field: where_, message: "expected language, rule id or ok, and the sentence, separated by tabs"))
                continue
            }
            guard let language = Language(rawValue: columns[0] == "zh" ? Language.zh.rawValue : String(columns[0])) else {
                issues.append(LoadIssue(file: file, field: where_, message: "unknown language \"\(columns[0])\""))
                continue
            }
            let expected = columns[1] == "ok" ? nil : String(columns[1])
            sentences.append(PhraseCorpusSentence(line: index + 1, language: language, expected: expected, text: String(columns[2])))
        }
        if !issues.isEmpty { throw LoadIssues(issues) }
        return sentences
    }
}

/// How well the guard does on a labelled corpus, per language: recall (the
/// share of sentences that should be flagged and are) and the false-alarm
/// rate (the share of innocent sentences flagged), with every miss and false
/// alarm listed with the rule involved, so tuning works from evidence.
public struct PhraseEvaluation: Sendable {
    public struct Score: Sendable {
        public let language: Language
        public var positives = 0
        public var found = 0
        public var innocents = 0
        public var falseAlarms = 0
        /// Sentences that should be flagged and are not: the expected rule.
        public var misses: [(sentence: PhraseCorpusSentence, rule: String)] = []
        /// Innocent sentences flagged: the hits.
        public var alarms: [(sentence: PhraseCorpusSentence, hits: [PhraseHit])] = []
        /// Flagged, but by another rule than the expected one (counted as found).
        public var otherRule: [(sentence: PhraseCorpusSentence, hits: [PhraseHit])] = []

        public var recall: Double { positives == 0 ? 1 : Double(found) / Double(positives) }
        public var falseAlarmRate: Double { innocents == 0 ? 0 : Double(falseAlarms) / Double(innocents) }
    }

    public let scores: [Score]

    public init(guard phraseGuard: PhraseGuard, sentences: [PhraseCorpusSentence]) {
        var scores = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Score(language: $0)) })
        for sentence in sentences {
            let hits = phraseGuard.check(sentence.text).hits
            var score = scores[sentence.language]!
            if let rule = sentence.expected {
                score.positives += 1
                if hits.isEmpty {
                    score.misses.append((sentence, rule))
                } else {
                    score.found += 1
                    if !hits.contains(where: { $0.rule.id == rule }) { score.otherRule.append((sentence, hits)) }
                }
            } else {
                score.innocents += 1
                if !hits.isEmpty {
                    score.falseAlarms += 1
                    score.alarms.append((sentence, hits))
                }
            }
            scores[sentence.language] = score
        }
        self.scores = Language.allCases.compactMap { scores[$0] }.filter { $0.positives + $0.innocents > 0 }
    }

    public func score(_ language: Language) -> Score? { scores.first { $0.language == language } }

    /// The report `helpdesk lint --eval` prints: a summary line per language,
    /// then each miss, false alarm and rule mix-up as `FILE:LINE`.
    public func report(file: String) -> String {
        var lines: [String] = []
        for score in scores {
            lines.append(String(format: "%@: recall %.1f%% (%d/%d), false alarms %.1f%% (%d/%d)",
                                score.language.rawValue, score.recall * 100, score.found, score.positives,
                                score.falseAlarmRate * 100, score.falseAlarms, score.innocents))
        }
        for score in scores {
            for (sentence, rule) in score.misses {
                lines.append("\(file):\(sentence.line): miss [\(rule)] \(sentence.text)")
            }
            for (sentence, hits) in score.alarms {
                lines.append("\(file):\(sentence.line): false alarm \(Self.describe(hits)) \(sentence.text)")
            }
            for (sentence, hits) in score.otherRule {
                lines.append("\(file):\(sentence.line): other rule (expected \(sentence.expected ?? "ok")) \(Self.describe(hits)) \(sentence.text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ hits: [PhraseHit]) -> String {
        hits.map { "[\($0.rule.id) «\($0.matched)»]" }.joined(separator: " ")
    }
}
