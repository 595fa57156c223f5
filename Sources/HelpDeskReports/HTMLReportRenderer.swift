import HelpDeskCore
import ColumnWidth
/// Renders a report as one self-contained HTML page: no scripts, no external
/// styles, fonts or images, so it opens offline and can be mailed. Charts are
/// inline SVG. All text is escaped; cells in Chinese or Korean carry a `lang`
/// attribute so browsers pick the right glyphs.
public enum HTMLReportRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(doc.title))</title>
        <style>
        body { font-family: "Noto Sans CJK SC", "Noto Sans", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 72em; color: #1a1a1a; padding: 0 1em; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        .period { color: #555; margin-top: 0; }
        section { margin: 2em 0; }
        table { border-collapse: collapse; margin: 0.5em 0; }
        .scroll { overflow-x: auto; }
        th, td { padding: 0.3em 0.6em; border-bottom: 1px solid #ddd; text-align: left; }
        td { white-space: nowrap; }
        th { background: #f2f4f7; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tfoot td { font-weight: bold; border-top: 2px solid #888; }
        .note { color: #555; font-size: 0.9em; }
        svg text { font-size: 13px; }
        @media print { section { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <h1>\(escape(doc.title))</h1>
        <p class="period">\(escape(doc.subtitle))</p>

        """
        for (i, section) in doc.sections.enumerated() {
            out += "<section id=\"section-\(i + 1)\">\n<h2>\(escape(section.title))</h2>\n"
            out += table(section.table)
            for note in section.notes { out += "<p class=\"note\">\(escape(note))</p>\n" }
            if let chart = section.chart, !chart.bars.isEmpty { out += "<figure>\n" + svg(chart) + "</figure>\n" }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func table(_ t: ReportTable) -> String {
        func cell(_ tag: String, _ text: String, numeric: Bool) -> String {
            var attrs = numeric ? " class=\"num\"" : ""
            if let lang = language(of: text) { attrs += " lang=\"\(lang)\"" }
            return "<\(tag)\(attrs)>\(escape(text))</\(tag)>"
        }
        func row(_ cells: [String], tag: String = "td") -> String {
            "<tr>" + cells.enumerated().map { i, text in
                cell(tag, text, numeric: i < t.columns.count && t.columns[i].numeric)
            }.joined() + "</tr>\n"
        }
        var out = "<div class=\"scroll\">\n<table>\n<thead>\n" + row(t.columns.map(\.header), tag: "th") + "</thead>\n<tbody>\n"
        for r in t.rows { out += row(r) }
        out += "</tbody>\n"
        if let total = t.total { out += "<tfoot>\n" + row(total) + "</tfoot>\n" }
        return out + "</table>\n</div>\n"
    }

    /// Horizontal bars: labels on the left, bars scaled to the largest value,
    /// the figure at each bar's end. Sized in user units, so it scales.
    static func svg(_ chart: BarChart) -> String {
        let rowHeight = 28, labelWidth = 260, barWidth = 360, textWidth = 120, top = 30
        let width = labelWidth + barWidth + textWidth
        let height = top + rowHeight * chart.bars.count + 10
        let maxValue = chart.scale
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        out += "<title>\(escape(chart.title))</title>\n"
        out += "<text x=\"0\" y=\"18\" font-weight=\"bold\">\(escape(chart.title))</text>\n"
        for (i, bar) in chart.bars.enumerated() {
            let y = top + i * rowHeight
            let length = maxValue > 0 ? Int((min(bar.value, maxValue) / maxValue * Double(barWidth)).rounded()) : 0
            let lang = language(of: bar.label).map { " lang=\"\($0)\"" } ?? ""
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\"\(lang)>\(escape(bar.label))</text>\n"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 5)\" width=\"\(length)\" height=\"\(rowHeight - 10)\" fill=\"#3b6ea5\"><title>\(escape(bar.label)): \(escape(bar.text))</title></rect>\n"
            out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 18)\">\(escape(bar.text))</text>\n"
        }
        if let marker = chart.marker, maxValue > 0 {
            let x = labelWidth + Int((min(marker.value, maxValue) / maxValue * Double(barWidth)).rounded())
            out += "<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(height - 6)\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n"
            out += "<text x=\"\(x + 4)\" y=\"\(top - 8)\" fill=\"#c0392b\">\(escape(marker.label))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// Text as HTML character data or attribute value, after the console's
    /// sanitiser: control characters (never valid in HTML text) and bidi
    /// overrides show as visible marks.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in sanitize(text).unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// "ko" for text with Hangul, "zh-Hans" for text with Han ideographs, else nil.
    static func language(of text: String) -> String? {
        var han = false
        for s in text.unicodeScalars {
            let v = s.value
            if (0xAC00...0xD7A3).contains(v) || (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v) { return "ko" }
            if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) { han = true }
        }
        return han ? "zh-Hans" : nil
    }
}
