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

    /// The callers in the queue now, head first. Sorts small keys and
    /// indexes rather than whole calls, since a busy floor re-sorts
    /// thousands of callers every second.
    public func order(_ calls: some Sequence<Call>, at now: Date) -> [Call] {
        let queued = calls.filter { isQueued($0, at: now) }
        return queued.indices.map { key(queued[$0], index: $0, at: now) }
            .sorted { comesFirst($0, $1, in: queued) }
            .map { queued[$0.index] }
    }

    /// The caller at the head of the queue, in one pass: what a claim
    /// needs, under the store's lock, without ordering everyone behind.
    public func head(_ calls: some Sequence<Call>, at now: Date) -> Call? {
        let queued = calls.filter { isQueued($0, at: now) }
        return queued.indices.map { key(queued[$0], index: $0, at: now) }
            .min { comesFirst($0, $1, in: queued) }
            .map { queued[$0.index] }
    }

    private typealias Key = (score: Double, time: Date, index: Int)

    private func key(_ call: Call, index: Int, at now: Date) -> Key {
        (score(call, at: now), call.dueAt ?? call.enqueuedAt, index)
    }

    private func comesFirst(_ a: Key, _ b: Key, in queued: [Call]) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.time != b.time { return a.time < b.time }
        return Self.idComesFirst(queued[a.index].id, queued[b.index].id)
    }

    /// Call ids are a letter and a counter, so the shorter id is the older
    /// ("C9" before "C10"); ids of one length order by their characters. The
    /// same in every process, with no locale to consult: this decides exact
    /// ties in a sort that every wallboard and console runs on every frame.
    static func idComesFirst(_ a: String, _ b: String) -> Bool {
        let (la, lb) = (a.utf8.count, b.utf8.count)
        return la != lb ? la < lb : a < b
    }
}
