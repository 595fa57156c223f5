import Foundation
import HelpDeskCore

/// The wallboard's folds over the journal: today (rolling at the reset
/// hour), the current clock hour, and today per queue (line). Today and the
/// hour are `FloorMetrics`, the same fold `helpdesk report` uses, so the
/// wall and the reports agree by construction; the per-queue sums take the
/// call facts today's fold counted, split by the line the call rang on, so
/// no event is folded twice for them. Events are folded once, as they arrive.
public struct WallboardFold: Sendable {
    public let config: MetricsConfig
    public private(set) var today: FloorMetrics
    /// The current clock hour: replaced by a fresh fold when the hour turns.
    /// Calls belong to the period they queued in, so a fresh fold that has
    /// not seen earlier calls still counts the new hour exactly.
    public private(set) var hour: FloorMetrics
    public private(set) var hourPeriod: DateInterval
    /// Today's service sums per queue, from the facts today's fold counted.
    public private(set) var queues: [String: ServiceTally] = [:]

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
        let day = today.period
        let fact = today.apply(event)
        if today.period != day { queues = [:] }
        if let fact { queues[fact.call.queue, default: ServiceTally()].add(fact, config: config) }
        turnHour(to: event.at)
        if event.at >= hourPeriod.start { hour.apply(event) }
    }

    /// Takes the open complaints and follow-ups from the store's live state,
    /// which holds those filed before today (see `FloorMetrics.adopt`).
    public mutating func adopt(_ state: LiveState) {
        today.adopt(state)
    }

    /// Starts the fold of a new clock hour once `now` has left the current one.
    public mutating func turnHour(to now: Date) {
        guard now >= hourPeriod.end else { return }
        hourPeriod = config.day.hour(containing: now)
        hour = FloorMetrics(config: config, from: hourPeriod.start, to: hourPeriod.end)
    }
}
