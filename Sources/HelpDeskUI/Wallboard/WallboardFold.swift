import Foundation
import HelpDeskCore

/// The wallboard's folds over the journal: today (rolling at the reset
/// hour, with its per-queue sums) and the current clock hour. Both are
/// `FloorMetrics`, the same fold `helpdesk report` uses, so the wall and the
/// reports agree by construction. Events are folded once, as they arrive.
public struct WallboardFold: Sendable {
    public let config: MetricsConfig
    public private(set) var today: FloorMetrics
    /// The current clock hour: replaced by a fresh fold when the hour turns.
    /// Calls belong to the period they queued in, so a fresh fold that has
    /// not seen earlier calls still counts the new hour exactly.
    public private(set) var hour: FloorMetrics
    public private(set) var hourPeriod: DateInterval

    public init(config: MetricsConfig, now: Date) {
        self.config = config
        today = FloorMetrics(config: config, today: now)
        hourPeriod = config.day.hour(containing: now)
        hour = FloorMetrics(config: config, from: hourPeriod.start, to: hourPeriod.end)
    }

    /// The last event folded (or adopted from a live state).
    public var lastSeq: Int { today.lastSeq }

    /// Folds one event into every fold it concerns. Events at or below the
    /// last sequence number are ignored, so an overlap after a refresh is harmless.
    public mutating func apply(_ event: Event) {
        guard event.seq > today.lastSeq else { return }
        today.apply(event)
        turnHour(to: event.at)
        if event.at >= hourPeriod.start { hour.apply(event) }
    }

    /// Today's service sums per queue.
    public var queues: [(name: String, tally: ServiceTally)] { today.queues }

    /// Takes the open complaints and follow-ups from the store's live state,
    /// which holds those filed before today (see `FloorMetrics.adopt`).
    public mutating func adopt(_ state: LiveState) {
        today.adopt(state)
    }

    /// Moves to `now` without an event: today rolls over at the reset hour
    /// (its sums, per-queue ones too, restart) and the hour turns.
    public mutating func advance(to now: Date) {
        today.advance(to: now)
        turnHour(to: now)
    }

    /// Starts the fold of a new clock hour once `now` has left the current one.
    private mutating func turnHour(to now: Date) {
        guard now >= hourPeriod.end else { return }
        hourPeriod = config.day.hour(containing: now)
        hour = FloorMetrics(config: config, from: hourPeriod.start, to: hourPeriod.end)
    }
}
