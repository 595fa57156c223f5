import Foundation
import HelpDeskCore
import TermRender

/// The complaint form: its fields, the conversion to and from a draft, and
/// the checks that name what is missing at the field.
public struct ComplaintForm: Equatable, Sendable {
    public var form: Form
    public var call: String?
    public var customer: Customer
    /// The causes offered, in the order of the choice.
    let categories: [ComplaintCategory]

    /// The form for `draft`, offering the causes the department configures
    /// (`offered`, categories.json: in its order, with its labels), or every
    /// cause the domain knows when no configuration is given.
    public init(draft: ComplaintDraft, text: UIText, offered: ComplaintCategoryList? = nil) {
        call = draft.call
        customer = draft.customer
        let categories = offered?.categories ?? ComplaintCategory.allCases
        self.categories = categories
        let severities = Severity.allCases
        form = Form(fields: [
            FormField(id: "category", label: text.category,
                      kind: .choice(options: categories.map { offered?.label($0, in: text.language) ?? text.complaintCategoryNames[$0] ?? $0.rawValue },
                                    selected: categories.firstIndex(of: draft.category) ?? categories.firstIndex(of: .other) ?? 0)),
            FormField(id: "severity", label: text.severity,
                      kind: .choice(options: severities.map { text.severityNames[$0] ?? $0.rawValue },
                                    selected: severities.firstIndex(of: draft.severity) ?? 1)),
            FormField(id: "product", label: text.product, kind: .text(TextEditor(draft.product, maxLength: 120))),
            FormField(id: "keyPoints", label: text.keyPoints,
                      kind: .text(TextEditor(draft.keyPoints, multiline: true, maxLength: 4000)), rows: 4),
            FormField(id: "wants", label: text.wants, kind: .text(TextEditor(draft.wants, maxLength: 400))),
            FormField(id: "promised", label: text.promised, kind: .text(TextEditor(draft.promised, maxLength: 40))),
            FormField(id: "promiseReason", label: text.cases.promiseReason,
                      kind: .text(TextEditor(draft.promiseReason ?? "", maxLength: 400))),
        ] + Self.tickedSteps.map { step in
            FormField(id: step.rawValue, label: text.cases.checklist[step] ?? step.rawValue,
                      kind: .toggle(draft.checklist?[step] ?? false))
        })
    }

    /// The handling steps the agent ticks on the form; recording the key
    /// points, the escalation and telling how long are set by the workflow.
    static let tickedSteps: [HandlingChecklist.Step] = [.listened, .stayedCalm, .explained, .gaveFeedback]

    public var draft: ComplaintDraft {
        var checklist = HandlingChecklist()
        for step in Self.tickedSteps { checklist[step] = form.toggle(step.rawValue) }
        return ComplaintDraft(call: call, customer: customer, category: categories[form.choice("category")],
                              severity: Severity.allCases[form.choice("severity")], product: form.text("product"),
                              keyPoints: form.text("keyPoints"), wants: form.text("wants"), promised: form.text("promised"),
                              checklist: checklist, promiseReason: form.text("promiseReason"))
    }

    /// True while nothing has been typed or ticked: discarding loses nothing.
    var isBlank: Bool {
        form.fields.allSatisfy { field in
            switch field.kind {
            case .text(let editor): editor.text.isEmpty
            case .toggle(let on): !on
            case .choice: true
            }
        }
    }

    /// Checks the form; on success returns the promised time. Errors are
    /// set on the fields that caused them. With the complaint `rules`, a
    /// promise after the SLA's resolution due time needs a stated reason
    /// (as `Complaints.file` requires), asked for here so the agent can
    /// give it while the customer is on the line.
    public mutating func validate(now: Date, text: UIText, timeZone: TimeZone, rules: ComplaintRules? = nil) -> Date? {
        form.clearErrors()
        var ok = true
        if form.text("keyPoints").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            form.setError("keyPoints", text.required)
            ok = false
        }
        let promised = PromiseTime.parse(form.text("promised"), now: now, timeZone: timeZone)
        if promised == nil {
            form.setError("promised", form.text("promised").isEmpty ? text.required : "YYYY-MM-DD HH:MM / +2h / +3d")
            ok = false
        } else if let promised, promised <= now {
            form.setError("promised", "> now")
            ok = false
        } else if let promised, let rules, form.text("promiseReason").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let complaint = draft
            let due = rules.resolutionDue(complaint.category, complaint.severity, from: now)
            if promised > due {
                form.setError("promiseReason", WrapUpText.fill(text.cases.promiseBeyondSLA, ["due": LocalTime.minute(due, in: timeZone)]))
                ok = false
            }
        }
        return ok ? promised : nil
    }
}
