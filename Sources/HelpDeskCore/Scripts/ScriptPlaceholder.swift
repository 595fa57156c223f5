/// The values a script line may ask for, written `{name}` in the text.
/// A closed list, so a misspelt placeholder is caught on load, not on a call.
public enum ScriptPlaceholder: String, Sendable, CaseIterable {
    /// The agent's name as the caller should hear it.
    case agent
    /// The agent number (工号).
    case agentNumber
    case company
    case surname
    case honorific
    /// Surname and honorific in the language's order ("王先生", "Ms Smith", "김 고객님").
    case address
    /// When the fix will be done, as the agent promised it ("by Friday 18:00").
    case promisedTime
    /// The agreed visit or callback time.
    case appointment
    case product
    /// A complaint or case number the caller can quote.
    case reference

    /// The placeholders named in `template`, and the names that are not placeholders.
    /// An unclosed "{" is reported as an unknown name so it cannot slip through.
    static func scan(_ template: String) -> (known: [ScriptPlaceholder], unknown: [String]) {
        var known: [ScriptPlaceholder] = []
        var unknown: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else {
                unknown.append(String(rest[open...]))
                break
            }
            let name = String(rest[after..<close])
            if let placeholder = ScriptPlaceholder(rawValue: name) { known.append(placeholder) } else { unknown.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return (known, unknown)
    }
}
