import HelpDeskCore
import Foundation

/// Service level and queue per business day or clock hour: the same
/// `ServiceFigures` as the wallboard, bucketed by when callers joined the queue.
public struct ServiceLevelReport: Codable, Sendable, Equatable {
    public enum Granularity: String, Codable, Sendable, CaseIterable { case day, hour }

    public struct Row: Codable, Sendable, Equatable {
        public var start: Date
        public var label: String
        public var figures: ServiceFigures
    }

    public var from: Date
    public var to: Date
    public var granularity: Granularity
    public var rows: [Row]
    public var total: ServiceFigures

    public init(_ data: ReportData, by granularity: Granularity = .day) {
        let day = data.filter.config.day
        var buckets: [Date: ServiceTally] = [:]
        var all = ServiceTally()
        for (hour, tally) in data.hourly {
            let key = granularity == .hour ? hour : day.interval(containing: hour).start
            buckets[key] = (buckets[key] ?? ServiceTally()) + tally
            all = all + tally
        }
        let config = data.filter.config
        from = data.filter.from
        to = data.filter.to
        self.granularity = granularity
        rows = buckets.keys.sorted().map { start in
            Row(start: start,
                label: granularity == .hour ? LocalTime.minute(start, in: day.timeZone) : LocalTime.day(start, in: day.timeZone),
                figures: buckets[start]!.figures(config: config))
        }
        total = all.figures(config: config)
    }

    public func section() -> ReportSection {
        func cells(_ label: String, _ f: ServiceFigures) -> [String] {
            [label, String(f.offered), String(f.answered), String(f.abandoned), String(f.shortAbandons),
             ReportFormat.percent(f.serviceLevel), ReportFormat.percent(f.serviceLevelWithAbandons),
             ReportFormat.duration(f.averageSpeedOfAnswer), ReportFormat.duration(f.averageHandleTime),
             ReportFormat.percent(f.abandonRate), ReportFormat.percent(f.firstContactResolution),
             ReportFormat.duration(f.longestWait)]
        }
        let target = total.target
        let table = ReportTable(
            columns: [ReportColumn(granularity == .hour ? "Hour" : "Day", numeric: false), ReportColumn("Offered"),
                      ReportColumn("Answered"), ReportColumn("Abandoned"), ReportColumn("Short ab."), ReportColumn("SL"),
                      ReportColumn("SL incl. ab."), ReportColumn("ASA"), ReportColumn("AHT"), ReportColumn("Ab. rate"),
                      ReportColumn("FCR"), ReportColumn("Longest wait")],
            rows: rows.map { cells($0.label, $0.figures) }, total: cells("Total", total))
        let chart = BarChart(title: "Service level (answered within \(ReportFormat.fixed(target.seconds, decimals: 0)) s ÷ answered)",
                             bars: rows.map { r in
            BarChart.Bar(label: r.label, value: (r.figures.serviceLevel ?? 0) * 100, text: ReportFormat.percent(r.figures.serviceLevel))
        }, fullScale: 100, marker: (target.percent, "target \(ReportFormat.fixed(target.percent, decimals: 0))%"))
        let threshold = ReportFormat.fixed(target.seconds, decimals: 0)
        let notes = [
            "Target \(ReportFormat.fixed(target.percent, decimals: 0))% within \(threshold) s. SL = answered within \(threshold) s ÷ answered; "
                + "SL incl. ab. = (answered + abandoned within \(threshold) s) ÷ (answered + abandoned).",
            "Calls count in the \(granularity.rawValue) the caller joined the queue. Short abandons are "
                + (total.shortAbandonsExcluded ? "left out of offered and abandoned." : "counted as abandoned."),
        ]
        return ReportSection(title: "Service level and queue 服务水平", table: table, chart: chart, notes: notes)
    }
}
