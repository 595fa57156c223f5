import HelpDeskCore
import TermRender

/// The phrase guard live in the console's forms. After every key in a
/// guarded text field the field is checked (about 0.05 ms for 2,000
/// characters, so on each keystroke): each hit is marked in place, the
/// alternative to the hit nearest the cursor is shown under the field, and
/// Ctrl-R or F6 puts that alternative in its place. New hits are journaled
/// as `PhraseHitRecorded` for quality review; nothing ever blocks the agent.
extension ConsoleModel {
    /// The keys that replace a flagged phrase with its alternative.
    static let replaceKeys: Set<Key> = [.ctrl("r"), .function(6)]
    /// The fields the guard watches: what the agent writes in their own words
    /// (a note, why a follow-up is due, the summary of what the customer wants).
    /// Never the complaint's key points: they hold the customer's own words,
    /// and a forbidden phrase quoted there is the evidence the complaint
    /// needs, so it is neither rewritten nor counted as the agent's hit.
    static let guardedFields: Set<String> = ["notes", "followUpWhy", "wants"]

    /// A key for a form with the guard in between: the replace key acts on
    /// the focused field's hits, any other key goes to the form; then the
    /// focused field is checked again. Returns the outcome (`.ignored` for a
    /// replace key with nothing to replace) and the effects recording new hits.
    mutating func handleGuarded(_ key: Key, form: inout Form, width: Int, scope: String, call: String?) -> (FormOutcome, [ConsoleEffect]) {
        let outcome: FormOutcome
        if Self.replaceKeys.contains(key) {
            outcome = replaceHit(in: &form) ? .edited : .ignored
        } else {
            outcome = form.handle(key, fieldWidth: width)
        }
        guard outcome == .edited || outcome == .moved else { return (outcome, []) }
        return (outcome, guardPhrases(in: &form, fields: [form.focus], scope: scope, call: call, record: true))
    }

    /// Checks `fields` of `form` and marks their hits. With `record`, hits
    /// beyond those already seen in a field are journaled; without (a draft
    /// reopened from an earlier session, recorded then), they only count as seen.
    mutating func guardPhrases(in form: inout Form, fields: [Int], scope: String, call: String?, record: Bool) -> [ConsoleEffect] {
        var events: [EventBody] = []
        for index in fields where form.fields.indices.contains(index) {
            let field = form.fields[index]
            guard Self.guardedFields.contains(field.id), case .text(let editor) = field.kind else { continue }
            let report = coaching.phrases.check(editor.text)
            form.fields[index].marks = report.hits.map(\.characterRange)
            form.fields[index].hint = Self.target(report.hits, cursor: editor.cursor).map { hint(for: $0, hits: report.hits.count) }
            let name = "\(scope).\(field.id)"
            let fresh = phraseTally.fresh(report.hits, in: "\(call ?? "")/\(name)")
            if record { events += fresh.map { .phraseHit($0.event(field: name, call: call)) } }
        }
        return events.isEmpty ? [] : [.record(events)]
    }

    /// Replaces the focused field's hit nearest the cursor with its
    /// alternative, leaving the cursor after it; false when there is none.
    private func replaceHit(in form: inout Form) -> Bool {
        guard form.fields.indices.contains(form.focus), Self.guardedFields.contains(form.fields[form.focus].id),
              case .text(var editor) = form.fields[form.focus].kind else { return false }
        let report = coaching.phrases.check(editor.text)
        guard let hit = Self.target(report.hits, cursor: editor.cursor) else { return false }
        let replaced = report.replacing(hit)
        let after = editor.graphemes.count - hit.characterRange.upperBound
        editor.setText(replaced)
        for _ in 0..<max(0, after) { editor.moveLeft() }
        form.fields[form.focus].kind = .text(editor)
        return true
    }

    /// The hit the replace key acts on: the last one starting before the
    /// cursor (the phrase just typed), else the first.
    static func target(_ hits: [PhraseHit], cursor: Int) -> PhraseHit? {
        hits.last { $0.characterRange.lowerBound < cursor } ?? hits.first
    }

    /// "✗ «I can't» → Let's see what we can do · Ctrl-R/F6 replace (+1) — why"
    private func hint(for hit: PhraseHit, hits: Int) -> String {
        let more = hits > 1 ? " (+\(hits - 1))" : ""
        return "✗ «\(hit.matched)» → \(hit.alternative) · Ctrl-R/F6 \(text.coaching.replace)\(more) — \(hit.rule.reason)"
    }
}

/// How many hits of each rule each field has shown at once, so a hit is
/// journaled once: when a field first shows more hits of a rule than ever
/// before. Typing on after a phrase, or moving it, records nothing new;
/// replacing it and typing it again elsewhere counts as the same hit.
struct PhraseTally: Sendable, Equatable {
    private var seen: [String: [String: Int]] = [:]

    /// The hits of `hits` beyond the most of their rule seen in `field`.
    mutating func fresh(_ hits: [PhraseHit], in field: String) -> [PhraseHit] {
        var counts: [String: Int] = [:]
        var fresh: [PhraseHit] = []
        for hit in hits {
            counts[hit.rule.id, default: 0] += 1
            if counts[hit.rule.id]! > seen[field]?[hit.rule.id] ?? 0 { fresh.append(hit) }
        }
        for (rule, count) in counts where count > seen[field]?[rule] ?? 0 { seen[field, default: [:]][rule] = count }
        return fresh
    }
}
