import Foundation

/// The printed comparison: one row per measurement, one column per store.
struct ResultTable {
    let columns: [String]
    private(set) var rows: [(label: String, values: [Double], digits: Int)] = []

    init(columns: [String]) { self.columns = columns }

    mutating func add(_ label: String, _ values: [Double], digits: Int) {
        rows.append((label, values, digits))
    }

    func value(_ label: String, _ column: Int) -> Double? {
        rows.first { $0.label == label }?.values[column]
    }

    func render() -> String {
        let width = max(rows.map(\.label.count).max() ?? 0, 10)
        func pad(_ text: String, _ n: Int, left: Bool = false) -> String {
            let space = String(repeating: " ", count: max(0, n - text.count))
            return left ? text + space : space + text
        }
        var lines = [pad("", width, left: true) + columns.map { pad($0, 14) }.joined()]
        lines.append(String(repeating: "-", count: width + 14 * columns.count))
        for row in rows {
            let cells = row.values.map { $0.isNaN ? "—" : String(format: "%.\(row.digits)f", $0) }
            lines.append(pad(row.label, width, left: true) + cells.map { pad($0, 14) }.joined())
        }
        return lines.joined(separator: "\n")
    }

    /// The targets of issue 2, each with pass or miss.
    func targets(history: Int) -> String {
        func mark(_ ok: Bool) -> String { ok ? "met " : "MISS" }
        var lines = ["targets:"]
        if let none = value("start-up, no history (ms)", 0), let full = value("start-up, \(history) closed calls (ms)", 0) {
            lines.append("  [\(mark(full <= 1.2 * none || full - none < 1))] JSON start-up with history \(String(format: "%.2f", full)) ms vs none \(String(format: "%.2f", none)) ms (within 1.2x)")
            lines.append("  [\(mark(full < 100))] JSON start-up with history under 100 ms")
        }
        if let p99 = value("change-to-arrival p99 (ms)", 0) {
            lines.append("  [\(mark(p99 < 50))] JSON change-to-arrival p99 \(String(format: "%.2f", p99)) ms under 50 ms")
        }
        for row in rows where row.label.hasPrefix("durable") {
            lines.append("  [\(mark(row.values[0] >= row.values[1]))] \(row.label): JSON \(Int(row.values[0])) vs SQLite \(Int(row.values[1]))")
        }
        return lines.joined(separator: "\n")
    }
}
