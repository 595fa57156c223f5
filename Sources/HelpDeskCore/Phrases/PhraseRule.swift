/// Only flag a phrase when one of these words came shortly before it: "but"
/// is negative after praise ("Lovely idea, but…") and harmless elsewhere.
public struct PhraseContextRule: Sendable, Equatable {
    public let after: [String]
    /// How far back the word may be, in matched characters (letters and spaces
    /// for English, characters without spaces or punctuation for CJK).
    public let within: Int
    public init(after: [String], within: Int) {
        self.after = after
        self.within = within
    }
}

/// A forbidden or negative phrase (服务禁用语) and what to say instead.
public struct PhraseRule: Sendable, Equatable, Identifiable {
    public let id: String
    public let language: Language
    /// The forms that are flagged; any one matching is a hit.
    public let phrases: [String]
    /// Why it hurts, shown to the agent beside the hit.
    public let reason: String
    /// The positive phrase one key puts in its place.
    public let alternative: String
    /// Longer phrases containing a flagged form that are harmless
    /// ("听不清楚" — the line is bad — is not the forbidden "不清楚").
    public let allow: [String]
    public let context: PhraseContextRule?

    public init(
        id: String, language: Language, phrases: [String], reason: String, alternative: String,
        allow: [String] = [], context: PhraseContextRule? = nil
    ) {
        self.id = id
        self.language = language
        self.phrases = phrases
        self.reason = reason
        self.alternative = alternative
        self.allow = allow
        self.context = context
    }

    /// English is matched on word boundaries; Chinese and Korean on text with
    /// spaces and punctuation removed.
    var matchesWords: Bool { language == .en }
}
