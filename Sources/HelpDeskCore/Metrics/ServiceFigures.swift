import Foundation

/// Running sums for the service figures of one period (or one report
/// bucket). Each call is added once per fact; `figures` does the divisions.
public struct ServiceTally: Sendable, Equatable {
    public private(set) var offered = 0
    public private(set) var answered = 0
    public private(set) var abandoned = 0
    public private(set) var shortAbandons = 0
    public private(set) var answeredWithin = 0
    public private(set) var abandonedWithin = 0
    public private(set) var answerWaitTotal: TimeInterval = 0
    public private(set) var longestWait: TimeInterval = 0
    public private(set) var handled = 0
    public private(set) var resolved = 0
    public private(set) var talkTotal: TimeInterval = 0
    public private(set) var wrapUpTotal: TimeInterval = 0

    public init() {}

    /// Adds one call fact, judged against `config`.
    public mutating func add(_ fact: CallFact, config: MetricsConfig) {
        switch fact.kind {
        case .offered:
            offered += 1
        case .answered:
            answered += 1
            answerWaitTotal += fact.wait
            if fact.wait <= config.target.seconds { answeredWithin += 1 }
            longestWait = max(longestWait, fact.wait)
        case .abandoned:
            longestWait = max(longestWait, fact.wait)
            if fact.wait < config.shortAbandonSeconds {
                shortAbandons += 1
                if config.excludeShortAbandons { offered -= 1; return }
            }
            abandoned += 1
            if fact.wait <= config.target.seconds { abandonedWithin += 1 }
        case .handled:
            handled += 1
            talkTotal += fact.talk
            wrapUpTotal += fact.wrapUp
            if fact.resolved { resolved += 1 }
        }
    }

    /// Counts a caller still waiting at the moment the figures are taken
    /// towards the longest wait (not towards anything else).
    public mutating func noteWaiting(_ wait: TimeInterval) { longestWait = max(longestWait, wait) }

    public static func + (a: ServiceTally, b: ServiceTally) -> ServiceTally {
        var s = a
        s.offered += b.offered; s.answered += b.answered; s.abandoned += b.abandoned
        s.shortAbandons += b.shortAbandons; s.answeredWithin += b.answeredWithin
        s.abandonedWithin += b.abandonedWithin; s.answerWaitTotal += b.answerWaitTotal
        s.longestWait = max(a.longestWait, b.longestWait); s.handled += b.handled
        s.resolved += b.resolved; s.talkTotal += b.talkTotal; s.wrapUpTotal += b.wrapUpTotal
        return s
    }

    public func figures(config: MetricsConfig) -> ServiceFigures {
        func ratio(_ a: Double, _ b: Int) -> Double? { b == 0 ? nil : a / Double(b) }
        let sl = ratio(Double(answeredWithin), answered)
        return ServiceFigures(
            offered: offered, answered: answered, abandoned: abandoned, shortAbandons: shortAbandons,
            shortAbandonsExcluded: config.excludeShortAbandons,
            answeredWithinThreshold: answeredWithin, abandonedWithinThreshold: abandonedWithin,
            serviceLevel: sl,
            serviceLevelWithAbandons: ratio(Double(answeredWithin + abandonedWithin), answered + abandoned),
            target: config.target,
            averageSpeedOfAnswer: ratio(answerWaitTotal, answered),
            averageHandleTime: ratio(talkTotal + wrapUpTotal, handled),
            averageTalk: ratio(talkTotal, handled), averageWrapUp: ratio(wrapUpTotal, handled),
            abandonRate: ratio(Double(abandoned), offered),
            handled: handled, resolvedFirstContact: resolved,
            firstContactResolution: ratio(Double(resolved), handled),
            longestWait: longestWait)
    }
}

/// The service figures of a period, formulas in docs/kpis.md. Ratios are nil
/// when their denominator is zero (shown as "—"), never a made-up 0 or 100%.
public struct ServiceFigures: Codable, Sendable, Equatable {
    public var offered: Int
    public var answered: Int
    public var abandoned: Int
    public var shortAbandons: Int
    public var shortAbandonsExcluded: Bool
    public var answeredWithinThreshold: Int
    public var abandonedWithinThreshold: Int
    /// answered within threshold ÷ answered.
    public var serviceLevel: Double?
    /// (answered within + abandoned within threshold) ÷ (answered + abandoned).
    public var serviceLevelWithAbandons: Double?
    public var target: ServiceLevelTarget
    /// ASA: total answer wait ÷ answered, seconds.
    public var averageSpeedOfAnswer: Double?
    /// AHT: (talk + wrap-up) ÷ handled, seconds.
    public var averageHandleTime: Double?
    public var averageTalk: Double?
    public var averageWrapUp: Double?
    /// abandoned ÷ offered.
    public var abandonRate: Double?
    public var handled: Int
    public var resolvedFirstContact: Int
    /// resolved on the call ÷ handled.
    public var firstContactResolution: Double?
    public var longestWait: TimeInterval

    /// True or false once there is an answered call to judge; the first form decides.
    public var meetsTarget: Bool? { target.isMet(by: serviceLevel) }
}
