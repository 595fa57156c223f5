import Foundation

/// Turns one script file into a validated `Script`, or into the full list of
/// what is wrong with it. The format is documented in docs/scripts.md.
public enum ScriptDecoder {
    private static let topFields: Set<String> = ["title", "summary", "kind", "key", "start", "fallbacks", "steps"]
    private static let stepFields: Set<String> = ["id", "say", "never", "note", "branches", "wait", "next", "final"]
    private static let branchFields: Set<String> = ["key", "label", "to"]
    private static let waitFields: Set<String> = ["seconds", "then"]
    /// Longer than any sensible pause on a live call; catches "5000" for "5".
    static let longestWait = 600

    /// The script id is the file name without ".json", so a lead overrides a
    /// shipped script by dropping a file of the same name in the data directory.
    public static func scriptID(fileName: String) -> String {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        return base.hasSuffix(".json") ? String(base.dropLast(5)) : base
    }

    public static func decode(_ data: Data, fileName: String) throws(LoadIssues) -> Script {
        var reader = JSONFieldReader(file: fileName)
        let id = scriptID(fileName: fileName)
        if id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            reader.report(nil, "", "the file name must be letters, digits and '-' followed by .json")
        }
        guard let root = reader.root(data) else { throw LoadIssues(reader.issues) }
        reader.rejectUnknown(root, allowed: topFields, item: nil)

        let title = reader.localized(root, "title", item: nil, required: true)
        let summary = reader.localized(root, "summary", item: nil, required: false)
        var kind: ScriptKind?
        if let name = reader.string(root, "kind", item: nil, required: true) {
            kind = ScriptKind(rawValue: name)
            if kind == nil { reader.report(nil, "kind", "unknown kind \"\(name)\" (expected \(ScriptKind.allCases.map(\.rawValue).joined(separator: ", ")))") }
        }
        var key: Character?
        if let text = reader.string(root, "key", item: nil, required: false) {
            if text.count == 1, let only = text.first, !only.isWhitespace { key = Character(only.lowercased()) } else { reader.report(nil, "key", "must be a single character") }
        }
        let start = reader.string(root, "start", item: nil, required: true)
        let rawSteps = reader.objects(root, "steps", item: nil, required: true) ?? []
        if rawSteps.isEmpty && root["steps"] is [Any] { reader.report(nil, "steps", "a script needs at least one step") }

