import Foundation

/// Finds forbidden and negative phrases (服务禁用语) in what an agent types.
/// Each rule is a family of patterns (`PhrasePattern`) with antipatterns that
/// excuse look-alikes. The patterns' first literals are compiled into two
/// Aho–Corasick automata — one for Chinese and Korean over the text without
/// spaces and punctuation, one for English over words — which find where a
/// pattern may start in one pass; each candidate is then walked a bounded
/// distance. A check is linear in the text whatever the number of rules.
public struct PhraseGuard: Sendable {
    public let rules: [PhraseRule]

    public let variants: ChineseVariants.Source
    private let fold: [UInt32]
    private let cjk: PatternLane
    private let latin: PatternLane
    /// For each rule, the antipatterns (ids in its lane) that excuse its hits.
    private let ruleAntipatterns: [[Int]]

    /// Rules are taken as they are; `PhraseRuleFile.decode` is where they are
    /// validated. A pattern that does not parse is left out. `variants` says
    /// where traditional → simplified folding comes from (see `ChineseVariants`).
    public init(rules: [PhraseRule], variants: ChineseVariants.Source = .openCC) {
        self.rules = rules
        self.variants = variants
        var fold = ScalarFold.bmp
        let chinese = rules.filter { $0.language == .zh }.flatMap { rule in
            rule.patterns.map(\.pattern) + rule.antipatterns + rule.slots.values.flatMap { $0 }
        }
        for pair in ChineseVariants.foldPairs(for: chinese, source: variants) where pair.traditional < 0x10000 && pair.simplified < 0x10000 {
            fold[Int(pair.traditional)] = ScalarFold.bmp[Int(pair.simplified)]
        }
        self.fold = fold

        var cjk = PatternLane.Builder()
        var latin = PatternLane.Builder()
        var ruleAntipatterns: [[Int]] = []
        for (index, rule) in rules.enumerated() {
            let words = rule.matchesWords
            func parse(_ source: String) -> PhrasePattern? {
                try? PhrasePattern(source, latin: words, slots: rule.slots, fold: fold)
            }
            var antipatterns: [Int] = []
            for source in rule.antipatterns {
                guard let pattern = parse(source) else { continue }
                let key = "\(rule.language.rawValue)\u{0}\(source)\u{0}\(rule.slots.sorted { $0.key < $1.key })"
                if words { antipatterns.append(latin.antipattern(pattern, key: key)) } else { antipatterns.append(cjk.antipattern(pattern, key: key)) }
            }
            ruleAntipatterns.append(antipatterns)
            for source in rule.patterns {
                guard let pattern = parse(source.pattern) else { continue }
                let alternative = source.alternative ?? rule.alternative
                if words { latin.add(pattern, rule: index, alternative: alternative) } else { cjk.add(pattern, rule: index, alternative: alternative) }
            }
        }
        self.cjk = cjk.build()
        self.latin = latin.build()
        self.ruleAntipatterns = ruleAntipatterns
    }

    /// A guard with only the rules of the given languages.
    public func restricted(to languages: Set<Language>) -> PhraseGuard {
        PhraseGuard(rules: rules.filter { languages.contains($0.language) }, variants: variants)
    }

    public func check(_ text: String) -> PhraseReport {
        let view = NormalizedText(text, fold: fold)
        var found: [PatternLane.Hit] = []
        var cjkView = PatternView(text: view.cjk, flags: view.cjkFlags, latin: false)
        cjk.collect(in: &cjkView, origin: view.cjkOrigin, excuses: ruleAntipatterns, into: &found)
        var latinView = PatternView(text: view.latin, flags: view.latinFlags, latin: true)
        latin.collect(in: &latinView, origin: view.latinOrigin, excuses: ruleAntipatterns, into: &found)
        guard !found.isEmpty else { return PhraseReport(text: text, hits: []) }

        // Leftmost first, longest first at one position; overlapping hits are
        // dropped so each stretch of text is flagged (and replaced) once.
        found.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var hits: [PhraseHit] = []
        var locator = TextLocator(text, simple: view.isSimple)
        var coveredUntil = -1
        for hit in found where hit.start >= coveredUntil {
            coveredUntil = hit.end
            hits.append(locator.hit(rule: rules[hit.rule], alternative: hit.alternative, scalars: hit.start..<hit.end))
        }
        return PhraseReport(text: text, hits: hits)
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

    mutating func hit(rule: PhraseRule, alternative: String, scalars: Range<Int>) -> PhraseHit {
        if simple {
            let scalarView = text.unicodeScalars
            let lower = scalarView.index(index, offsetBy: scalars.lowerBound - scalarOffset)
            let upper = scalarView.index(lower, offsetBy: scalars.count)
            index = lower
            scalarOffset = scalars.lowerBound
            return PhraseHit(
                rule: rule, alternative: alternative, matched: String(text[lower..<upper]), range: lower..<upper,
                utf16Range: scalars, characterRange: scalars)
        }
        let (lower, lowerCharacter) = boundary(atOrBefore: scalars.lowerBound)
        let (upper, upperCharacter) = boundary(atOrAfter: scalars.upperBound)
        let utf16Lower = text.utf16.distance(from: text.startIndex, to: lower)
        let utf16Upper = utf16Lower + text.utf16.distance(from: lower, to: upper)
        return PhraseHit(
            rule: rule, alternative: alternative, matched: String(text[lower..<upper]), range: lower..<upper,
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
