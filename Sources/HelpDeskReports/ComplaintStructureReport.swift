import HelpDeskCore
import Foundation

/// Complaint structure: how many complaints of each category a period
/// brought, and each one's share (seed 002's monthly table).
public struct ComplaintStructureReport: Codable, Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable {
        public var category: ComplaintCategory
        public var label: String
        public var count: Int
        /// count ÷ total, unrounded.
        public var share: Double
        /// The share in whole percent as printed (see `wholePercents`).
        public var percent: Int
    }

    public var from: Date
    public var to: Date
    public var total: Int
    public var rows: [Row]

    /// Categories with at least one complaint, largest first, "other" last
    /// (as the seed's table lists them).
    public init(_ data: ReportData) {
        var counts: [ComplaintCategory: Int] = [:]
        for c in data.complaints { counts[c.category, default: 0] += 1 }
        let order = ComplaintCategory.allCases
        let present = counts.keys.sorted { a, b in
            if (a == .other) != (b == .other) { return b == .other }
            if counts[a]! != counts[b]! { return counts[a]! > counts[b]! }
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
        let total = counts.values.reduce(0, +)
        let percents = Self.wholePercents(present.map { counts[$0]! })
        from = data.filter.from
        to = data.filter.to
        self.total = total
        rows = present.enumerated().map { i, c in
            Row(category: c, label: ReportLabels.category(c), count: counts[c]!,
                share: Double(counts[c]!) / Double(total), percent: percents[i])
        }
    }

    /// Whole-percent shares that add up to 100: each share rounded half up,
    /// then whatever the rounding lost or gained put on the largest category.
    /// (78, 70, 50, 5, 6 of 209 round to 37, 33, 24, 2, 3 = 99; the missing
    /// point goes to the largest, giving the seed's 38, 33, 24, 2, 3.)
    public static func wholePercents(_ counts: [Int]) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in 0 } }
        var percents = counts.map { ($0 * 200 + total) / (2 * total) }
        let drift = 100 - percents.reduce(0, +)
        if drift != 0, let largest = counts.indices.max(by: { counts[$0] < counts[$1] }) {
            percents[largest] += drift
        }
        return percents
    }

    public func section() -> ReportSection {
        let table = ReportTable(
            columns: [ReportColumn("Category", numeric: false), ReportColumn("Complaints"), ReportColumn("Share")],
            rows: rows.map { [$0.label, String($0.count), "\($0.percent)%"] },
            total: ["Total", String(total), total > 0 ? "100%" : "—"])
        let chart = BarChart(title: "Complaints by category", bars: rows.map {
            BarChart.Bar(label: $0.label, value: Double($0.count), text: "\($0.count) · \($0.percent)%")
        })
        return ReportSection(title: "Complaint structure 投诉结构", table: table, chart: chart,
                             notes: ["Shares in whole percent add up to 100%; the rounding remainder goes to the largest category."])
    }
}
