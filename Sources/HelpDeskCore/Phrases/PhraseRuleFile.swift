import Foundation

/// One language's rule file (`Resources/phrases/en.json` or an override in the
/// data directory). An override may replace shipped rules by id, add new ones,
/// or switch shipped ones off with `"disabled": true`.
public struct PhraseRuleFile: Sendable, Equatable {
    public let language: Language
    public let rules: [PhraseRule]
    /// Ids this file switches off (only meaningful in an override).
    public let disabled: [String]

    private static let topFields: Set<String> = ["language", "rules"]
    private static let ruleFields: Set<String> = ["id", "phrases", "reason", "alternative", "allow", "after", "disabled"]
    private static let contextFields: Set<String> = ["words", "within"]

    public init(language: Language, rules: [PhraseRule], disabled: [String] = []) {
        self.language = language
        self.rules = rules
        self.disabled = disabled
    }

    /// This file with `override` laid over it: same id replaces, new id adds,
    /// disabled id removes. Order: shipped order, then new rules.
    public func merged(with override: PhraseRuleFile) -> PhraseRuleFile {
        let replacements = Dictionary(override.rules.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let off = Set(override.disabled)
        var result = rules.filter { !off.contains($0.id) }.map { replacements[$0.id] ?? $0 }
        let known = Set(rules.map(\.id))
        result += override.rules.filter { !known.contains($0.id) && !off.contains($0.id) }
        return PhraseRuleFile(language: language, rules: result)
    }

    public static func decode(_ data: Data, fileName: String) throws(LoadIssues) -> PhraseRuleFile {
        var reader = JSONFieldReader(file: fileName)
        guard let root = reader.root(data) else { throw LoadIssues(reader.issues) }
        reader.rejectUnknown(root, allowed: topFields, item: nil)
        var language: Language?
        if let name = reader.string(root, "language", item: nil, required: true) {
            language = Language(rawValue: name)
            if language == nil {
                reader.report(nil, "language", "unknown language \"\(name)\" (expected \(Language.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let stem = ScriptDecoder.scriptID(fileName: fileName)
            if let language, Language(rawValue: stem) != nil, stem != language.rawValue {
                reader.report(nil, "language", "says \(language.rawValue) but the file is named for \(stem)")
            }
        }
        var rules: [PhraseRule] = []
        var disabled: [String] = []
        var seen: Set<String> = []
        for (position, raw) in (reader.objects(root, "rules", item: nil, required: true) ?? []).enumerated() {
            let label = (raw["id"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "#\(position + 1)"
            let before = reader.issues.count
            reader.rejectUnknown(raw, allowed: ruleFields, item: label)
            guard let id = reader.string(raw, "id", item: label, required: true) else { continue }
            if !seen.insert(id).inserted { reader.report(id, "id", "another rule already has this id") }
            if reader.bool(raw, "disabled", item: id) == true {
                disabled.append(id)
                continue
            }
            let phrases = reader.strings(raw, "phrases", item: id, required: true) ?? []
            let reason = reader.string(raw, "reason", item: id, required: true)
            let alternative = reader.string(raw, "alternative", item: id, required: true)
            let allow = reader.strings(raw, "allow", item: id, required: false) ?? []
            var context: PhraseContextRule?
            if let rawContext = reader.object(raw, "after", item: id, required: false) {
                reader.rejectUnknown(rawContext, allowed: contextFields, item: id, prefix: "after.")
                let words = reader.strings(rawContext, "words", item: id, prefix: "after.", required: true) ?? []
                let within = reader.integer(rawContext, "within", item: id, prefix: "after.", required: true)
                if let within, !(1...500).contains(within) { reader.report(id, "after.within", "must be between 1 and 500") }
                if let within, !words.isEmpty { context = PhraseContextRule(after: words, within: within) }
            }
            if let language {
                checkMatchable(phrases, field: "phrases", id: id, language: language, reader: &reader)
                checkMatchable(allow, field: "allow", id: id, language: language, reader: &reader)
                checkMatchable(context?.after ?? [], field: "after.words", id: id, language: language, reader: &reader)
                checkAllowContainsPhrase(allow, phrases: phrases, id: id, language: language, reader: &reader)
            }
            guard reader.issues.count == before, let language, let reason, let alternative else { continue }
            rules.append(PhraseRule(id: id, language: language, phrases: phrases, reason: reason, alternative: alternative, allow: allow, context: context))
        }
        guard reader.issues.isEmpty, let language else { throw LoadIssues(reader.issues) }
        return PhraseRuleFile(language: language, rules: rules, disabled: disabled)
    }

    /// A phrase that folds to nothing (only punctuation) or uses characters
    /// outside the Basic Multilingual Plane (emoji) could never match.
    private static func checkMatchable(_ texts: [String], field: String, id: String, language: Language, reader: inout JSONFieldReader) {
        for (index, text) in texts.enumerated() {
            let pattern = NormalizedText.pattern(text, latin: language == .en, fold: ScalarFold.bmp)
            if pattern.isEmpty {
                reader.report(id, "\(field)[\(index)]", "has nothing left to match once spaces and punctuation are removed")
            } else if pattern.contains(where: { $0 >= 0x10000 }) {
                reader.report(id, "\(field)[\(index)]", "uses characters (such as emoji) the guard does not match")
            }
        }
    }

    /// An allow-list entry that contains none of the rule's phrases can never
    /// excuse a hit: it is a mistake in the file.
    private static func checkAllowContainsPhrase(_ allow: [String], phrases: [String], id: String, language: Language, reader: inout JSONFieldReader) {
        let latin = language == .en
        let forms = phrases.map { NormalizedText.pattern($0, latin: latin, fold: ScalarFold.bmp) }
        for (index, entry) in allow.enumerated() {
            let folded = NormalizedText.pattern(entry, latin: latin, fold: ScalarFold.bmp)
            if !forms.contains(where: { !$0.isEmpty && folded.containsSequence($0) }) {
                reader.report(id, "allow[\(index)]", "contains none of the rule's phrases, so it never applies")
            }
        }
    }
}

extension Array where Element == UInt32 {
    func containsSequence(_ part: [UInt32]) -> Bool {
        guard !part.isEmpty, part.count <= count else { return false }
        for start in 0...(count - part.count) where self[start..<(start + part.count)].elementsEqual(part) { return true }
        return false
    }
}
