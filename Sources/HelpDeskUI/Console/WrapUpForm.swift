import HelpDeskCore
import TermRender

/// The wrap-up form shown once a talk ends: service category, disposition,
/// notes, whether the need was met on this call, and the caller's
/// satisfaction answer.
public struct WrapUpForm: Equatable, Sendable {
    public var form: Form
    public var call: String

    /// Satisfaction choices: not asked, 1–5, declined.
    static let satisfactionOptions = ["–", "1", "2", "3", "4", "5", "declined"]

    public init(call: Call, text: UIText) {
        self.call = call.id
        let categories = ServiceCategory.allCases
        form = Form(fields: [
            FormField(id: "category", label: text.category,
                      kind: .choice(options: categories.map { text.categoryNames[$0] ?? $0.rawValue },
                                    selected: categories.firstIndex(of: call.category ?? .inquiry) ?? 0)),
            FormField(id: "disposition", label: text.disposition, kind: .text(TextEditor("", maxLength: 120))),
            FormField(id: "notes", label: text.notes, kind: .text(TextEditor("", multiline: true, maxLength: 4000)), rows: 3),
            FormField(id: "resolved", label: text.resolvedFirstContact, kind: .toggle(true)),
            FormField(id: "satisfaction", label: text.satisfaction,
                      kind: .choice(options: Self.satisfactionOptions, selected: 0)),
        ])
    }

    public var category: ServiceCategory { ServiceCategory.allCases[form.choice("category")] }

    public var satisfaction: Satisfaction? {
        switch form.choice("satisfaction") {
        case 0: nil
        case 6: .declined
        case let score: .score(score)
        }
    }

    /// The disposition, required; sets the field's error when missing.
    public mutating func validate(text: UIText) -> Bool {
        form.clearErrors()
        guard !form.text("disposition").trimmingCharacters(in: .whitespaces).isEmpty else {
            form.setError("disposition", text.required)
            return false
        }
        return true
    }
}
