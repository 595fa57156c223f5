import Foundation
import HelpDeskCore
import TermRender

/// A step the console takes on a complaint from the case list.
public enum CaseStep: Equatable, Sendable {
    /// The agent passes the complaint up to a team lead.
    case escalate(String)
    /// A lead takes an escalation into their own hands.
    case take(String)
    case instruct(String, text: String)
    /// A lead returns the complaint to the agent who escalated it, with the answer.
    case handBack(String, answer: String)
    case resolve(String, resolution: String)

    public var complaint: String {
        switch self {
        case .escalate(let id), .take(let id), .instruct(let id, _), .handBack(let id, _), .resolve(let id, _): id
        }
    }
}

/// What a lead or agent is asked to write before a case step is taken.
public enum CaseNoteKind: Hashable, Sendable {
    case instruct, handBack, resolve
}

/// The complaints panel when no form is open: the agent's own open
/// complaints and those they escalated (with the lead's answers), and for a
/// lead the escalations waiting. Keys: ↑/↓ choose, `e` escalate, `t` take,
/// `i` instruct, `b` hand back, `v` resolve.
extension ConsoleModel {
    /// The complaints this person should see: on a call, the caller's own
    /// open complaints first (whoever holds them: the caller is asking about
    /// them now), then for a lead the escalations waiting, then the ones the
    /// person filed or escalated, most urgent first.
    ///
    /// "Most urgent" is the floor's one order (`ComplaintRules.mostUrgentFirst`);
    /// a model given no rules (some screen tests) lists by number.
    static func cases(for me: RosterEntry, in live: LiveState, caller: [Complaint] = [], rules: ComplaintRules? = nil,
                      at now: Date = .distantPast) -> [Complaint] {
        let mine = Array(live.complaints.values.filter { $0.owner == me.agent || $0.escalatedBy == me.agent })
        let ordered = rules?.mostUrgentFirst(mine, at: now) ?? mine.sorted { $0.id.localizedStandardCompare($1.id) == .orderedAscending }
        let waiting = me.role == .lead ? live.escalations() : []
        var seen = Set<String>()
        return (caller + waiting + ordered).filter { seen.insert($0.id).inserted }
    }

    public var selectedCase: Complaint? {
        cases.indices.contains(caseSelection) ? cases[caseSelection] : nil
    }

    /// Keys of the case list; nil when the key is not one of them.
    mutating func handleCaseKey(_ key: Key) -> [ConsoleEffect]? {
        switch key {
        case .down, .char("j"): caseSelection = min(caseSelection + 1, max(0, cases.count - 1)); return []
        case .up, .char("k"): caseSelection = max(caseSelection - 1, 0); return []
        default: break
        }
        guard let chosen = selectedCase else { return nil }
        switch key {
        case .char("e"):
            do {
                let lead = try Complaints.escalationLead(for: me, roster: roster)
                overlay = .confirm(.escalate(complaint: chosen.id, lead: lead.name))
            } catch {
                message = ("\(error)", true)
            }
        case .char("t"): return [.caseStep(.take(chosen.id))]
        case .char("i"): overlay = .caseNote(.instruct, chosen.id, TextEditor("", maxLength: 400))
        case .char("b"): overlay = .caseNote(.handBack, chosen.id, TextEditor("", maxLength: 400))
        case .char("v"): overlay = .caseNote(.resolve, chosen.id, TextEditor("", maxLength: 400))
        default: return nil
        }
        return []
    }

    /// The case-note overlay: Enter takes the step with what was written.
    mutating func handleCaseNote(_ key: Key, kind: CaseNoteKind, complaint id: String, editor: TextEditor) -> [ConsoleEffect] {
        var editor = editor
        switch key {
        case .escape:
            overlay = nil
        case .enter:
            overlay = nil
            let words = editor.text
            switch kind {
            case .instruct: return [.caseStep(.instruct(id, text: words))]
            case .handBack: return [.caseStep(.handBack(id, answer: words))]
            case .resolve: return [.caseStep(.resolve(id, resolution: words))]
            }
        default:
            _ = editor.handle(key, width: 50)
            overlay = .caseNote(kind, id, editor)
        }
        return []
    }
}
