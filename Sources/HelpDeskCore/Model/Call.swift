import Foundation

/// Where a call stands. The legal moves are in `CallState.canMove(to:)`.
public enum CallState: String, Codable, Sendable, CaseIterable {
    /// In the queue (or a callback not yet due).
    case waiting
    /// Claimed by one agent, who is speaking to the caller.
    case talking
    /// The caller is gone; the agent is recording the outcome.
    case wrapUp = "wrap-up"
    case done
    case abandoned
    case transferred
    /// Turned into a callback the centre will place at a due time; it is in
    /// the queue from then on, without anyone having to move it there.
    case scheduled

    /// The state machine: waiting → talking → wrap-up → done, with abandon,
    /// transfer and scheduling as the other ways out.
    public func canMove(to next: CallState) -> Bool {
        switch (self, next) {
        case (.waiting, .talking), (.waiting, .abandoned), (.waiting, .transferred),
             (.talking, .wrapUp), (.talking, .transferred), (.talking, .scheduled),
             (.wrapUp, .done), (.wrapUp, .scheduled),
             (.scheduled, .talking), (.scheduled, .abandoned):
            return true
        default:
            return false
        }
    }

    /// Closed calls never change again and leave the live state.
    public var isClosed: Bool { [.done, .abandoned, .transferred].contains(self) }
}

/// Whether a call came in or goes out.
public enum CallDirection: String, Codable, Sendable {
    case inbound
    /// A callback or follow-up the centre places.
    case outbound
}

/// One contact with a caller, with the time of every transition.
public struct Call: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var customer: Customer
    public var queue: String
    public var reason: String?
    public var category: ServiceCategory?
    public var direction: CallDirection
    public var state: CallState
    public var agent: String?
    /// When the caller joined the queue (or the callback fell due).
    public var enqueuedAt: Date
    /// A scheduled callback does not enter the queue before this time.
    public var dueAt: Date?
    public var answeredAt: Date?
    public var endedAt: Date?
    public var wrappedAt: Date?
    public var notes: String?
    public var disposition: String?
    /// The follow-up task this call serves, when it is one.
    public var followUp: String?
    /// The call an agent in another queue transferred this caller from.
    public var transferredFrom: String?

    public init(
        id: String, customer: Customer, queue: String = "main", reason: String? = nil,
        category: ServiceCategory? = nil, direction: CallDirection = .inbound,
        state: CallState = .waiting, enqueuedAt: Date, dueAt: Date? = nil, followUp: String? = nil,
        transferredFrom: String? = nil
    ) {
        self.id = id
        self.customer = customer
        self.queue = queue
        self.reason = reason
        self.category = category
        self.direction = direction
        self.state = state
        self.enqueuedAt = enqueuedAt
        self.dueAt = dueAt
        self.followUp = followUp
        self.transferredFrom = transferredFrom
    }

    /// Seconds the caller has waited so far (or waited in all, once answered).
    public func waited(at now: Date) -> TimeInterval {
        let start = max(enqueuedAt, dueAt ?? enqueuedAt)
        let end = answeredAt ?? endedAt ?? now
        return max(0, end.timeIntervalSince(start))
    }

    /// Seconds of talk: from the answer to the hang-up, or to `now` while talking.
    public func talkTime(at now: Date) -> TimeInterval {
        answeredAt.map { max(0, (endedAt ?? now).timeIntervalSince($0)) } ?? 0
    }

    /// Seconds of wrap-up so far: from the hang-up to `now`; nil before the
    /// hang-up. The one wrap-up clock every screen shows.
    public func wrapUpTime(at now: Date) -> TimeInterval? {
        endedAt.map { max(0, (wrappedAt ?? now).timeIntervalSince($0)) }
    }

    /// True for a callback: it waits in the queue only once due.
    public var isCallback: Bool { dueAt != nil }
}
