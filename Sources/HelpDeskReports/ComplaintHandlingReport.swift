import HelpDeskCore
import Foundation

/// How complaints opened in the period were handled: promises kept, time to
/// resolve, reopened cases, and follow-up calls done on time.
public struct ComplaintHandlingReport: Codable, Sendable, Equatable {
    public var from: Date
    public var to: Date
    public var opened: Int
    public var resolved: Int
    public var withPromise: Int
    /// Resolved no later than the time promised to the customer.
    public var resolvedWithinPromise: Int
    /// Still unresolved with the promise passed at the report's "as of" time.
    public var overdueOpen: Int
    /// Median of (first resolution − opened), seconds, over resolved complaints.
    public var medianTimeToResolve: Double?
    /// Complaints reopened at least once.
    public var reopened: Int
    /// Follow-ups due in the period.
    public var followUpsDue: Int
    public var followUpsDone: Int
    /// Done no later than the end of the business day they were due.
    public var followUpsDoneOnTime: Int
    /// Resolved within promise ÷ with a promise, per category.
    public var withinPromiseByCategory: [CategoryShare]

    public struct CategoryShare: Codable, Sendable, Equatable {
        public var category: ComplaintCategory
        public var withPromise: Int
        public var withinPromise: Int
    }

    public init(_ data: ReportData) {
        let f = data.filter
        let complaints = data.complaints
        from = f.from
        to = f.to
        opened = complaints.count
        resolved = complaints.filter { $0.resolvedAt != nil }.count
        let promised = complaints.filter { $0.promisedBy != nil }
        withPromise = promised.count
        func kept(_ c: ComplaintRecord) -> Bool { c.resolvedAt.map { $0 <= c.promisedBy! } ?? false }
        resolvedWithinPromise = promised.filter(kept).count
        overdueOpen = promised.filter { $0.resolvedAt == nil && $0.promisedBy! < f.asOf }.count
        medianTimeToResolve = Self.median(complaints.compactMap { c in c.resolvedAt.map { $0.timeIntervalSince(c.openedAt) } })
        reopened = complaints.filter { $0.reopenedCount > 0 }.count
        let due = data.history.followUps.values.filter {
            f.period.containsHalfOpen($0.dueAt) && f.matches(branch: $0.branch) && (f.agent == nil || $0.closedBy == f.agent)
        }
        followUpsDue = due.count
        let done = due.filter { $0.status == .done }
        followUpsDone = done.count
        followUpsDoneOnTime = done.filter { $0.closedAt! < f.config.day.interval(containing: $0.dueAt).end }.count
        withinPromiseByCategory = ComplaintCategory.allCases.compactMap { cat in
            let p = promised.filter { $0.category == cat }
            return p.isEmpty ? nil : CategoryShare(category: cat, withPromise: p.count, withinPromise: p.filter(kept).count)
        }
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    public func section() -> ReportSection {
        func share(_ a: Int, _ b: Int) -> String { ReportFormat.percent(b == 0 ? nil : Double(a) / Double(b)) }
        let table = ReportTable(
            columns: [ReportColumn("Measure", numeric: false), ReportColumn("Count"), ReportColumn("Share")],
            rows: [
                ["Complaints opened", String(opened), ""],
                ["Resolved", String(resolved), share(resolved, opened)],
                ["With a promised time", String(withPromise), share(withPromise, opened)],
                ["Resolved within promise", String(resolvedWithinPromise), share(resolvedWithinPromise, withPromise)],
                ["Open past the promise", String(overdueOpen), share(overdueOpen, withPromise)],
                ["Reopened", String(reopened), share(reopened, opened)],
                ["Median time to resolve", ReportFormat.hours(medianTimeToResolve), ""],
                ["Follow-ups due", String(followUpsDue), ""],
                ["Follow-ups done", String(followUpsDone), share(followUpsDone, followUpsDue)],
                ["Follow-ups done on time", String(followUpsDoneOnTime), share(followUpsDoneOnTime, followUpsDue)],
            ])
        let chart = BarChart(title: "Resolved within promise, by category", bars: withinPromiseByCategory.map { c in
            let ratio = Double(c.withinPromise) / Double(c.withPromise)
            return BarChart.Bar(label: ReportLabels.category(c.category), value: ratio * 100,
                                text: ReportFormat.percent(ratio, decimals: 0) + " of \(c.withPromise)")
        }, fullScale: 100)
        return ReportSection(title: "Complaint handling 投诉处理", table: table, chart: chart, notes: [
            "Shares of resolved, reopened and follow-ups are of complaints opened or follow-ups due; within promise and "
                + "open past it are of complaints with a promised time. A follow-up is on time if done by the end of its due day.",
        ])
    }
}
