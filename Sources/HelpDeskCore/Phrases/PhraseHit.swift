/// A forbidden phrase found in a text, located in the text as the agent typed
/// it (not in the normalised form it was matched in).
public struct PhraseHit: Sendable, Equatable {
    public let rule: PhraseRule
    /// What replaces the hit: the alternative of the pattern that matched,
    /// else its rule's.
    public let alternative: String
    /// The characters of the original text that matched.
    public let matched: String
    /// Always on character (grapheme) boundaries of the original text.
    public let range: Range<String.Index>
    /// The same range in UTF-16 code units, for terminal and editor cursors.
    public let utf16Range: Range<Int>
    /// The same range in characters (grapheme clusters).
    public let characterRange: Range<Int>

    /// The quality-review event the console records for this hit.
    public func event(field: String, call: String? = nil) -> PhraseHitRecorded {
        PhraseHitRecorded(rule: rule.id, language: rule.language, field: field, call: call)
    }
}

/// The result of checking one text: its hits in order of position.
public struct PhraseReport: Sendable, Equatable {
    public let text: String
    public let hits: [PhraseHit]

    public var isClean: Bool { hits.isEmpty }

    /// The text with `hit` replaced by its alternative. For English the
    /// alternative takes the case of its place: capitalised at the start of a
    /// sentence, lower-case inside one (except "I").
    public func replacing(_ hit: PhraseHit) -> String {
        var result = text
        result.replaceSubrange(hit.range, with: fittedAlternative(for: hit))
        return result
    }

    func fittedAlternative(for hit: PhraseHit) -> String {
        let alternative = hit.alternative
        guard hit.rule.language == .en, let first = alternative.first else { return alternative }
        if startsSentence(at: hit.range.lowerBound) {
            return first.uppercased() + alternative.dropFirst()
        }
        let keepsCapital = alternative.hasPrefix("I ") || alternative.hasPrefix("I'") || alternative == "I"
        return keepsCapital ? alternative : first.lowercased() + alternative.dropFirst()
    }

    private func startsSentence(at index: String.Index) -> Bool {
        var position = index
        while position > text.startIndex {
            position = text.index(before: position)
            let character = text[position]
            if character.isWhitespace { continue }
            return ".!?。！？".contains(character)
        }
        return true
    }
}
