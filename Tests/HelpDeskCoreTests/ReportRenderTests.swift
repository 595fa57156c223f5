import Foundation
import Testing
@testable import HelpDeskCore
@testable import HelpDeskReports

@Suite struct ReportRenderTests {
    static let doc = ReportDocument(title: "Test <report>", subtitle: "2026-11-26", sections: [
        ReportSection(
            title: "Branches",
            table: ReportTable(
                columns: [ReportColumn("Branch", numeric: false), ReportColumn("Note", numeric: false), ReportColumn("Count")],
                rows: [["广州", "a,b", "12"], ["Nanning", "say \"hi\"", "3"], ["김민준", "line1\nline2", "100"],
                       ["=HYPERLINK(\"x\")", "-x", "-5"]],
                total: ["Total", "", "115"]),
            chart: BarChart(title: "Counts", bars: [BarChart.Bar(label: "广州", value: 12, text: "12"),
                                                   BarChart.Bar(label: "<b>", value: 0, text: "0")]),
            notes: ["a note"]),
    ])

    /// A CSV reader written independently of the product's, for the round trip.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", inQuotes = false, afterQuote = false
        for ch in text.unicodeScalars {
            if inQuotes {
                if ch == "\"" { inQuotes = false; afterQuote = true } else { field.unicodeScalars.append(ch) }
                continue
            }
            switch ch {
            case "\"":
                if afterQuote { field += "\"" }
                inQuotes = true
                afterQuote = false
            case ",": row.append(field); field = ""; afterQuote = false
            case "\r": afterQuote = false
            case "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default: field.unicodeScalars.append(ch); afterQuote = false
            }
        }
        return rows
    }

    @Test func csvRoundTripsQuotesCommasLineBreaksAndCJK() {
        let csv = CSVReportRenderer.render(Self.doc, bom: true)
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains("\r\n"))
        let parsed = Self.parseCSV(String(csv.dropFirst()))
        let t = Self.doc.sections[0].table
        var expected = [t.columns.map(\.header)] + t.rows + [t.total!]
        expected[4][0] = "'=HYPERLINK(\"x\")"      // a formula is defused
        expected[4][1] = "'-x"                     // so is a dash not starting a number
        #expect(parsed == expected)                // "-5" stays a number
        #expect(!CSVReportRenderer.render(Self.doc).hasPrefix("\u{FEFF}"))
    }

    @Test func terminalTablesLineUpInChineseAndKorean() {
        let text = TextReportRenderer.table(ReportTable(
            columns: [ReportColumn("Branch", numeric: false), ReportColumn("Count")],
            rows: [["广州", "12"], ["Nanning", "3"], ["김민준", "100"], ["e\u{301}te\u{301}", "7"]]))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        // The count column is right-aligned, so every line ends at the same column.
        #expect(Set(lines.map(TextWidth.columns)).count == 1)
        #expect(lines[2] == "  广州        12")
        #expect(lines[4] == "  김민준     100")
        #expect(TextWidth.columns("广州") == 4)
        #expect(TextWidth.columns("e\u{301}") == 1)
    }

    /// Reports print what the screens draw: the console's one sanitiser, so
    /// a bidi override cannot reorder a report's columns either.
    @Test func terminalOutputNeverCarriesControlOrBidiCharacters() {
        let text = TextReportRenderer.render(ReportDocument(title: "t", subtitle: "s", sections: [
            ReportSection(title: "x", table: ReportTable(columns: [ReportColumn("a", numeric: false)],
                                                         rows: [["evil\u{1B}[2Jname\u{07}\u{202E}fdp.exe"]]))]))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("evil^[[2Jname^G\u{FFFD}fdp.exe"))
    }

    @Test func terminalBarChartScalesToTheLargest() {
        let text = TextReportRenderer.bars(BarChart(title: "c", bars: [
            BarChart.Bar(label: "广州", value: 10, text: "10"), BarChart.Bar(label: "SZ", value: 5, text: "5")]), width: 10)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "  广州 │██████████ 10")
        #expect(lines[2] == "  SZ   │█████ 5")
    }

    @Test func htmlIsOneEscapedPageWithTablesAndSVG() {
        let html = HTMLReportRenderer.render(Self.doc)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Test &lt;report&gt;</title>"))
        #expect(html.contains("<td lang=\"zh-Hans\">广州</td>"))
        #expect(html.contains("<td lang=\"ko\">김민준</td>"))
        #expect(html.contains("<td>say &quot;hi&quot;</td>"))
        #expect(html.contains("<tfoot>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("&lt;b&gt;"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<script"))
        // Nothing is fetched: the only URL is the SVG namespace name.
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        // One bar per label, scaled: the largest fills the bar area.
        #expect(html.contains("width=\"360\" height=\"18\""))
        #expect(html.contains("width=\"0\" height=\"18\""))
    }

    @Test func anEmptyChartIsLeftOut() {
        let doc = ReportDocument(title: "t", subtitle: "s", sections: [
            ReportSection(title: "x", table: ReportTable(columns: [ReportColumn("a", numeric: false)], rows: []),
                          chart: BarChart(title: "Calls handled", bars: []))])
        #expect(!TextReportRenderer.render(doc).contains("Calls handled"))
        #expect(TextReportRenderer.render(doc).contains("(none)"))
        #expect(!HTMLReportRenderer.render(doc).contains("<svg"))
    }

    @Test func percentageChartsScaleToOneHundredWithATargetLine() {
        let chart = BarChart(title: "SL", bars: [BarChart.Bar(label: "d1", value: 40, text: "40%")], fullScale: 100,
                             marker: (80, "target 80%"))
        let svg = HTMLReportRenderer.svg(chart)
        #expect(svg.contains("width=\"144\" height=\"18\""))   // 40% of the 360-unit bar area, not all of it
        #expect(svg.contains("<line x1=\"548\""))                 // 260 + 80% of 360
        #expect(svg.contains(">target 80%</text>"))
        let text = TextReportRenderer.bars(chart, width: 10)
        #expect(text.contains("│████ 40%"))
    }

    @Test func jsonCarriesTheTypedFigures() throws {
        let data = ReportData.fold(ReportFiguresTests.agentsDay().events, filter: ReportFiguresTests.day26)
        let json = try ReportBuilder(data: data).json([.structure, .handling])
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let structure = try #require(object["structure"] as? [String: Any])
        #expect(structure["total"] as? Int == 3)
        let handling = try #require(object["handling"] as? [String: Any])
        #expect(handling["resolvedWithinPromise"] as? Int == 1)
    }
}
