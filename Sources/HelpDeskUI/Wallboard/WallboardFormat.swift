import ColumnWidth
import Foundation
import TermRender

/// How figures read on the wall. A ratio with nothing to divide by is "—",
/// never a made-up 0% or 100% (docs/kpis.md).
enum WallboardFormat {
    static let none = "—"

    /// "78.5%" from 0.785.
    static func percent(_ ratio: Double?) -> String {
        guard let ratio else { return none }
        return String(format: "%.1f%%", ratio * 100)
    }

    /// "79%" from 0.785, for big digits where every glyph costs room.
    /// A service-level table cell: the percentage, in red with a `!` (which
    /// survives monochrome) when under target, a space otherwise so columns line up.
    static func levelCell(_ level: Double?, under: Bool) -> Span {
        Span(percent(level) + (under ? "!" : " "), style: under ? Theme.error : .plain)
    }

    static func wholePercent(_ ratio: Double?) -> String {
        guard let ratio else { return "-" }
        return "\(Int((ratio * 100).rounded()))%"
    }

    /// "1:05" from 65 seconds; "—" when there is no figure.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return none }
        return clockText(seconds)
    }

    /// "4.2" from a mean score.
    static func score(_ value: Double?) -> String {
        guard let value else { return none }
        return String(format: "%.1f", value)
    }

    /// "08:00" in the floor's time zone.
    static func hourMinute(_ date: Date, timeZone: TimeZone) -> String {
        String(localClock(date, timeZone: timeZone).prefix(5))
    }
}

extension Table.Column {
    /// A fixed column at least as wide as its title, so headers read whole
    /// in every language ("Handled", "处理量", "처리").
    static func fitted(_ title: String, atLeast width: Int, alignment: Alignment = .right) -> Table.Column {
        Table.Column(title, width: .fixed(max(width, displayWidth(title))), alignment: alignment)
    }
}
