import Foundation
import TestSupport
import Testing

/// The management report as a manager opens it: the real binary writes the
/// HTML page from the shipped sample month, and headless Chromium (Debian's
/// `chromium`) loads it offline, renders its tables and SVG charts, and
/// takes a screenshot. `scripts/setup` installs Chromium; where it is
/// missing the test fails and says so, rather than passing unseen.
@Suite(.enabled(if: HelpdeskBinary.path != nil, "needs the built helpdesk binary"))
struct ReportBrowserTests {
    @Test func theHTMLReportRendersItsTablesAndChartsInABrowser() throws {
        guard let browser = Browser.path else {
            Issue.record("chromium is not installed: run scripts/setup (it installs Debian's chromium package)")
            return
        }
        let floor = E2EFloor()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = floor.data + "-report.html", shot = floor.data + "-report.png"
        defer { unlink(page); unlink(shot) }
        try floor.cli("report", "all", "--events", root.appendingPathComponent("Resources/samples/events.jsonl").path,
                      "--month", "2026-10", "--time-zone", "Asia/Shanghai", "--html", page)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,1600"]
        let dom = try TestProcess.run(browser, flags + ["--dump-dom", "file://" + page])
        #expect(dom.components(separatedBy: "<table").count - 1 >= 5, "five report tables")
        #expect(dom.contains("<svg"))
        #expect(dom.contains("不按预约时间上门"))
        #expect(dom.contains("78") && dom.contains("38%"))
        try TestProcess.run(browser, flags + ["--screenshot=" + shot, "file://" + page])
        let size = (try FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0
        #expect(size > 20_000, "a rendered page, not a blank one (\(size) bytes)")
    }
}

/// Debian's headless-capable Chromium, if installed.
enum Browser {
    static var path: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
