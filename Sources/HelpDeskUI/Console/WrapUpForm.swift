import Foundation
import HelpDeskCore
import TermRender

/// The wrap-up form shown once a talk ends: how the call ended (a configured
/// disposition code, chosen with a digit or the arrows), the service
/// category and the kind of contact (need, opinion, suggestion), notes, whether the need was met on this call, the caller's
/// satisfaction answer, and a follow-up call to plan (when, why, which script).
public struct WrapUpForm: Equatable, Sendable {
    public var form: Form
    public var call: String
    /// The codes offered, in the order of the choice (after the "not chosen" mark).
    let dispositions: [ReasonCode]
    /// The follow-up scripts offered, by id (after "none").
    let scripts: [String]

    /// Satisfaction choices: not asked, 1–5, declined.
    static let satisfactionOptions = ["–", "1", "2", "3", "4", "5", "declined"]

    /// The form for `call`. "Resolved on this call" starts unticked: FCR is
    /// claimed by the agent, never assumed. `ranScripts` are the scripts run
    /// on the call: a silent-line script preselects the silent-line code.
    /// The kind of contact starts on the one the domain would presume
    /// (an opinion when `complaintFiled`), for the agent to correct.
    public init(call: Call, codes: FloorCodes, scripts: [Script], ranScripts: Set<String> = [], complaintFiled: Bool = false,
                text: UIText) {
        self.call = call.id
        dispositions = codes.dispositions.codes
        self.scripts = scripts.map(\.id)
        let w = text.wrapUpText
        let categories = ServiceCategory.allCases
        let preset = dispositions.firstIndex { $0.silentLine && ranScripts.contains($0.code) }.map { $0 + 1 } ?? 0
        form = Form(fields: [
            FormField(id: "disposition", label: text.disposition,
                      kind: .choice(options: ["– " + w.choose] + Self.numbered(dispositions.map { $0.label(in: text.language) }),
                                    selected: preset)),
            FormField(id: "category", label: text.category,
                      kind: .choice(options: Self.numbered(categories.map { text.categoryNames[$0] ?? $0.rawValue }),
                                    selected: categories.firstIndex(of: call.category ?? .inquiry) ?? 0)),
            FormField(id: "notes", label: text.notes, kind: .text(TextEditor("", multiline: true, maxLength: 4000)), rows: 3),
            FormField(id: "resolved", label: text.resolvedFirstContact, kind: .toggle(false)),
            FormField(id: "satisfaction", label: text.satisfaction,
                      kind: .choice(options: Self.satisfactionOptions, selected: 0)),
            FormField(id: "kind", label: w.kind,
                      kind: .choice(options: Self.numbered(ContactKind.allCases.map { w.kindNames[$0] ?? $0.rawValue }),
                                    selected: ContactKind.allCases.firstIndex(
                                        of: .presumed(category: call.category ?? .inquiry, complaintFiled: complaintFiled)) ?? 0)),
            FormField(id: "followUpWhen", label: w.followUpWhen, kind: .text(TextEditor("", maxLength: 40))),
            FormField(id: "followUpWhy", label: w.followUpWhy, kind: .text(TextEditor("", maxLength: 400))),
            FormField(id: "followUpScript", label: w.followUpScript,
                      kind: .choice(options: ["–"] + scripts.map { $0.title[text.language] }, selected: 0)),
        ])
    }

    /// "1 label", "2 label"…: the digit that picks each option (the first nine).
    static func numbered(_ labels: [String]) -> [String] {
        labels.enumerated().map { i, label in i < 9 ? "\(i + 1) \(label)" : label }
    }

    public var category: ServiceCategory { ServiceCategory.allCases[form.choice("category")] }

    /// Need, opinion or suggestion (seed 001), as chosen.
    public var kind: ContactKind { ContactKind.allCases[form.choice("kind")] }

    /// The chosen disposition, nil while none is chosen.
    public var disposition: ReasonCode? {
        let i = form.choice("disposition")
        return i == 0 ? nil : dispositions[i - 1]
    }

    public var satisfaction: Satisfaction? {
        switch form.choice("satisfaction") {
        case 0: nil
        case 6: .declined
        case let score: .score(score)
        }
    }

    /// True while the agent has typed a follow-up time.
    var plansFollowUp: Bool { !form.text("followUpWhen").trimmingCharacters(in: .whitespaces).isEmpty }

    /// Shows under the resolved box why this call is not a first-contact
    /// resolution (the domain's reasons), so an unticked box is explained.
    mutating func explainResolution(in live: LiveState, text: UIText) {
        let reasons = FirstContact.reasonsAgainst(live, call: call, disposition: disposition, plansFollowUp: plansFollowUp)
        let w = text.wrapUpText
        form["resolved"]?.hint = reasons.isEmpty ? nil : w.notResolvedBecause + " " + reasons.map(w.describe).joined(separator: ", ")
    }

    /// Checks the form; on success returns the facts to record. Errors are
    /// set on the fields that caused them. A follow-up time typed as a date
    /// is read in `timeZone`, the department's, as every time on screen is.
    public mutating func validate(now: Date, text: UIText, timeZone: TimeZone = .current) -> WrapUpFacts? {
        form.clearErrors()
        var ok = true
        if disposition == nil {
            form.setError("disposition", text.required)
            ok = false
        }
        var plan: WrapUpFacts.PlannedFollowUp?
        if disposition?.callsAgain == true && !plansFollowUp {
            // "Call back needed": when, as the customer proposed.
            form.setError("followUpWhen", text.required)
            ok = false
        }
        if plansFollowUp {
            let why = form.text("followUpWhy").trimmingCharacters(in: .whitespacesAndNewlines)
            if let due = PromiseTime.parse(form.text("followUpWhen"), now: now, timeZone: timeZone), due > now {
                let script = form.choice("followUpScript")
                plan = .init(dueAt: due, purpose: why, script: script == 0 ? nil : scripts[script - 1])
            } else {
                form.setError("followUpWhen", "+2h / +1d / YYYY-MM-DD HH:MM")
                ok = false
            }
            if why.isEmpty {
                form.setError("followUpWhy", text.required)
                ok = false
            }
        }
        guard ok, let disposition else { return nil }
        let notes = form.text("notes")
        return WrapUpFacts(call: call, category: category, disposition: disposition.code, notes: notes.isEmpty ? nil : notes,
                           resolved: form.toggle("resolved"), satisfaction: satisfaction, followUp: plan, kind: kind)
    }
}
