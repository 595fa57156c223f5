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
    /// The call the complaint was taken on; the customer's history is found by phone.
    public var call: String?
    public var customer: Customer
    public var category: ComplaintCategory
    /// The product or service complained about.
    public var product: String?
    /// The branch whose service is complained about (may differ from the customer's own).
    public var branch: String?
    /// What the customer said, in their words.
    public var keyPoints: String
    /// What the customer wants done.
    public var wants: String?
    public var severity: Severity
    /// The resolution time told to the customer.
    public var promisedBy: Date?
    /// Who has the complaint in hand now (the agent, or the lead who took it).
    public var owner: String
    public var status: ComplaintStatus
    public var openedAt: Date
    public var updatedAt: Date
    public var checklist: HandlingChecklist
    /// The lead it is escalated to, and the agent who escalated it (who reads the answer).
    public var escalatedTo: String?
    public var escalatedBy: String?
    /// Every step with its words: instructions, answers, resolution, follow-ups.
    public var notes: [ComplaintNote]
    /// When the complaint first left `received` (or `reopened`): the first-response SLA stops here.
    public var firstRespondedAt: Date?
    public var resolvedAt: Date?
    /// When the customer last called again about it; the SLA clocks restart here.
    public var reopenedAt: Date?
    public var reopenCount: Int

    public init(
        id: String, call: String? = nil, customer: Customer, category: ComplaintCategory,
        product: String? = nil, branch: String? = nil, keyPoints: String, wants: String? = nil,
        severity: Severity = .normal, promisedBy: Date? = nil, owner: String, status: ComplaintStatus = .received,
        openedAt: Date, checklist: HandlingChecklist = HandlingChecklist()
    ) {
        self.id = id
        self.call = call
        self.customer = customer
        self.category = category
        self.product = product
        self.branch = branch
        self.keyPoints = keyPoints
        self.wants = wants
        self.severity = severity
        self.promisedBy = promisedBy
        self.owner = owner
        self.status = status
        self.openedAt = openedAt
        self.updatedAt = openedAt
        self.checklist = checklist
        self.notes = []
        self.reopenCount = 0
    }

    /// The moment the SLA clocks count from: filing, or the last reopening.
    public var clockStart: Date { reopenedAt ?? openedAt }

    public var isOpen: Bool { status != .closed }
}

extension Complaint {
    /// Records written before the workflow fields existed still decode.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            call: try c.decodeIfPresent(String.self, forKey: .call),
            customer: try c.decode(Customer.self, forKey: .customer),
            category: try c.decode(ComplaintCategory.self, forKey: .category),
            product: try c.decodeIfPresent(String.self, forKey: .product),
            branch: try c.decodeIfPresent(String.self, forKey: .branch),
            keyPoints: try c.decode(String.self, forKey: .keyPoints),
            wants: try c.decodeIfPresent(String.self, forKey: .wants),
            severity: try c.decode(Severity.self, forKey: .severity),
            promisedBy: try c.decodeIfPresent(Date.self, forKey: .promisedBy),
            owner: try c.decode(String.self, forKey: .owner),
            status: try c.decode(ComplaintStatus.self, forKey: .status),
            openedAt: try c.decode(Date.self, forKey: .openedAt),
            checklist: try c.decodeIfPresent(HandlingChecklist.self, forKey: .checklist) ?? HandlingChecklist())
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        escalatedTo = try c.decodeIfPresent(String.self, forKey: .escalatedTo)
        escalatedBy = try c.decodeIfPresent(String.self, forKey: .escalatedBy)
        notes = try c.decodeIfPresent([ComplaintNote].self, forKey: .notes) ?? []
        firstRespondedAt = try c.decodeIfPresent(Date.self, forKey: .firstRespondedAt)
        resolvedAt = try c.decodeIfPresent(Date.self, forKey: .resolvedAt)
        reopenedAt = try c.decodeIfPresent(Date.self, forKey: .reopenedAt)
        reopenCount = try c.decodeIfPresent(Int.self, forKey: .reopenCount) ?? 0
    }
}
