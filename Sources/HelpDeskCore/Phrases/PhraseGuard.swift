import Foundation

/// Finds forbidden and negative phrases (服务禁用语) in what an agent types.
/// Rules are compiled once into two automata — one for Chinese and Korean over
/// the text without spaces and punctuation, one for English over words — so a
/// check is one pass over the text whatever the number of rules.
public struct PhraseGuard: Sendable {
    public let rules: [PhraseRule]

    private enum Role: UInt8 { case phrase, allow, context }
    private struct Pattern {
        var rule: Int
        var role: Role
    }

    private let fold: [UInt32]
    private let cjk: PhraseAutomaton
    private let cjkPatterns: [Pattern]
    private let latin: PhraseAutomaton
    private let latinPatterns: [Pattern]

    /// Rules are taken as they are; `PhraseRuleFile.decode` is where they are
    /// validated. Phrases that fold to nothing are ignored.
    public init(rules: [PhraseRule]) {
        self.rules = rules
        var fold = ScalarFold.bmp
        let chinese = rules.filter { $0.language == .zh }.flatMap { $0.phrases + $0.allow + ($0.context?.after ?? []) }
        for pair in ChineseVariants.foldPairs(for: chinese) where pair.traditional < 0x10000 {
            fold[Int(pair.traditional)] = ScalarFold.bmp[Int(pair.simplified)]
        }
        self.fold = fold

        var cjkTexts: [[UInt32]] = []
        var cjkPatterns: [Pattern] = []
        var latinTexts: [[UInt32]] = []
        var latinPatterns: [Pattern] = []
        for (index, rule) in rules.enumerated() {
            let sources: [(Role, [String])] = [(.phrase, rule.phrases), (.allow, rule.allow), (.context, rule.context?.after ?? [])]
            for (role, texts) in sources {
                for text in texts {
                    let pattern = NormalizedText.pattern(text, latin: rule.matchesWords, fold: fold)
                    guard !pattern.isEmpty, pattern.allSatisfy({ $0 < 0x10000 }) else { continue }
                    if rule.matchesWords {
                        latinTexts.append(pattern)
                        latinPatterns.append(Pattern(rule: index, role: role))
                    } else {
                        cjkTexts.append(pattern)
                        cjkPatterns.append(Pattern(rule: index, role: role))
                    }
                }
            }
        }
        cjk = PhraseAutomaton(patterns: cjkTexts)
        self.cjkPatterns = cjkPatterns
        latin = PhraseAutomaton(patterns: latinTexts)
        self.latinPatterns = latinPatterns
    }

    /// A guard with only the rules of the given languages.
    public func restricted(to languages: Set<Language>) -> PhraseGuard {
        PhraseGuard(rules: rules.filter { languages.contains($0.language) })
    }

    public func check(_ text: String) -> PhraseReport {
        let view = NormalizedText(text, fold: fold)
        var found: [(rule: Int, start: Int, end: Int)] = []
        collect(view.cjk, origin: view.cjkOrigin, automaton: cjk, patterns: cjkPatterns, words: false, into: &found)
        collect(view.latin, origin: view.latinOrigin, automaton: latin, patterns: latinPatterns, words: true, into: &found)
        guard !found.isEmpty else { return PhraseReport(text: text, hits: []) }

        // Leftmost first, longest first at one position; overlapping hits are
        // dropped so each stretch of text is flagged (and replaced) once.
        found.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var hits: [PhraseHit] = []
        var locator = TextLocator(text, simple: view.isSimple)
        var coveredUntil = -1
        for hit in found where hit.start >= coveredUntil {
            coveredUntil = hit.end
            hits.append(locator.hit(rule: rules[hit.rule], scalars: hit.start..<hit.end))
        }
        return PhraseReport(text: text, hits: hits)
    }

