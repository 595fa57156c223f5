import Foundation

/// A scheduled outbound call (回访) with a due time and a purpose.
public struct FollowUp: Codable, Sendable, Equatable, Identifiable {
    public enum Status: String, Codable, Sendable {
        case scheduled, queued, done, cancelled
    }

    /// Why the follow-up exists: the figure reports split by, and what the list shows.
    public enum Origin: String, Codable, Sendable, CaseIterable {
        /// Created by hand.
        case manual
        /// A promise made on a complaint ("the part is ordered, we call when it arrives").
        case promise
        /// The "is everything working?" call after a complaint is resolved.
        case resolution
        /// A 1–2 satisfaction answer: call back the dissatisfied customer.
        case dissatisfied
        /// A step of a proactive chain configured for a service category
        /// (after a repair is booked: confirm, check it works, ask about satisfaction).
        case proactive
    }

    /// A step of a proactive chain still to come after this follow-up:
    /// scheduled by itself, `afterMinutes` after this one is done.
    public struct NextStep: Codable, Sendable, Equatable {
        public var afterMinutes: Int
        public var purpose: String
        public var script: String?

        public init(afterMinutes: Int, purpose: String, script: String? = nil) {
            self.afterMinutes = afterMinutes
            self.purpose = purpose
            self.script = script
        }
    }

    public var id: String
    public var customer: Customer
    public var dueAt: Date
    public var purpose: String
    public var script: String?
    public var complaint: String?
    public var status: Status
    /// What came of it, or why it was cancelled.
    public var outcome: String?
    /// Absent on records written before origins were kept; read those as manual.
    public var origin: Origin?
    public var createdAt: Date?
    /// The call that gave rise to it (the dissatisfied caller's call, say).
    public var sourceCall: String?
    /// What the follow-up call's script speaks of: the product, and the
    /// visit time agreed ("周五上午"), as recorded when it was scheduled.
    public var product: String?
    public var appointment: String?
    /// The proactive chain's steps after this one (nil or empty: none).
    public var next: [NextStep]?

    public init(
        id: String, customer: Customer, dueAt: Date, purpose: String, script: String? = nil,
        complaint: String? = nil, status: Status = .scheduled, origin: Origin = .manual, createdAt: Date? = nil,
        sourceCall: String? = nil
    ) {
        self.id = id
        self.customer = customer
        self.dueAt = dueAt
        self.purpose = purpose
        self.script = script
        self.complaint = complaint
        self.status = status
        self.origin = origin
        self.createdAt = createdAt
        self.sourceCall = sourceCall
    }

    public var isOpen: Bool { status == .scheduled || status == .queued }

    /// Due and not done: it stays in sight until done or cancelled with a reason.
    public func isDue(at now: Date) -> Bool { isOpen && dueAt <= now }
}

/// The caller's answer to "how satisfied were you?" at wrap-up.
public enum Satisfaction: Codable, Sendable, Equatable {
    case score(Int)
    case declined

    /// A 1–2 answer earns a callback to the dissatisfied customer.
    public var isDissatisfied: Bool {
        if case .score(let s) = self { return s <= 2 }
        return false
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(Int.self) {
            guard (1...5).contains(s) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "satisfaction \(s) is not 1–5")
            }
            self = .score(s)
        } else if try c.decode(String.self) == "declined" {
            self = .declined
        } else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "satisfaction must be 1–5 or \"declined\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .score(let s): try c.encode(s)
        case .declined: try c.encode("declined")
        }
    }
}
