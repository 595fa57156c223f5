import Foundation

/// The causes a service department sorts complaints into (seed 002).
public enum ComplaintCategory: String, Codable, Sendable, CaseIterable {
    case missedAppointment = "missed-appointment"
    case notRightFirstTime = "not-right-first-time"
    case serviceDelay = "service-delay"
    case unreasonableCharge = "unreasonable-charge"
    case nonStandardOperation = "non-standard-operation"
    case slowResponse = "slow-response"
    case policyNotHonoured = "policy-not-honoured"
    case other
}

/// How badly the customer is hurt; drives the SLA clocks.
public enum Severity: String, Codable, Sendable, CaseIterable {
    case low, normal, high, critical
}

/// The complaint lifecycle: received → accepted → escalated → in progress →
/// resolved → followed up → closed, and reopened when the customer calls again.
public enum ComplaintStatus: String, Codable, Sendable, CaseIterable {
    case received, accepted, escalated
    case inProgress = "in-progress"
    case resolved
    case followedUp = "followed-up"
    case closed
    case reopened
}

/// One complaint, as recorded by the agent and carried to its end.
public struct Complaint: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var call: String?
    public var customer: Customer
    public var category: ComplaintCategory
    public var product: String?
    public var keyPoints: String
    public var wants: String?
    public var severity: Severity
    public var promisedBy: Date?
    public var owner: String
    public var status: ComplaintStatus
    public var openedAt: Date
    public var updatedAt: Date

    public init(
        id: String, call: String? = nil, customer: Customer, category: ComplaintCategory,
        product: String? = nil, keyPoints: String, wants: String? = nil, severity: Severity = .normal,
        promisedBy: Date? = nil, owner: String, status: ComplaintStatus = .received, openedAt: Date
    ) {
        self.id = id
        self.call = call
        self.customer = customer
        self.category = category
        self.product = product
        self.keyPoints = keyPoints
        self.wants = wants
        self.severity = severity
        self.promisedBy = promisedBy
        self.owner = owner
        self.status = status
        self.openedAt = openedAt
        self.updatedAt = openedAt
    }

    public var isOpen: Bool { status != .closed }
}
