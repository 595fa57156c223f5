/// The follow-up calls the system schedules by itself (`followups.json`):
/// one to every dissatisfied caller, and the "is everything working?" call
/// after a complaint is resolved — the proactive service of seed 002.
public struct FollowUpRules: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        /// Business minutes after the trigger that the call falls due.
        public var afterMinutes: Int
        public var purpose: [Language: String]

        public init(afterMinutes: Int, purpose: [Language: String]) {
            self.afterMinutes = afterMinutes
            self.purpose = purpose
        }

        /// The task's text in the customer's language, Chinese when unknown.
        public func purpose(for customer: Customer) -> String {
            purpose[customer.language ?? .zh] ?? purpose[.zh] ?? purpose.values.sorted().first ?? ""
        }
    }

    public var dissatisfied: Rule
    public var afterResolution: Rule

    public init(dissatisfied: Rule, afterResolution: Rule) {
        self.dissatisfied = dissatisfied
        self.afterResolution = afterResolution
    }
}

extension FollowUpRules: Decodable {
    private enum Key: String, CodingKey { case dissatisfied, afterResolution }
    private enum RuleKey: String, CodingKey { case afterMinutes, purpose }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func rule(_ key: Key) throws -> Rule {
            let r = try c.nestedContainer(keyedBy: RuleKey.self, forKey: key)
            let minutes = try r.decode(Int.self, forKey: .afterMinutes)
            guard minutes >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .afterMinutes, in: r, debugDescription: "cannot be negative")
            }
            return Rule(afterMinutes: minutes, purpose: try LanguageLabels.decode(from: r, forKey: .purpose))
        }
        self.init(dissatisfied: try rule(.dissatisfied), afterResolution: try rule(.afterResolution))
    }
}
