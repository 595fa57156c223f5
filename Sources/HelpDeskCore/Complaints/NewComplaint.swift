import Foundation

/// The facts of a complaint as the agent gives them when filing it: what
/// `Complaints.file` checks and turns into a `Complaint`. A face maps its own
/// form (the console's draft, the command line's options) onto this.
public struct NewComplaint: Codable, Sendable, Equatable {
    /// The live call the complaint is taken on; its caller becomes the customer.
    public var call: String?
    /// The customer, when there is no live call (a complaint by letter, or from the command line).
    public var customer: Customer?
    public var category: ComplaintCategory
    public var product: String?
    public var branch: String?
    public var keyPoints: String
    public var wants: String?
    public var severity: Severity
    /// The resolution time told to the customer; with it the complaint is accepted at once.
    public var promisedBy: Date?
    /// Why the promise lies after the SLA's resolution due time, when it does.
    public var promiseReason: String?
    public var checklist: HandlingChecklist

    public init(
        call: String? = nil, customer: Customer? = nil, category: ComplaintCategory, product: String? = nil,
        branch: String? = nil, keyPoints: String, wants: String? = nil, severity: Severity = .normal,
        promisedBy: Date? = nil, promiseReason: String? = nil, checklist: HandlingChecklist = HandlingChecklist()
    ) {
        self.call = call
        self.customer = customer
        self.category = category
        self.product = product
        self.branch = branch
        self.keyPoints = keyPoints
        self.wants = wants
        self.severity = severity
        self.promisedBy = promisedBy
        self.promiseReason = promiseReason
        self.checklist = checklist
    }
}
