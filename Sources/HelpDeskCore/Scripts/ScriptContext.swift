/// What a script line's placeholders are filled from: the call in hand, the
/// agent and the centre. Times are passed already formatted, because how a
/// time is said depends on the language and the floor, not on the script.
public struct ScriptContext: Sendable, Equatable {
    public var language: Language
    public var agentName: String?
    public var agentNumber: String?
    public var company: String?
    public var customer: Customer?
    public var promisedTime: String?
    public var appointment: String?
    public var product: String?
    public var reference: String?

    public init(
        language: Language, agentName: String? = nil, agentNumber: String? = nil, company: String? = nil,
        customer: Customer? = nil, promisedTime: String? = nil, appointment: String? = nil,
        product: String? = nil, reference: String? = nil
    ) {
        self.language = language
        self.agentName = agentName
        self.agentNumber = agentNumber
        self.company = company
        self.customer = customer
        self.promisedTime = promisedTime
        self.appointment = appointment
        self.product = product
        self.reference = reference
    }

    /// The value for a placeholder, or nil while the call does not know it yet.
    public func value(for placeholder: ScriptPlaceholder) -> String? {
        let value: String?
        switch placeholder {
        case .agent: value = agentName
        case .agentNumber: value = agentNumber
        case .company: value = company
        case .surname: value = customer?.surname
        case .honorific: value = customer?.honorific
        case .address: value = customer?.address(in: language)
        case .promisedTime: value = promisedTime
        case .appointment: value = appointment
        case .product: value = product
        case .reference: value = reference
        }
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// Fills `{name}` placeholders. A value the call does not know yet is
    /// replaced by the script's fallback wording for it ("您", "the customer")
    /// and listed in `missing`, so the console can offer to fill it in; an
    /// agent never reads out a template marker. Only a placeholder with no
    /// fallback at all (a script built in code; files must give one) shows as ‹name›.
    public func fill(_ template: String, fallbacks: [ScriptPlaceholder: LocalizedText] = [:]) -> RenderedLine {
        var text = ""
        var missing: [ScriptPlaceholder] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[after..<close])
            if let placeholder = ScriptPlaceholder(rawValue: name) {
                if let value = value(for: placeholder) {
                    text += value
                } else {
                    text += fallbacks[placeholder].map { $0[language] } ?? "‹\(name)›"
                    if !missing.contains(placeholder) { missing.append(placeholder) }
                }
            } else {
                text += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        return RenderedLine(text: text, missing: missing)
    }
}

/// A script line with its placeholders filled.
public struct RenderedLine: Sendable, Equatable {
    public let text: String
    /// Placeholders the call had no value for, in order of first use.
    public let missing: [ScriptPlaceholder]
}

/// One step ready to show: every text in the context's language, filled.
public struct RenderedStep: Sendable, Equatable {
    public let id: String
    public let say: RenderedLine?
    public let neverSay: RenderedLine?
    public let note: RenderedLine?
    public let branches: [RenderedBranch]
    public let wait: ScriptWait?
    public let final: FinalAction?
}

/// A branch ready to show: its key and its label in the context's language.
public struct RenderedBranch: Sendable, Equatable {
    public let key: Character
    public let label: String
}

extension ScriptStep {
    /// The step in the context's language, unknown values replaced by `fallbacks` (the script's).
    public func rendered(in context: ScriptContext, fallbacks: [ScriptPlaceholder: LocalizedText] = [:]) -> RenderedStep {
        let language = context.language
        func fill(_ text: LocalizedText) -> RenderedLine { context.fill(text[language], fallbacks: fallbacks) }
        return RenderedStep(
            id: id,
            say: say.map(fill),
            neverSay: neverSay.map(fill),
            note: note.map(fill),
            branches: branches.map { RenderedBranch(key: $0.key, label: fill($0.label).text) },
            wait: wait,
            final: final
        )
    }
}
