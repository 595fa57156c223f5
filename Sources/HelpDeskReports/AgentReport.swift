import HelpDeskCore
import Foundation

/// Agent quality: calls, AHT, first-contact resolution, satisfaction, script
/// steps and timed waits skipped, phrase-guard hits, complaints handled and overdue.
public struct AgentReport: Codable, Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable {
        public var agent: String
        public var name: String
        public var callsHandled: Int
        public var averageHandleTime: Double?
        public var firstContactResolution: Double?
        public var satisfaction: SatisfactionFigures
        public var scriptStepsSkipped: Int
        /// Timed waits cut short (the silent line's 5 seconds not waited out).
        public var scriptWaitsSkipped: Int
        public var phraseHits: Int
        /// Complaints opened in the period that the agent owns.
        public var complaintsHandled: Int
        /// Of those, resolved after the promise or still open past it.
        public var complaintsOverdue: Int
    }

    public var from: Date
    public var to: Date
    public var rows: [Row]

    public init(_ data: ReportData) {
        var owned: [String: (handled: Int, overdue: Int)] = [:]
        for c in data.complaints {
            owned[c.owner, default: (0, 0)].handled += 1
            if c.isOverdue(at: data.filter.asOf) { owned[c.owner, default: (0, 0)].overdue += 1 }
        }
        let ids = Set(data.agents.keys).union(owned.keys).filter { data.filter.matches(agent: $0) }
        from = data.filter.from
        to = data.filter.to
        rows = ids.sorted().compactMap { id in
            let a = data.agents[id] ?? AgentTally()
            let o = owned[id] ?? (0, 0)
            let active = a.handled + a.satisfaction.answers + a.satisfaction.declined + a.scriptStepsSkipped + a.scriptWaitsSkipped
                + a.phraseHits + o.handled
            guard active > 0 else { return nil }
            return Row(agent: id, name: a.name ?? id, callsHandled: a.handled,
                       averageHandleTime: a.handled == 0 ? nil : (a.talk + a.wrapUp) / Double(a.handled),
                       firstContactResolution: a.handled == 0 ? nil : Double(a.resolved) / Double(a.handled),
                       satisfaction: a.satisfaction, scriptStepsSkipped: a.scriptStepsSkipped,
                       scriptWaitsSkipped: a.scriptWaitsSkipped, phraseHits: a.phraseHits,
                       complaintsHandled: o.handled, complaintsOverdue: o.overdue)
        }
    }

    public func section() -> ReportSection {
        let table = ReportTable(
            columns: [ReportColumn("Agent", numeric: false), ReportColumn("Name", numeric: false), ReportColumn("Calls"),
                      ReportColumn("AHT"), ReportColumn("FCR"), ReportColumn("Satisfaction"), ReportColumn("4–5"),
                      ReportColumn("Steps skipped"), ReportColumn("Waits skipped"), ReportColumn("Phrase hits"), ReportColumn("Complaints"),
                      ReportColumn("Overdue")],
            rows: rows.map { r in
                [r.agent, r.name, String(r.callsHandled), ReportFormat.duration(r.averageHandleTime),
                 ReportFormat.percent(r.firstContactResolution),
                 r.satisfaction.average.map { ReportFormat.fixed($0, decimals: 2) + " (\(r.satisfaction.answers))" } ?? "—",
                 ReportFormat.percent(r.satisfaction.shareSatisfied, decimals: 0), String(r.scriptStepsSkipped),
                 String(r.scriptWaitsSkipped), String(r.phraseHits), String(r.complaintsHandled), String(r.complaintsOverdue)]
            })
        let chart = BarChart(title: "Calls handled", bars: rows.map {
            BarChart.Bar(label: $0.name, value: Double($0.callsHandled), text: String($0.callsHandled))
        })
        return ReportSection(title: "Agents 座席", table: table, chart: chart, notes: [
            "AHT = (talk + wrap-up) ÷ calls handled; FCR = calls resolved on the call ÷ calls handled; "
                + "satisfaction = mean score 1–5 (answers), 4–5 = share of scores of 4 or 5.",
        ])
    }
}
