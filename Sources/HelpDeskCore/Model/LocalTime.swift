import Foundation

/// Dates as people on the floor read them: in the department's time zone
/// (its business calendar's), not UTC, in one readable format for screens,
/// command output and reports alike.
public enum LocalTime {
    /// "2026-11-27".
    public static func day(_ date: Date, in timeZone: TimeZone) -> String {
        String(local(date, timeZone).prefix(10))
    }

    /// "2026-11-27 14:00".
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let s = local(date, timeZone)
        return String(s.prefix(10)) + " " + s.dropFirst(11).prefix(5)
    }

    private static func local(_ date: Date, _ timeZone: TimeZone) -> String {
        JournalCoding.formatDate(date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: date))))
    }
}
