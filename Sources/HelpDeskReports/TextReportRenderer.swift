import HelpDeskCore
import ColumnWidth
/// Renders a report for the terminal: aligned tables (by display columns, so
/// 广州 takes the room of "GZ" twice over) and bar charts drawn with blocks.
public enum TextReportRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out = sanitize(doc.title) + "\n" + sanitize(doc.subtitle) + "\n"
        for section in doc.sections {
            out += "\n" + sanitize(section.title) + "\n"
            out += table(section.table)
            for note in section.notes { out += "  " + sanitize(note) + "\n" }
            if let chart = section.chart, !chart.bars.isEmpty { out += "\n" + bars(chart) }
        }
        return out
    }

    /// One table alone, aligned by display columns.
    public static func table(_ t: ReportTable) -> String {
        let clean = { (row: [String]) in row.map(sanitize) }
        let header = t.columns.map { sanitize($0.header) }
        let rows = t.rows.map(clean)
        let total = t.total.map(clean)
        var widths = header.map(TextWidth.columns)
        for row in rows + (total.map { [$0] } ?? []) {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.columns(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, w) in widths.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                parts.append(TextWidth.pad(cell, to: w, right: t.columns[i].numeric))
            }
            var text = "  " + parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        let rule = "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        var out = line(header) + rule
        if rows.isEmpty { out += "  (none)\n" }
        for row in rows { out += line(row) }
        if let total { out += rule + line(total) }
        return out
    }

    static func bars(_ chart: BarChart, width: Int = 30) -> String {
        let labels = chart.bars.map { sanitize($0.label) }
        let labelWidth = labels.map(TextWidth.columns).max() ?? 0
        let top = chart.scale
        var out = "  " + sanitize(chart.title) + "\n"
        for (bar, label) in zip(chart.bars, labels) {
            let eighths = top > 0 ? Int((min(bar.value, top) / top * Double(width * 8)).rounded()) : 0
            let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
            let drawn = String(repeating: "█", count: eighths / 8) + partial
            out += "  " + TextWidth.pad(label, to: labelWidth, right: false) + " │" + drawn + " " + sanitize(bar.text) + "\n"
        }
        return out
    }
}
