import Foundation

/// Dates as people on the floor read them: in the department's time zone
/// (its business calendar's), not UTC, in one readable format for screens,
/// command output and reports alike. The year is written whole: the last
/// hours of 9999 UTC are already the year 10000 east of Greenwich, and read
/// "10000-01-01", not a cut-off "10000-01-0".
public enum LocalTime {
    /// "2026-11-27".
    public static func day(_ date: Date, in timeZone: TimeZone) -> String {
        fields(date, in: timeZone).dayText
    }

    /// "2026-11-27 14:00".
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let t = fields(date, in: timeZone)
        return t.dayText + " " + t.minuteText
    }

    /// The calendar fields of `date` on the clocks of `timeZone`.
    public static func fields(_ date: Date, in timeZone: TimeZone) -> CivilTime {
        CivilTime(date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: date))))
    }
}
