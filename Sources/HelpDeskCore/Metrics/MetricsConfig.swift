import Foundation

/// The service-level objective: `percent` of callers answered within
/// `seconds`. The floor's default is the classic 80/20.
public struct ServiceLevelTarget: Codable, Sendable, Equatable {
    /// The share to reach, in percent (80 means 80%).
    public var percent: Double
    /// The answer-time threshold, in seconds; a wait of exactly this long is within it.
    public var seconds: Double

    public init(percent: Double = 80, seconds: Double = 20) {
        self.percent = percent
        self.seconds = seconds
    }

    public static let standard = ServiceLevelTarget()

    /// Whether a service level (a share, 0…1) reaches the target; nil when
    /// there is none yet (nothing answered).
    public func isMet(by level: Double?) -> Bool? { level.map { $0 * 100 >= percent } }
}

/// Everything a figure depends on besides the events: the target, how short
/// abandons are treated, and when the business day starts.
public struct MetricsConfig: Sendable, Equatable {
    public var target: ServiceLevelTarget
    /// A caller who gives up after waiting less than this many seconds is a
    /// short abandon (a misdial, a caller who heard the greeting and left).
    public var shortAbandonSeconds: Double
    /// When true, short abandons count neither as offered nor as abandoned;
    /// they are still counted on their own so nothing disappears silently.
    public var excludeShortAbandons: Bool
    public var day: BusinessDay

    public init(
        target: ServiceLevelTarget = .standard, shortAbandonSeconds: Double = 5,
        excludeShortAbandons: Bool = false, day: BusinessDay = BusinessDay()
    ) {
        self.target = target
        self.shortAbandonSeconds = shortAbandonSeconds
        self.excludeShortAbandons = excludeShortAbandons
        self.day = day
    }
}

/// The floor's working day: it starts at `resetHour` o'clock local time, so a
/// centre that runs until 02:00 can keep the night shift in one day.
public struct BusinessDay: Sendable, Equatable {
    /// 0...23: the hour at which today's figures start from zero.
    public var resetHour: Int
    public var timeZone: TimeZone

    public init(resetHour: Int = 0, timeZone: TimeZone = .current) {
        self.resetHour = min(23, max(0, resetHour))
        self.timeZone = timeZone
    }

    private var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        return c
    }

    /// The business day that contains `date`: [reset hour, next reset hour).
    public func interval(containing date: Date) -> DateInterval {
        let c = calendar
        let shifted = date.addingTimeInterval(-Double(resetHour) * 3600)
        let midnight = c.startOfDay(for: shifted)
        let start = c.date(byAdding: .hour, value: resetHour, to: midnight) ?? midnight
        let next = c.date(byAdding: .day, value: 1, to: midnight) ?? midnight.addingTimeInterval(86400)
        let end = c.date(byAdding: .hour, value: resetHour, to: next) ?? next.addingTimeInterval(Double(resetHour) * 3600)
        return DateInterval(start: start, end: end)
    }

    /// The clock hour [hh:00, hh+1:00) that contains `date`, in this time zone.
    public func hour(containing date: Date) -> DateInterval {
        let c = calendar
        let comps = c.dateComponents([.year, .month, .day, .hour], from: date)
        let start = c.date(from: comps) ?? date
        return DateInterval(start: start, duration: 3600)
    }

    /// The calendar month `yyyy-MM` in this time zone, from its first reset hour
    /// to the next month's, or nil when the text is not a month.
    public func month(_ text: String) -> DateInterval? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        let c = calendar
        guard let first = c.date(from: DateComponents(year: y, month: m, day: 1, hour: resetHour)),
              let next = c.date(byAdding: .month, value: 1, to: first) else { return nil }
        return DateInterval(start: first, end: next)
    }
}

extension DateInterval {
    /// Half-open membership: `[start, end)`, so adjacent periods never share an instant.
    public func containsHalfOpen(_ date: Date) -> Bool { date >= start && date < end }

    /// Seconds of `[a, b)` that fall inside this interval.
    func overlap(from a: Date, to b: Date) -> TimeInterval {
        let lo = max(a, start), hi = min(b, end)
        return max(0, hi.timeIntervalSince(lo))
    }
}
