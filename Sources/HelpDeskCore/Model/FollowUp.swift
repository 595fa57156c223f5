import Foundation

/// A scheduled outbound call (回访) with a due time and a purpose.
public struct FollowUp: Codable, Sendable, Equatable, Identifiable {
    public enum Status: String, Codable, Sendable {
        case scheduled, queued, done, cancelled
    }

    public var id: String
    public var customer: Customer
    public var dueAt: Date
    public var purpose: String
    public var script: String?
    public var complaint: String?
    public var status: Status
    public var outcome: String?

    public init(
        id: String, customer: Customer, dueAt: Date, purpose: String, script: String? = nil,
        complaint: String? = nil, status: Status = .scheduled
    ) {
        self.id = id
        self.customer = customer
        self.dueAt = dueAt
        self.purpose = purpose
        self.script = script
        self.complaint = complaint
        self.status = status
    }

    public var isOpen: Bool { status == .scheduled || status == .queued }
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
