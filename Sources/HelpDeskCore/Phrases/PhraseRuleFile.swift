import Foundation

/// One language's rule file (`Resources/phrases/en.json` or an override in the
/// data directory). An override may replace shipped rules by id, add new ones,
/// or switch shipped ones off with `"disabled": true`.
public struct PhraseRuleFile: Sendable, Equatable {
    public let language: Language
    public let rules: [PhraseRule]
    /// Ids this file switches off (only meaningful in an override).
    public let disabled: [String]
    /// The word lists `{name}` stands for in every rule of the file.
    public let slots: [String: [String]]
    /// Antipatterns every rule of the file shares (already part of each rule's).
    public let antipatterns: [String]

    private static let topFields: Set<String> = ["language", "slots", "antipatterns", "rules"]
    private static let ruleFields: Set<String> = ["id", "patterns", "reason", "alternative", "antipatterns", "examples", "disabled"]
    private static let patternFields: Set<String> = ["pattern", "alternative"]
    private static let exampleFields: Set<String> = ["before", "after", "ok"]

    public init(language: Language, rules: [PhraseRule], disabled: [String] = [], slots: [String: [String]] = [:], antipatterns: [String] = []) {
        self.language = language
        self.rules = rules
        self.disabled = disabled
        self.slots = slots
        self.antipatterns = antipatterns
    }

    /// This file with `override` laid over it: same id replaces, new id adds,
    /// disabled id removes. Order: shipped order, then new rules.
    public func merged(with override: PhraseRuleFile) -> PhraseRuleFile {
        let replacements = Dictionary(override.rules.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let off = Set(override.disabled)
        var result = rules.filter { !off.contains($0.id) }.map { replacements[$0.id] ?? $0 }
        let known = Set(rules.map(\.id))
        result += override.rules.filter { !known.contains($0.id) && !off.contains($0.id) }
        return PhraseRuleFile(language: language, rules: result, slots: slots.merging(override.slots) { _, new in new },
                              antipatterns: antipatterns + override.antipatterns)
    }

    /// Decodes one file. An override names its shipped file as `base`: its
    /// rules may use the base's slots, and share its antipatterns.
    public static func decode(_ data: Data, fileName: String, base: [Language: PhraseRuleFile] = [:]) throws(LoadIssues) -> PhraseRuleFile {
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
        let inherited = language.flatMap { base[$0] }
        var slots = inherited?.slots ?? [:]
        for (name, raw) in (reader.object(root, "slots", item: nil, required: false) ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let words = raw as? [String], !words.isEmpty, words.allSatisfy({ !$0.isEmpty }) else {
                reader.report(nil, "slots.\(name)", "must be a list of words")
                continue
            }
            slots[name] = words
        }
        let ownShared = reader.strings(root, "antipatterns", item: nil, required: false) ?? []
        let shared = (inherited?.antipatterns ?? []) + ownShared
        if let language {
            checkPatterns(ownShared, field: "antipatterns", id: nil, language: language, slots: slots, reader: &reader)
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
            let patterns = decodePatterns(raw, id: id, reader: &reader)
            let reason = reader.string(raw, "reason", item: id, required: true)
            let alternative = reader.string(raw, "alternative", item: id, required: true)
            let antipatterns = reader.strings(raw, "antipatterns", item: id, required: false) ?? []
            let examples = decodeExamples(raw, id: id, reader: &reader)
            if let language {
                checkPatterns(patterns.map(\.pattern), field: "patterns", id: id, language: language, slots: slots, reader: &reader)
                checkPatterns(antipatterns, field: "antipatterns", id: id, language: language, slots: slots, reader: &reader)
            }
            guard reader.issues.count == before, let language, let reason, let alternative else { continue }
            rules.append(PhraseRule(id: id, language: language, patterns: patterns, reason: reason, alternative: alternative,
                                    antipatterns: antipatterns + shared, slots: slots, examples: examples))
        }
        guard reader.issues.isEmpty, let language else { throw LoadIssues(reader.issues) }
        return PhraseRuleFile(language: language, rules: rules, disabled: disabled, slots: slots, antipatterns: ownShared)
    }

    /// `patterns`: each a pattern string, or `{"pattern": …, "alternative": …}`
    /// for a paraphrase that needs its own replacement.
    private static func decodePatterns(_ raw: [String: Any], id: String, reader: inout JSONFieldReader) -> [PhrasePatternSource] {
        guard let list = raw["patterns"] as? [Any], !list.isEmpty else {
            reader.report(id, "patterns", raw["patterns"] == nil ? "missing" : "must be a non-empty list")
            return []
        }
        var patterns: [PhrasePatternSource] = []
        for (index, item) in list.enumerated() {
            if let text = item as? String {
                patterns.append(PhrasePatternSource(text))
            } else if let object = item as? [String: Any] {
                reader.rejectUnknown(object, allowed: patternFields, item: id, prefix: "patterns[\(index)].")
                if let text = reader.string(object, "pattern", item: id, prefix: "patterns[\(index)].", required: true) {
                    let alternative = reader.string(object, "alternative", item: id, prefix: "patterns[\(index)].", required: false)
                    patterns.append(PhrasePatternSource(text, alternative: alternative))
                }
            } else {
                reader.report(id, "patterns[\(index)]", "must be a string or an object with \"pattern\"")
            }
        }
        return patterns
    }

    /// `examples`: `{"before": …, "after": …}` (flagged, and how it reads once
    /// replaced) or `{"ok": …}` (must not be flagged by this rule).
    private static func decodeExamples(_ raw: [String: Any], id: String, reader: inout JSONFieldReader) -> [PhraseExample] {
        var examples: [PhraseExample] = []
        for (index, object) in (reader.objects(raw, "examples", item: id, required: false) ?? []).enumerated() {
            let prefix = "examples[\(index)]."
            reader.rejectUnknown(object, allowed: exampleFields, item: id, prefix: prefix)
            if object["ok"] != nil {
                if let text = reader.string(object, "ok", item: id, prefix: prefix, required: true) { examples.append(PhraseExample(text, after: nil)) }
            } else if let before = reader.string(object, "before", item: id, prefix: prefix, required: true),
                      let after = reader.string(object, "after", item: id, prefix: prefix, required: true) {
                examples.append(PhraseExample(before, after: after))
            }
        }
        return examples
    }

    /// Every pattern must parse: a mistake names the rule, the field and what is wrong.
    private static func checkPatterns(_ sources: [String], field: String, id: String?, language: Language,
                                      slots: [String: [String]], reader: inout JSONFieldReader) {
        for (index, source) in sources.enumerated() {
            do {
                _ = try PhrasePattern(source, latin: language == .en, slots: slots, fold: ScalarFold.bmp)
            } catch {
                reader.report(id, "\(field)[\(index)]", error.message)
            }
        }
    }
}

