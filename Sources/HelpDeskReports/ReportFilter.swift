import HelpDeskCore
import Foundation

/// What a report covers: the period `[from, to)`, optionally one branch or
/// one agent, the figures' settings, and the moment "overdue" is judged at.
public struct ReportFilter: Sendable, Equatable {
    public var from: Date
    public var to: Date
    public var branch: String?
    public var agent: String?
    public var config: MetricsConfig
    /// "Now" for figures that depend on it (still-open promises): the end of
    /// the period, or the present if the period has not ended yet.
    public var asOf: Date

    public init(from: Date, to: Date, branch: String? = nil, agent: String? = nil,
                config: MetricsConfig = MetricsConfig(), now: Date = Date()) {
        self.from = from
        self.to = max(from, to)
        self.branch = branch
        self.agent = agent
        self.config = config
        asOf = min(self.to, now)
    }

    public var period: DateInterval { DateInterval(start: from, end: to) }

    /// The events a report must read around its period (docs/kpis.md):
    /// a day before, for states and open calls, and a day after, for the
    /// answers and wrap-ups of callers who joined before `to`.
    public var readWindow: (from: Date, to: Date) { (from.addingTimeInterval(-86400), to.addingTimeInterval(86400)) }

    func matches(branch b: String?) -> Bool { branch == nil || b == branch }
    func matches(agent a: String?) -> Bool { agent == nil || a == agent }
}
