import Foundation
import HelpDeskCore
import TermRender

/// The console's styles in one place. Colours are chosen by meaning; the
/// terminal layer adapts them to 256, 8 or no colours, and every alert also
/// carries a text marker so it survives monochrome.
public enum Theme {
    public static let title = Style(fg: .brightWhite, bg: .blue).bold
    public static let focusBorder = Style(fg: .cyan).bold
    public static let border = Style(fg: .brightBlack)
    public static let header = Style().bold.underlined
    public static let selected = Style().reversed
    public static let label = Style().bold
    public static let dim = Style().dim
    public static let error = Style(fg: .red).bold
    public static let warn = Style(fg: .yellow).bold
    public static let alert = Style(fg: .brightWhite, bg: .red).bold
    public static let vip = Style(fg: .magenta).bold
    public static let status = Style().reversed
    public static let focusedField = Style().underlined
    public static let focusedChoice = Style().reversed

    /// How urgent a wait is against the service-level threshold.
    public enum WaitLevel: Sendable {
        case fine, near, over

        public init(seconds: Double, threshold: Int) {
            if seconds >= Double(threshold) { self = .over } else if seconds >= Double(threshold) * 0.75 { self = .near } else { self = .fine }
        }

        public var style: Style {
            switch self {
            case .fine: Style(fg: .green)
            case .near: Style(fg: .yellow).bold
            case .over: Style(fg: .red).bold
            }
        }

        /// The marker beside the time, readable without colour.
        public var marker: String {
            switch self {
            case .fine: " "
            case .near: "·"
            case .over: "!"
            }
        }
    }
}

/// "1:05" or "1:02:03": a wait or a time in state; from 10 hours on in
/// whole hours ("43 h"), from 100 hours in days ("5 d"). Seconds no longer
/// matter then, and the text stays within 7 columns, so a wait column of 8
/// keeps its alert marker.
public func clockText(_ seconds: Double) -> String {
    let s = max(0, Int(seconds))
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    switch s {
    case 360_000...: return "\(s / 86400) d"
    case 36_000...: return "\(s / 3600) h"
    case 3600...: return "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))"
    default: return "\(s / 60):\(two(s % 60))"
    }
}

/// "HH:MM:SS" in the floor's local time zone, for title bars.
public func localClock(_ date: Date, timeZone: TimeZone = .current) -> String {
    LocalTime.fields(date, in: timeZone).secondText
}
