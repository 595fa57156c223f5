import Foundation

/// The forms of address an agent picks from once the caller's name is known
/// (seed 001: surname plus 先生/女士/小姐 for the rest of the call), in each
/// language the floor speaks, the caller's own language first.
public enum Honorifics {
    public static let byLanguage: [Language: [String]] = [
        .zh: ["先生", "女士", "小姐"],
        .ko: ["고객님", "님", "씨"],
        .en: ["Mr", "Ms", "Mrs", "Miss"],
    ]

    /// Every form, the given language's first: what the console's choice offers.
    public static func options(first language: Language) -> [String] {
        let rest = Language.allCases.filter { $0 != language }
        return ([language] + rest).flatMap { byLanguage[$0] ?? [] }
    }

    public static var all: Set<String> { Set(byLanguage.values.joined()) }
}

extension Floor {
    /// The longest surname accepted; a longer one is a paste gone wrong.
    static let longestSurname = 20

    /// The agent on the call has learned how the caller wishes to be
    /// addressed. The customer's record changes, so the next call from this
    /// number greets them right; setting it again corrects a wrong guess.
    /// Any agent may do it, but only on their own call in hand.
    public static func nameCaller(
        _ state: LiveState, call id: String, surname: String, honorific: String, by agent: String
    ) throws -> EventBody {
        guard let call = state.calls[id] else { throw DomainError.unknownCall(id) }
        guard call.agent == agent, call.state == .talking || call.state == .wrapUp else {
            throw DomainError.notYourCall(call: id, agent: agent)
        }
        let name = surname.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError.invalid(field: "surname", reason: "type the caller's surname") }
        guard name.count <= longestSurname, !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw DomainError.invalid(field: "surname", reason: "a surname is at most \(longestSurname) characters, with no control characters")
        }
        guard Honorifics.all.contains(honorific) else {
            throw DomainError.invalid(field: "honorific", reason: "\"\(honorific)\" is not one of \(Honorifics.options(first: .zh).joined(separator: " "))")
        }
        var customer = state.customers[call.customer.phone] ?? call.customer
        customer.surname = name
        customer.honorific = honorific
        return .customerUpdated(CustomerUpdated(customer: customer, call: id))
    }
}
