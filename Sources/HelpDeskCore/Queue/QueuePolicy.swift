import Foundation

/// The queue order, documented in docs/queue.md.
///
/// Each waiting caller gets a score: seconds waited plus a head start for
/// their tier (key account 240 s, VIP 180 s) and for a callback that fell due
/// (120 s). Highest score first; ties go to the earlier arrival, then the
/// lower call id, so every process computes the same order. Because the head
/// start is a fixed number of seconds, nobody starves: a regular caller who
/// has waited W seconds is ahead of every VIP who has waited less than
/// W − 180 — priority ages into fairness instead of overtaking forever.
public struct QueuePolicy: Sendable, Equatable {
    public var callbackHeadStart: Int
    /// The service-level threshold in seconds (the "20" of 80/20).
    public var serviceLevelSeconds: Int

    public init(callbackHeadStart: Int = 120, serviceLevelSeconds: Int = 20) {
        self.callbackHeadStart = callbackHeadStart
        self.serviceLevelSeconds = serviceLevelSeconds
    }

    public static let standard = QueuePolicy()

    /// True when the call is in the queue now: a waiting caller, or a
    /// scheduled callback whose time has come.
    public func isQueued(_ call: Call, at now: Date) -> Bool {
        switch call.state {
        case .waiting: true
        case .scheduled: call.dueAt.map { $0 <= now } ?? false
        default: false
        }
    }

    public func score(_ call: Call, at now: Date) -> Double {
        call.waited(at: now) + Double(call.customer.tier.queueHeadStart)
            + (call.isCallback ? Double(callbackHeadStart) : 0)
    }

    /// The callers in the queue now, head first.
    public func order(_ calls: some Sequence<Call>, at now: Date) -> [Call] {
        calls.filter { isQueued($0, at: now) }
            .map { (call: $0, score: score($0, at: now)) }
            .sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                let ta = a.call.dueAt ?? a.call.enqueuedAt, tb = b.call.dueAt ?? b.call.enqueuedAt
                if ta != tb { return ta < tb }
                return a.call.id.localizedStandardCompare(b.call.id) == .orderedAscending
            }
            .map(\.call)
    }
}