    /// Runs one automaton over one view and keeps the phrase matches that
    /// survive word boundaries, allow-lists and context rules, as scalar ranges
    /// of the original text.
    private func collect(
        _ text: [UInt32], origin: [Int32], automaton: PhraseAutomaton, patterns: [Pattern], words: Bool,
        into found: inout [(rule: Int, start: Int, end: Int)]
    ) {
        var matches: [PhraseAutomaton.Match] = []
        automaton.scan(text, into: &matches)
        if matches.isEmpty { return }
        if words {
            matches.removeAll { match in
                let end = Int(match.end)
                let start = end - Int(automaton.patternLengths[Int(match.pattern)])
                return (start > 0 && ScalarFold.isWord(text[start - 1], in: fold))
                    || (end < text.count && ScalarFold.isWord(text[end], in: fold))
            }
        }
        func span(_ match: PhraseAutomaton.Match) -> Range<Int> {
            (Int(match.end) - Int(automaton.patternLengths[Int(match.pattern)]))..<Int(match.end)
        }
        for match in matches where patterns[Int(match.pattern)].role == .phrase {
            let ruleIndex = patterns[Int(match.pattern)].rule
            let hit = span(match)
            let excused = matches.contains { other in
                let pattern = patterns[Int(other.pattern)]
                guard pattern.rule == ruleIndex, pattern.role == .allow else { return false }
                let allowed = span(other)
                return allowed.lowerBound <= hit.lowerBound && hit.upperBound <= allowed.upperBound
            }
            if excused { continue }
            if let context = rules[ruleIndex].context {
                let preceded = matches.contains { other in
                    let pattern = patterns[Int(other.pattern)]
                    guard pattern.rule == ruleIndex, pattern.role == .context else { return false }
                    let end = Int(other.end)
                    return end <= hit.lowerBound && hit.lowerBound - end <= context.within
                }
                if !preceded { continue }
            }
            found.append((ruleIndex, Int(origin[hit.lowerBound]), Int(origin[hit.upperBound - 1]) + 1))
        }
    }
}

/// Turns scalar offsets into ranges of the original string, widened to whole
/// characters, with their UTF-16 and character offsets. Walks the text once
/// for all hits of a check (they arrive in order). For simple text (see
/// `NormalizedText.isSimple`) scalar offsets are character and UTF-16
/// offsets, and grapheme breaking — the slow part — is skipped.
private struct TextLocator {
    let text: String
    let simple: Bool
    private var index: String.Index
    private var scalarOffset = 0
    private var characterOffset = 0

    init(_ text: String, simple: Bool) {
        self.text = text
        self.simple = simple
        index = text.startIndex
    }

    mutating func hit(rule: PhraseRule, scalars: Range<Int>) -> PhraseHit {
        if simple {
            let scalarView = text.unicodeScalars
            let lower = scalarView.index(index, offsetBy: scalars.lowerBound - scalarOffset)
            let upper = scalarView.index(lower, offsetBy: scalars.count)
            index = lower
            scalarOffset = scalars.lowerBound
            return PhraseHit(
                rule: rule, matched: String(text[lower..<upper]), range: lower..<upper,
                utf16Range: scalars, characterRange: scalars)
        }
        let (lower, lowerCharacter) = boundary(atOrBefore: scalars.lowerBound)
        let (upper, upperCharacter) = boundary(atOrAfter: scalars.upperBound)
        let utf16Lower = text.utf16.distance(from: text.startIndex, to: lower)
        let utf16Upper = utf16Lower + text.utf16.distance(from: lower, to: upper)
        return PhraseHit(
            rule: rule, matched: String(text[lower..<upper]), range: lower..<upper,
            utf16Range: utf16Lower..<utf16Upper, characterRange: lowerCharacter..<upperCharacter)
    }

    /// The last character start at or before scalar `offset`.
    private mutating func boundary(atOrBefore offset: Int) -> (String.Index, Int) {
        while index < text.endIndex {
            let next = text.index(after: index)
            let width = text.unicodeScalars.distance(from: index, to: next)
            if scalarOffset + width > offset { break }
            index = next
            scalarOffset += width
            characterOffset += 1
        }
        return (index, characterOffset)
    }

    /// The first character start at or after scalar `offset` (or the end).
    private func boundary(atOrAfter offset: Int) -> (String.Index, Int) {
        var position = index
        var scalars = scalarOffset
        var characters = characterOffset
        while position < text.endIndex && scalars < offset {
            let next = text.index(after: position)
            scalars += text.unicodeScalars.distance(from: position, to: next)
            characters += 1
            position = next
        }
        return (position, characters)
    }
}
