import Foundation
import HelpDeskCore

/// How calls ended, counted by disposition code, per agent and for the
/// floor, in the period (a month with `--month`). Calls are attributed by
/// when they joined the queue, as in every call figure.
public struct DispositionReport: Codable, Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable {
        public var agent: String
        public var name: String
        public var code: String
        public var label: String
        public var calls: Int
        /// calls ÷ the agent's handled calls.
        public var share: Double
    }

    public struct Total: Codable, Sendable, Equatable {
        public var code: String
        public var label: String
        public var calls: Int
    }

    public var from: Date
    public var to: Date
    /// One row per agent and code, agents in order, each agent's codes most used first.
    public var rows: [Row]
    /// The floor's count per code, most used first.
    public var totals: [Total]

    public init(_ data: ReportData, codes: FloorCodes?) {
        from = data.filter.from
        to = data.filter.to
        let label = { (code: String) in ReportLabels.code(code, in: codes?.dispositions) }
        var floor: [String: Int] = [:]
        rows = data.agents.keys.sorted().flatMap { id -> [Row] in
            let tally = data.agents[id]!
            let handled = tally.dispositions.values.reduce(0, +)
            return tally.dispositions.mostUsedFirst { $0 }.map { code, calls in
                floor[code, default: 0] += calls
                return Row(agent: id, name: tally.name ?? id, code: code, label: label(code), calls: calls,
                           share: Double(calls) / Double(handled))
            }
        }
        totals = floor.mostUsedFirst { $0 }.map { Total(code: $0.key, label: label($0.key), calls: $0.value) }
    }

    public func section() -> ReportSection {
        let all = totals.reduce(0) { $0 + $1.calls }
        let table = ReportTable(
            columns: [ReportColumn("Agent", numeric: false), ReportColumn("Name", numeric: false), ReportColumn("Code", numeric: false),
                      ReportColumn("Disposition", numeric: false), ReportColumn("Calls"), ReportColumn("Share")],
            rows: rows.map { [$0.agent, $0.name, $0.code, $0.label, String($0.calls), ReportFormat.percent($0.share)] },
            total: ["all", "", "", "", String(all), all == 0 ? "—" : ReportFormat.percent(1)])
        let chart = BarChart(title: "Calls by disposition", bars: totals.map {
            BarChart.Bar(label: $0.label, value: Double($0.calls), text: "\($0.calls) · " + ReportFormat.percent(Double($0.calls) / Double(all)))
        })
        return ReportSection(title: "Dispositions 处理结果", table: table, chart: chart, notes: [
            "Calls handled in the period by how they ended (codes from codes/dispositions.json); share = of the agent's calls.",
        ])
    }
}

/// Why agents paused, counted by reason code, per agent: how often and for
/// how long (pauses that began in the period and have ended).
public struct PauseReasonReport: Codable, Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable {
        public var agent: String
        public var name: String
        public var code: String
        public var label: String
        public var pauses: Int
        public var seconds: Double
    }

    public var from: Date
    public var to: Date
    public var rows: [Row]

    public init(_ data: ReportData, codes: FloorCodes?) {
        from = data.filter.from
        to = data.filter.to
        rows = data.agents.keys.sorted().flatMap { id -> [Row] in
            let tally = data.agents[id]!
            return tally.pauses.mostUsedFirst(\.count).map { code, pause in
                Row(agent: id, name: tally.name ?? id, code: code, label: ReportLabels.code(code, in: codes?.pauseReasons),
                    pauses: pause.count, seconds: pause.seconds)
            }
        }
    }

    public func section() -> ReportSection {
        let table = ReportTable(
            columns: [ReportColumn("Agent", numeric: false), ReportColumn("Name", numeric: false), ReportColumn("Code", numeric: false),
                      ReportColumn("Reason", numeric: false), ReportColumn("Pauses"), ReportColumn("Time paused")],
            rows: rows.map { [$0.agent, $0.name, $0.code, $0.label, String($0.pauses), ReportFormat.duration($0.seconds)] },
            total: ["all", "", "", "", String(rows.reduce(0) { $0 + $1.pauses }),
                    ReportFormat.duration(rows.reduce(0) { $0 + $1.seconds })])
        return ReportSection(title: "Pause reasons 小休原因", table: table, notes: [
            "Pauses begun in the period by reason code (codes/pause-reasons.json); time counts pauses that have ended.",
        ])
    }
}

private extension Dictionary where Key == String {
    /// Entries by code, most used first by `uses` and ties by code: the
    /// order both code tables list them in.
    func mostUsedFirst(_ uses: (Value) -> Int) -> [(key: String, value: Value)] {
        sorted { (uses($1.value), $0.key) < (uses($0.value), $1.key) }
    }
}
