import Foundation
import HelpDeskCore

/// The service log counted as seed 001 asks ("record the customers' needs,
/// opinions and suggestions, how many and what, categorised with
/// statistics"): calls handled in the period by service category (seed 002's
/// service log) and what the customer brought, per agent and for the floor.
/// Calls are attributed by when they joined the queue, as in every call figure.
public struct ServiceLogReport: Codable, Sendable, Equatable {
    /// Calls of one category: how many brought each kind, and those wrapped
    /// up before the kind was recorded.
    public struct Counts: Codable, Sendable, Equatable {
        public var needs = 0
        public var opinions = 0
        public var suggestions = 0
        public var unrecorded = 0

        public var all: Int { needs + opinions + suggestions + unrecorded }

        mutating func add(_ kind: ContactKind?, _ calls: Int) {
            switch kind {
            case .need: needs += calls
            case .opinion: opinions += calls
            case .suggestion: suggestions += calls
            case nil: unrecorded += calls
            }
        }

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(needs: a.needs + b.needs, opinions: a.opinions + b.opinions, suggestions: a.suggestions + b.suggestions,
                   unrecorded: a.unrecorded + b.unrecorded)
        }
    }

    public struct Row: Codable, Sendable, Equatable {
        public var agent: String
        public var name: String
        public var category: ServiceCategory
        public var label: String
        public var counts: Counts
    }

    public struct Total: Codable, Sendable, Equatable {
        public var category: ServiceCategory
        public var label: String
        public var counts: Counts
    }

    public var from: Date
    public var to: Date
    /// One row per agent and category the agent handled, agents in order, categories as the service log lists them.
    public var rows: [Row]
    /// The floor's counts per category, in the same order.
    public var totals: [Total]

    public init(_ data: ReportData) {
        from = data.filter.from
        to = data.filter.to
        var floor: [ServiceCategory: Counts] = [:]
        rows = data.agents.keys.sorted().flatMap { id -> [Row] in
            let tally = data.agents[id]!
            var byCategory: [ServiceCategory: Counts] = [:]
            for (cell, calls) in tally.serviceLog { byCategory[cell.category, default: Counts()].add(cell.kind, calls) }
            return ServiceCategory.allCases.compactMap { category in
                guard let counts = byCategory[category] else { return nil }
                floor[category, default: Counts()] = floor[category, default: Counts()] + counts
                return Row(agent: id, name: tally.name ?? id, category: category, label: ReportLabels.serviceCategory(category),
                           counts: counts)
            }
        }
        totals = ServiceCategory.allCases.compactMap { category in
            floor[category].map { Total(category: category, label: ReportLabels.serviceCategory(category), counts: $0) }
        }
    }

    public func section() -> ReportSection {
        func cells(_ c: Counts) -> [String] { [c.needs, c.opinions, c.suggestions, c.unrecorded, c.all].map(String.init) }
        let all = totals.reduce(Counts()) { $0 + $1.counts }
        let table = ReportTable(
            columns: [ReportColumn("Agent", numeric: false), ReportColumn("Name", numeric: false),
                      ReportColumn("Category", numeric: false)]
                + ContactKind.allCases.map { ReportColumn(ReportLabels.contactKind($0)) }
                + [ReportColumn("Not recorded"), ReportColumn("Calls")],
            rows: rows.map { [$0.agent, $0.name, $0.label] + cells($0.counts) },
            total: ["all", "", ""] + cells(all))
        let chart = BarChart(title: "Calls by service category", bars: totals.map {
            BarChart.Bar(label: $0.label, value: Double($0.counts.all),
                         text: "\($0.counts.all) · 需求 \($0.counts.needs) · 意见 \($0.counts.opinions) · 建议 \($0.counts.suggestions)")
        })
        return ReportSection(title: "Service log 服务日志", table: table, chart: chart, notes: [
            "Calls handled in the period by service category and what the customer brought (seed 001: needs, opinions, suggestions).",
            "Opinions include complaints and praise. Not recorded: calls wrapped up before the kind was recorded.",
        ])
    }
}
