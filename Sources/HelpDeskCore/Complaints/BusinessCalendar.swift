import Foundation

/// When the service department is open, so SLA clocks run only in business
/// hours: a complaint filed on Friday evening is not "late" on Saturday.
///
/// Days are judged in the calendar's own time zone (default Asia/Shanghai),
/// whatever the host's zone, so every process computes the same due time.
/// A holiday closes a day that is normally open; a make-up working day
/// (调休上班) opens a normally closed day with the hours of a named weekday.
public struct BusinessCalendar: Sendable, Equatable {
    /// An opening stretch of one day, in minutes after local midnight.
    public struct Hours: Sendable, Equatable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// A local calendar date, as written in the config ("2026-10-01").
    public struct Day: Sendable, Hashable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }

    public let timeZone: TimeZone
    /// Opening hours per weekday, keyed 1 = Sunday … 7 = Saturday (Foundation's numbering).
    public let week: [Int: [Hours]]
    public let holidays: Set<Day>
    /// Normally closed days worked anyway, with the hours of the weekday given.
    public let makeUpDays: [Day: Int]

    private let calendar: Calendar

    /// How far the arithmetic looks ahead before giving up: a calendar whose
    /// every day for ten years is a holiday has no due time.
    static let horizonDays = 3660

    public init(timeZone: TimeZone, week: [Int: [Hours]], holidays: Set<Day> = [], makeUpDays: [Day: Int] = [:]) {
        self.timeZone = timeZone
        self.week = week.mapValues { $0.sorted { $0.start < $1.start } }
        self.holidays = holidays
        self.makeUpDays = makeUpDays
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    public static func == (a: BusinessCalendar, b: BusinessCalendar) -> Bool {
        a.timeZone.identifier == b.timeZone.identifier && a.week == b.week && a.holidays == b.holidays
            && a.makeUpDays == b.makeUpDays
    }

    /// The local date a moment falls on.
    public func day(of date: Date) -> Day {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year!, month: c.month!, day: c.day!)
    }

    /// The opening stretches of the local day that `date` falls on, as moments.
    public func openIntervals(onDayOf date: Date) -> [DateInterval] {
        let today = day(of: date)
        let hours: [Hours]
        if let weekday = makeUpDays[today] {
            hours = week[weekday] ?? []
        } else if holidays.contains(today) {
            hours = []
        } else {
            hours = week[calendar.component(.weekday, from: date)] ?? []
        }
        return hours.compactMap { h in
            guard let start = moment(today, minute: h.start), let end = moment(today, minute: h.end), start < end else {
                return nil
            }
            return DateInterval(start: start, end: end)
        }
    }

    /// True while the department is open.
    public func isOpen(at date: Date) -> Bool {
        openIntervals(onDayOf: date).contains { $0.start <= date && date < $0.end }
    }

    /// The moment `seconds` of business time after `start`. Time outside
    /// opening hours does not count, so the answer always lies inside (or at
    /// the end of) an opening stretch. `.distantFuture` when the calendar
    /// opens too rarely to ever get there.
    public func adding(businessSeconds seconds: TimeInterval, to start: Date) -> Date {
        var remaining = max(0, seconds)
        var day = calendar.startOfDay(for: start)
        for _ in 0..<Self.horizonDays {
            for interval in openIntervals(onDayOf: day) where interval.end > start {
                let from = max(interval.start, start)
                let available = interval.end.timeIntervalSince(from)
                if remaining <= available { return from.addingTimeInterval(remaining) }
                remaining -= available
            }
            guard let next = nextDay(after: day) else { break }
            day = next
        }
        return .distantFuture
    }

    /// Business seconds between two moments: negative when `end` is earlier,
    /// so "time left" turns into "overdue by" on its own.
    public func businessSeconds(from start: Date, to end: Date) -> TimeInterval {
        if end < start { return -businessSeconds(from: end, to: start) }
        var total: TimeInterval = 0
        var day = calendar.startOfDay(for: start)
        for _ in 0..<Self.horizonDays where day < end {
            for interval in openIntervals(onDayOf: day) {
                let from = max(interval.start, start), to = min(interval.end, end)
                if from < to { total += to.timeIntervalSince(from) }
            }
            guard let next = nextDay(after: day) else { break }
            day = next
        }
        return total
    }

    private func nextDay(after startOfDay: Date) -> Date? {
        // Noon of the next day, then its start: robust where midnight is skipped by DST.
        calendar.date(byAdding: .hour, value: 36, to: startOfDay).map { calendar.startOfDay(for: $0) }
    }

    private func moment(_ day: Day, minute: Int) -> Date? {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                           hour: minute / 60, minute: minute % 60))
    }
}
