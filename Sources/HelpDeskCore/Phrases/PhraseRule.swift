/// One way of saying a forbidden thing, written in the pattern language (see
/// `PhrasePattern`), with the positive phrase that replaces what it matches
/// when it needs its own (a paraphrase family shares the rule's otherwise).
public struct PhrasePatternSource: Sendable, Equatable {
    public let pattern: String
    public let alternative: String?
    public init(_ pattern: String, alternative: String? = nil) {
        self.pattern = pattern
        self.alternative = alternative
    }
}

/// A sentence the rule file says the rule must flag and how it reads once
/// replaced (`after`), or must leave alone (`after` nil) — LanguageTool's
/// examples inside a rule, verified by `helpdesk scripts check`.
public struct PhraseExample: Sendable, Equatable {
    public let before: String
    public let after: String?
    public init(_ before: String, after: String?) {
        self.before = before
        self.after = after
    }
}

/// A forbidden or negative phrase (服务禁用语): the ways of saying it, the
/// look-alikes that are not it, and what to say instead.
public struct PhraseRule: Sendable, Equatable, Identifiable {
    public let id: String
    public let language: Language
    /// The paraphrase family: any pattern matching is a hit.
    public let patterns: [PhrasePatternSource]
    /// Why it hurts, shown to the agent beside the hit.
    public let reason: String
    /// The positive phrase one key puts in place of the whole match.
    public let alternative: String
    /// Patterns that excuse a hit they overlap: the customer or the device as
    /// the subject (您不清楚型号), a promise (我不能让您再等), a restated
    /// symptom (您是说…吗). Includes the file's shared antipatterns.
    public let antipatterns: [String]
    /// The word lists `{name}` stands for in this rule's patterns.
    public let slots: [String: [String]]
    public let examples: [PhraseExample]

    public init(
        id: String, language: Language, patterns: [PhrasePatternSource], reason: String, alternative: String,
        antipatterns: [String] = [], slots: [String: [String]] = [:], examples: [PhraseExample] = []
    ) {
        self.id = id
        self.language = language
        self.patterns = patterns
        self.reason = reason
        self.alternative = alternative
        self.antipatterns = antipatterns
        self.slots = slots
        self.examples = examples
    }

    /// English is matched word by word; Chinese and Korean on text with
    /// spaces and punctuation removed.
    var matchesWords: Bool { language == .en }
}
