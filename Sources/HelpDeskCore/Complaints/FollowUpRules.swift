/// The follow-up calls the system schedules by itself (`followups.json`):
/// one to every dissatisfied caller, and the "is everything working?" call
/// after a complaint is resolved — the proactive service of seed 002.
public struct FollowUpRules: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        /// Business minutes after the trigger that the call falls due (for
        /// a chain's steps: minutes after the step before it is done).
        public var afterMinutes: Int
        public var purpose: [Language: String]
        /// The script the follow-up call opens with.
        public var script: String?

        public init(afterMinutes: Int, purpose: [Language: String], script: String? = nil) {
            self.afterMinutes = afterMinutes
            self.purpose = purpose
            self.script = script
        }

        /// The task's text in the customer's language, Chinese when unknown.
        public func purpose(for customer: Customer) -> String {
            purpose[customer.language ?? .zh] ?? purpose[.zh] ?? purpose.values.sorted().first ?? ""
        }
    }

    public var dissatisfied: Rule
    public var afterResolution: Rule
    /// Proactive chains per service category: after a call of that
    /// category is wrapped up, its first step is scheduled; each later step
    /// is scheduled when the one before it is done.
    public var chains: [ServiceCategory: [Rule]]

    public init(dissatisfied: Rule, afterResolution: Rule, chains: [ServiceCategory: [Rule]] = [:]) {
        self.dissatisfied = dissatisfied
        self.afterResolution = afterResolution
        self.chains = chains
    }
}

extension FollowUpRules: Decodable {
    private enum Key: String, CodingKey { case dissatisfied, afterResolution, chains }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        var chains: [ServiceCategory: [Rule]] = [:]
        if c.contains(.chains) {
            let byName = try c.decode([String: [Rule]].self, forKey: .chains)
            for (name, steps) in byName {
                guard let category = ServiceCategory(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(forKey: .chains, in: c, debugDescription:
                        "\"\(name)\" is not a service category (\(ServiceCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                chains[category] = steps
            }
        }
        self.init(dissatisfied: try c.decode(Rule.self, forKey: .dissatisfied),
                  afterResolution: try c.decode(Rule.self, forKey: .afterResolution), chains: chains)
    }
}

extension FollowUpRules.Rule: Decodable {
    private enum Key: String, CodingKey { case afterMinutes, purpose, script }

    public init(from decoder: any Decoder) throws {
        let r = try decoder.container(keyedBy: Key.self)
        let minutes = try r.decode(Int.self, forKey: .afterMinutes)
        guard minutes >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .afterMinutes, in: r, debugDescription: "cannot be negative")
        }
        self.init(afterMinutes: minutes, purpose: try LanguageLabels.decode(from: r, forKey: .purpose),
                  script: try r.decodeIfPresent(String.self, forKey: .script))
    }
}
