/// What the customer brought to the call, as seed 001 has the service
/// department record and count it (客户的需求、意见、建议): a need (需求:
/// something to be answered or done), an opinion (意见: a view of the product
/// or service, complaint and praise alike) or a suggestion (建议: a proposal
/// for the company). Counted per service category, the service log's
/// classification (seed 002), in `helpdesk report service-log`.
public enum ContactKind: String, Codable, Sendable, CaseIterable {
    case need, opinion, suggestion

    /// The kind a wrap-up records when the agent names none, and the one
    /// the console's form starts on: an opinion on a call of the complaint
    /// category or with a complaint filed on it, a need otherwise.
    public static func presumed(category: ServiceCategory, complaintFiled: Bool) -> ContactKind {
        category == .complaint || complaintFiled ? .opinion : .need
    }
}
