/// One rule pattern, parsed from the little language of the rule files
/// (modelled on LanguageTool's pattern rules). Elements are separated by
/// spaces:
///
/// | element | matches |
/// |---|---|
/// | `不能` | the literal (folded as the text is: case, width, traditional forms) |
/// | `(我|我们)` | one of the alternatives |
/// | `(这个)?`, `我们?` | an optional literal |
/// | `{adv}` | up to two words of the file's slot `adv` (真的, 实在, 可 …), or none |
/// | `~4` | a bounded gap: up to 4 characters (English: words), never across a sentence end |
/// | `…` | the rest of the clause, up to the next punctuation mark; first in a pattern, the clause up to the match |
/// | `……` | first in a pattern: the sentence up to the match |
/// | `<` `>` | what the hit covers, when not the whole match ("but" after praise) |
/// | `^` | a clause starts here |
/// | `{q}` | the sentence ends here with a question mark |
///
/// Chinese and Korean literals match the text with spaces and punctuation
/// removed, so elements follow one another directly; English elements are
/// words, one space apart.
struct PhrasePattern: Sendable, Equatable {
    enum Element: Sendable, Equatable {
        case literal(WordChoice, optional: Bool)
        case slot(WordChoice)
        case gap(Int)
        case rest
        case markStart, markEnd
        case clauseStart
        case question
        /// Only first: the match reaches back to the start of the sentence.
        case sentenceHead

        var isSkip: Bool {
            switch self {
            case .slot, .gap, .rest, .sentenceHead: true
            default: false
            }
        }
    }

    /// Most words a slot takes at one place.
    static let slotWords = 2
    /// The widest gap a pattern may ask for, keeping each match attempt bounded.
    static let widestGap = 40

    var elements: [Element]

    /// Parses `source`; throws a message naming what is wrong.
    init(_ source: String, latin: Bool, slots: [String: [String]], fold: [UInt32]) throws(PatternError) {
        var elements: [Element] = []
        for token in Self.tokens(source) {
            elements.append(try Self.element(token, latin: latin, slots: slots, fold: fold))
        }
        let consuming = elements.filter { if case .literal(_, optional: false) = $0 { return true } else { return false } }
        guard !consuming.isEmpty else { throw PatternError("needs at least one literal that is not optional") }
        guard elements.filter({ $0 == .markStart }).count == elements.filter({ $0 == .markEnd }).count,
              elements.filter({ $0 == .markStart }).count <= 1 else { throw PatternError("needs one < and one > or neither") }
        let leading = elements.drop { $0 == .markStart || $0 == .clauseStart }
        if let first = leading.first, first.isSkip {
            // A leading … reaches back to the start of the clause (the subject
            // and all, so the replacement reads whole); anything else needs a literal first.
            if (first != .rest && first != .sentenceHead) || leading.dropFirst().first?.isSkip != false {
                throw PatternError("must start with a literal (or … or …… then a literal)")
            }
        }
        self.elements = elements
    }

    private init(elements: [Element]) { self.elements = elements }

    /// The elements' source texts: split at spaces, except inside
    /// parentheses, where a space belongs to an alternative ("(can not|cannot)").
    private static func tokens(_ source: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var depth = 0
        for character in source {
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if (character == " " || character == "\u{3000}") && depth == 0 {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func element(_ token: String, latin: Bool, slots: [String: [String]], fold: [UInt32]) throws(PatternError) -> Element {
        switch token {
        case "…", "...": return .rest
        case "……": return .sentenceHead
        case "<": return .markStart
        case ">": return .markEnd
        case "^": return .clauseStart
        case "{q}": return .question
        default: break
        }
        if token.hasPrefix("~") {
            guard let width = Int(token.dropFirst()), (1...widestGap).contains(width) else {
                throw PatternError("gap \(token) must be ~1 to ~\(widestGap)")
            }
            return .gap(width)
        }
        if token.hasPrefix("{") && token.hasSuffix("}") {
            let name = String(token.dropFirst().dropLast())
            guard let words = slots[name] else {
                throw PatternError("unknown slot {\(name)} (known: \(slots.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")))")
            }
            return .slot(WordChoice(try words.map { word throws(PatternError) in try literal(word, latin: latin, fold: fold) }))
        }
        var body = Substring(token)
        let optional = body.hasSuffix("?") && body.count > 1
        if optional { body = body.dropLast() }
        if body.hasPrefix("(") != body.hasSuffix(")") { throw PatternError("unbalanced parentheses in \(token)") }
        if body.hasPrefix("(") { body = body.dropFirst().dropLast() }
        let choices = body.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        if choices.contains(where: { $0.contains { "(){}<>~".contains($0) } }) {
            throw PatternError("\(token) mixes special characters into a literal")
        }
        return .literal(WordChoice(try choices.map { choice throws(PatternError) in try literal(choice, latin: latin, fold: fold) }), optional: optional)
    }

    private static func literal(_ text: String, latin: Bool, fold: [UInt32]) throws(PatternError) -> [UInt32] {
        let folded = NormalizedText.pattern(text, latin: latin, fold: fold)
        guard !folded.isEmpty else { throw PatternError("«\(text)» has nothing left to match once spaces and punctuation are removed") }
        guard folded.allSatisfy({ $0 < 0x10000 }) else { throw PatternError("«\(text)» uses characters (such as emoji) the guard does not match") }
        return folded
    }

    /// The pattern as variants whose first element is a required literal, the
    /// anchor the automaton finds: each leading optional literal is either
    /// left out or required.
    func anchoredVariants() -> [PhrasePattern] {
        guard let index = elements.firstIndex(where: {
            if case .literal = $0 { return true } else { return false }
        }), case .literal(let choices, let optional) = elements[index] else { return [] }
        var required = elements
        required[index] = .literal(choices, optional: false)
        guard optional else { return [self] }
        var without = elements
        without.remove(at: index)
        // A slot or gap cannot lead: with the subject left out, so is its adverb.
        while index < without.count, without[index].isSkip { without.remove(at: index) }
        return [PhrasePattern(elements: required)] + PhrasePattern(elements: without).anchoredVariants()
    }

    /// The alternatives of the anchor (the first literal).
    var anchors: [[UInt32]] {
        for element in elements { if case .literal(let choice, _) = element { return choice.words } }
        return []
    }
}

/// The words one element may match (a literal's alternatives, a slot's
/// words), with a bitmap of their first characters: most places in a note
/// start none of them, and one bit test turns those away without comparing.
struct WordChoice: Sendable, Equatable {
    let words: [[UInt32]]
    private let firsts: [UInt64]

    init(_ words: [[UInt32]]) {
        self.words = words
        var firsts = [UInt64](repeating: 0, count: 16)
        for word in words {
            guard let first = word.first else { continue }
            firsts[Int(first & 1023) >> 6] |= 1 << (first & 63)
        }
        self.firsts = firsts
    }

    /// False when no word starts with `value` (true may still match none).
    @inline(__always)
    func mayStart(with value: UInt32) -> Bool {
        firsts[Int(value & 1023) >> 6] & (1 << (value & 63)) != 0
    }
}

struct PatternError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