        var steps: [ScriptStep] = []
        var seen: Set<String> = []
        for (position, raw) in rawSteps.enumerated() {
            let label = (raw["id"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "#\(position + 1)"
            if raw["id"] is String, !seen.insert(label).inserted { reader.report(label, "id", "another step already has this id") }
            if let step = decodeStep(raw, label: label, reader: &reader) { steps.append(step) }
        }

        checkTargets(steps: steps, ids: seen, start: start, reader: &reader)
        let fallbacks = decodeFallbacks(root, steps: steps, reader: &reader)
        guard reader.issues.isEmpty, let title, let kind, let start else { throw LoadIssues(reader.issues) }
        return Script(id: id, kind: kind, key: key, title: title, summary: summary, start: start, fallbacks: fallbacks, steps: steps)
    }

    private static func decodeStep(_ raw: [String: Any], label: String, reader: inout JSONFieldReader) -> ScriptStep? {
        let before = reader.issues.count
        reader.rejectUnknown(raw, allowed: stepFields, item: label)
        let id = reader.string(raw, "id", item: label, required: true)
        let say = texts(raw, "say", item: label, reader: &reader)
        let never = texts(raw, "never", item: label, reader: &reader)
        let note = texts(raw, "note", item: label, reader: &reader)
        let next = reader.string(raw, "next", item: label, required: false)

        var final: FinalAction?
        if let name = reader.string(raw, "final", item: label, required: false) {
            final = FinalAction(rawValue: name)
            if final == nil {
                reader.report(label, "final", "unknown final action \"\(name)\" (expected \(FinalAction.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }

        var wait: ScriptWait?
        if let rawWait = reader.object(raw, "wait", item: label, required: false) {
            reader.rejectUnknown(rawWait, allowed: waitFields, item: label, prefix: "wait.")
            let seconds = reader.integer(rawWait, "seconds", item: label, prefix: "wait.", required: true)
            if let seconds, !(1...longestWait).contains(seconds) {
                reader.report(label, "wait.seconds", "must be between 1 and \(longestWait)")
            }
            var outcome = WaitOutcome.advance
            if let name = reader.string(rawWait, "then", item: label, prefix: "wait.", required: false) {
                if let known = WaitOutcome(rawValue: name) { outcome = known } else {
                    reader.report(label, "wait.then", "unknown outcome \"\(name)\" (expected advance or offer)")
                }
            }
            if let seconds { wait = ScriptWait(seconds: seconds, then: outcome) }
        }

        var branches: [ScriptBranch] = []
        var keys: Set<Character> = []
        for (index, rawBranch) in (reader.objects(raw, "branches", item: label, required: false) ?? []).enumerated() {
            let prefix = "branches[\(index)]."
            reader.rejectUnknown(rawBranch, allowed: branchFields, item: label, prefix: prefix)
            var key: Character?
            if let text = reader.string(rawBranch, "key", item: label, prefix: prefix, required: true) {
                if text.count == 1, let only = text.first, !only.isWhitespace {
                    key = Character(only.lowercased())
                    if !keys.insert(key!).inserted { reader.report(label, prefix + "key", "another branch of this step uses \"\(text)\"") }
                } else {
                    reader.report(label, prefix + "key", "must be a single character")
                }
            }
            let branchLabel = texts(rawBranch, "label", item: label, prefix: prefix, required: true, reader: &reader)
            let target = reader.string(rawBranch, "to", item: label, prefix: prefix, required: true)
            if let key, let branchLabel, let target { branches.append(ScriptBranch(key: key, label: branchLabel, target: target)) }
        }

        if final != nil {
            for field in ["next", "wait", "branches"] where raw[field] != nil {
                reader.report(label, field, "a final step ends the script and cannot have \(field)")
            }
        } else if raw["final"] == nil {
            if next == nil && raw["branches"] == nil && raw["next"] == nil {
                reader.report(label, "next", "a step needs a next step, branches, or a final action")
            }
            if raw["wait"] != nil && raw["next"] == nil {
                reader.report(label, "next", "a timed wait needs a next step to go to when it runs out")
            }
        }
        if say == nil && raw["say"] == nil && raw["note"] == nil && raw["final"] == nil {
            reader.report(label, "say", "a step needs a line to say or a note for the agent")
        }
        guard reader.issues.count == before, let id else { return nil }
        return ScriptStep(id: id, say: say, neverSay: never, note: note, branches: branches, wait: wait, next: next, final: final)
    }

    /// A localized text whose placeholders are all known.
    private static func texts(
        _ raw: [String: Any], _ key: String, item: String, prefix: String = "", required: Bool = false,
        reader: inout JSONFieldReader
    ) -> LocalizedText? {
        guard let text = reader.localized(raw, key, item: item, prefix: prefix, required: required) else { return nil }
        var clean = true
        for language in Language.allCases {
            for name in ScriptPlaceholder.scan(text[language]).unknown {
                reader.report(item, "\(prefix)\(key).\(language.rawValue)", "unknown placeholder {\(name)} (known: \(ScriptPlaceholder.allCases.map { "{\($0.rawValue)}" }.joined(separator: " ")))")
                clean = false
            }
        }
        return clean ? text : nil
    }

    /// The wording said where a placeholder's value is unknown on the call:
    /// `"fallbacks": {"address": {"zh-Hans": "您", "en": "the customer", …}}`.
    /// Every placeholder a step uses needs one, so no call ever shows an
    /// agent a template marker to read out; a fallback holds no placeholder.
    private static func decodeFallbacks(_ root: [String: Any], steps: [ScriptStep], reader: inout JSONFieldReader) -> [ScriptPlaceholder: LocalizedText] {
        let given = reader.object(root, "fallbacks", item: nil, required: false) ?? [:]
        var fallbacks: [ScriptPlaceholder: LocalizedText] = [:]
        for name in given.keys.sorted() {
            guard let placeholder = ScriptPlaceholder(rawValue: name) else {
                reader.report(nil, "fallbacks.\(name)", "unknown placeholder (known: \(ScriptPlaceholder.allCases.map(\.rawValue).joined(separator: " ")))")
                continue
            }
            guard let text = reader.localized(given, name, item: nil, prefix: "fallbacks.", required: true) else { continue }
            if Language.allCases.contains(where: { text[$0].contains("{") }) {
                reader.report(nil, "fallbacks.\(name)", "a fallback is said as it is and cannot hold a placeholder")
                continue
            }
            fallbacks[placeholder] = text
        }
        var reported: Set<ScriptPlaceholder> = []
        for step in steps {
            let texts = [step.say, step.neverSay, step.note].compactMap { $0 } + step.branches.map(\.label)
            for text in texts {
                for language in Language.allCases {
                    for placeholder in ScriptPlaceholder.scan(text[language]).known
                    where given[placeholder.rawValue] == nil && reported.insert(placeholder).inserted {
                        reader.report(step.id, "fallbacks.\(placeholder.rawValue)",
                                      "{\(placeholder.rawValue)} has no fallback wording for a call that does not know it; add it under \"fallbacks\"")
                    }
                }
            }
        }
        return fallbacks
    }

    /// Every step named as a start, next or branch target exists, and every
    /// step can be reached from the start (an unreachable step is a broken link).
    /// `ids` holds every step id in the file, including steps that failed to
    /// load, so one broken step is not also reported as a missing target.
    private static func checkTargets(steps: [ScriptStep], ids: Set<String>, start: String?, reader: inout JSONFieldReader) {
        if let start, !ids.contains(start), !ids.isEmpty { reader.report(nil, "start", "no step has the id \"\(start)\"") }
        for step in steps {
            if let next = step.next, !ids.contains(next) { reader.report(step.id, "next", "no step has the id \"\(next)\"") }
            for (index, branch) in step.branches.enumerated() where !ids.contains(branch.target) {
                reader.report(step.id, "branches[\(index)].to", "no step has the id \"\(branch.target)\"")
            }
        }
        guard reader.issues.isEmpty, let start else { return }
        var reached: Set<String> = [start]
        var frontier = [start]
        let byID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        while let id = frontier.popLast(), let step = byID[id] {
            for target in [step.next].compactMap({ $0 }) + step.branches.map(\.target) where reached.insert(target).inserted {
                frontier.append(target)
            }
        }
        for step in steps where !reached.contains(step.id) {
            reader.report(step.id, "id", "no step leads here from the start \"\(start)\"")
        }
    }
}
