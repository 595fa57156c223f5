import HelpDeskCore
import Foundation

/// How figures are written in reports: the same text in the terminal, CSV
/// and HTML, so a manager comparing them sees the same digits.
public enum ReportFormat {
    /// "66.7%", or "—" when there was nothing to divide by.
    public static func percent(_ ratio: Double?, decimals: Int = 1) -> String {
        guard let ratio else { return "—" }
        return fixed(ratio * 100, decimals: decimals) + "%"
    }

    /// Seconds as "m:ss", or "h:mm:ss" from an hour on; "—" when absent.
    public static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "—" }
        let s = Int(seconds.rounded())
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return s >= 3600 ? "\(s / 3600):\(pad(s / 60 % 60)):\(pad(s % 60))" : "\(s / 60):\(pad(s % 60))"
    }

    /// Hours with one decimal ("26.5 h"), for times to resolve.
    public static func hours(_ seconds: Double?) -> String {
        guard let seconds else { return "—" }
        return fixed(seconds / 3600, decimals: 1) + " h"
    }

    /// A number rounded half away from zero to `decimals` places, without
    /// the binary surprises of "%.2f" at exact halves of decimal inputs.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale * 1e6).rounded() / 1e6
        return decimalText(Int64(scaled.rounded(.toNearestOrAwayFromZero)), decimals: decimals)
    }

    /// An integer count of 10^-decimals written with its decimal point.
    public static func decimalText(_ units: Int64, decimals: Int) -> String {
        guard decimals > 0 else { return String(units) }
        let negative = units < 0
        let digits = String(negative ? -units : units)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -decimals)
        return (negative ? "-" : "") + padded[..<cut] + "." + padded[cut...]
    }

    /// The period in words: "2026-10-01 – 2026-10-31" (the last day included).
    public static func period(_ filter: ReportFilter) -> String {
        let tz = filter.config.day.timeZone
        var text = LocalTime.day(filter.from, in: tz) + " – " + LocalTime.day(filter.to.addingTimeInterval(-1), in: tz)
        if let branch = filter.branch { text += ", branch " + branch }
        if let agent = filter.agent { text += ", agent " + agent }
        return text
    }
}
