import HelpDeskCore
import Foundation

/// Complaints per 10,000 dispatches (投诉比派工量, 万分之一) by branch and
/// cause: a branch's complaints of one cause ÷ its dispatches × 10,000,
/// printed to two decimals, with an "all branches" row over the summed
/// counts (not an average of the branch ratios).
public struct BranchRatioReport: Codable, Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable {
        public var branch: String
        /// nil for a branch with complaints but no dispatch volume on file.
        public var dispatches: Int?
        /// Complaints per cause, in the order of `causes`.
        public var complaints: [Int]
        /// Per 10,000 dispatches, in hundredths (239 = 2.39), in the order of `causes`.
        public var perTenThousandHundredths: [Int]?
    }

    /// The seed table's causes, in its order; other categories follow when
    /// the period has complaints of them.
    public static let standardCauses: [ComplaintCategory] = [
        .notRightFirstTime, .nonStandardOperation, .serviceDelay, .slowResponse, .policyNotHonoured, .unreasonableCharge,
    ]

    public var from: Date
    public var to: Date
    public var causes: [ComplaintCategory]
    public var rows: [Row]
    public var total: Row

    public init(_ data: ReportData, volumes: DispatchVolumes) {
        let complaints = data.complaints
        let extra = ComplaintCategory.allCases.filter { c in
            !Self.standardCauses.contains(c) && complaints.contains { $0.category == c }
        }
        let causes = Self.standardCauses + extra
        var counts: [String: [Int]] = [:]
        for c in complaints {
            let branch = c.branch ?? "—"
            counts[branch, default: Array(repeating: 0, count: causes.count)][causes.firstIndex(of: c.category)!] += 1
        }
        let zero = Array(repeating: 0, count: causes.count)
        var rows: [Row] = []
        for v in volumes.byBranch(overlapping: data.filter.period, day: data.filter.config.day)
        where data.filter.matches(branch: v.branch) {
            let n = counts.removeValue(forKey: v.branch) ?? zero
            rows.append(Row(branch: v.branch, dispatches: v.dispatches, complaints: n,
                            perTenThousandHundredths: n.map { Self.hundredths($0, of: v.dispatches) }))
        }
        let withVolume = rows
        for branch in counts.keys.sorted() {
            rows.append(Row(branch: branch, dispatches: nil, complaints: counts[branch]!, perTenThousandHundredths: nil))
        }
        let dispatched = withVolume.compactMap(\.dispatches).reduce(0, +)
        let summed = withVolume.reduce(zero) { acc, r in zip(acc, r.complaints).map { $0 + $1 } }
        from = data.filter.from
        to = data.filter.to
        self.causes = causes
        self.rows = rows
        total = Row(branch: "All branches 全部", dispatches: dispatched, complaints: summed,
                    perTenThousandHundredths: dispatched > 0 ? summed.map { Self.hundredths($0, of: dispatched) } : nil)
    }

    /// count ÷ dispatches × 10,000 in hundredths, rounded half up, in
    /// integers so 2.395 never turns into 2.39 by binary accident.
    public static func hundredths(_ count: Int, of dispatches: Int) -> Int {
        (count * 2_000_000 + dispatches) / (2 * dispatches)
    }

    public func section() -> ReportSection {
        func cells(_ r: Row) -> [String] {
            var out = [r.branch, r.dispatches.map(String.init) ?? "—"]
            guard let d = r.dispatches, d > 0, let ratios = r.perTenThousandHundredths else {
                return out + Array(repeating: "—", count: causes.count + 1)
            }
            out += ratios.map { ReportFormat.decimalText(Int64($0), decimals: 2) }
            let all = Self.hundredths(r.complaints.reduce(0, +), of: d)
            return out + [ReportFormat.decimalText(Int64(all), decimals: 2)]
        }
        let table = ReportTable(
            columns: [ReportColumn("Branch", numeric: false), ReportColumn("Dispatches")]
                + causes.map { ReportColumn(ReportLabels.shortCategory($0)) } + [ReportColumn("all causes")],
            rows: rows.map(cells), total: cells(total))
        let chart = BarChart(title: "All causes per 10,000 dispatches", bars: rows.compactMap { r in
            guard let d = r.dispatches else { return nil }
            let h = Self.hundredths(r.complaints.reduce(0, +), of: d)
            return BarChart.Bar(label: r.branch, value: Double(h), text: ReportFormat.decimalText(Int64(h), decimals: 2))
        })
        var notes = ["Complaints per 10,000 dispatches (万分之一): complaints of the cause ÷ dispatches × 10,000."]
        if rows.contains(where: { $0.dispatches == nil }) {
            notes.append("Branches marked — have complaints but no dispatch volume on file; they are left out of the total.")
        }
        return ReportSection(title: "Complaints per 10,000 dispatches 投诉比派工量", table: table, chart: chart, notes: notes)
    }
}
